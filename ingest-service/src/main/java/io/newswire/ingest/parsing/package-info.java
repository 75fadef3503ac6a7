/**
 * Raw dispatch bytes to {@link io.newswire.schema.ParsedArticle}, as pure functions.
 *
 * <p>Entry point: {@link io.newswire.ingest.parsing.DispatchParser}. Failures are
 * {@link io.newswire.ingest.parsing.RejectedDispatchException} with a reason from
 * {@link io.newswire.ingest.parsing.RejectReason} (table in the exception's javadoc).
 *
 * <ul>
 *   <li>{@code parsing.charset}: choosing and applying the charset, telling binary from text;</li>
 *   <li>{@code parsing.format}: sniffing the wire format and one parser per format (NITF, NewsML-G2
 *       over one secure XML parser; ninjs; IPTC 7901 / ANPA-1312 framing);</li>
 *   <li>{@code parsing.plain}: plain text in the agency styles (headline, highlights, trailers,
 *       paragraphs); also reads the text inside IPTC/ANPA frames;</li>
 *   <li>{@code parsing.dateline}: datelines, agencies, and dates in Gregorian, Hijri and Persian
 *       calendars.</li>
 * </ul>
 */
package io.newswire.ingest.parsing;
