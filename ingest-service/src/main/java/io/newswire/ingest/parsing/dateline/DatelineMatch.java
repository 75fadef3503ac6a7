package io.newswire.ingest.parsing.dateline;

import io.newswire.schema.Dateline;

/**
 * A dateline found in a body.
 *
 * @param dateline    the dateline (text as it stands, city, agency, date)
 * @param removeChars how many chars to cut from the start of the first paragraph: the dateline and
 *                    its separator; 0 when the dateline is part of a sentence and stays in the body
 *                    (the Persian "به گزارش خبرگزاری فارس از تبریز،")
 */
public record DatelineMatch(Dateline dateline, int removeChars) {}
