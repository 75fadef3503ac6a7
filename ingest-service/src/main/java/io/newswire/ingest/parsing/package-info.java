/**
 * Raw dispatch bytes to {@link io.newswire.schema.ParsedArticle}s (one per text item of an envelope
 * or feed), as pure functions.
 *
 * <p>Entry point: {@link io.newswire.ingest.parsing.DispatchParser}. Failures are
 * {@link io.newswire.ingest.parsing.RejectedDispatchException} with a reason from
 * {@link io.newswire.ingest.parsing.RejectReason} (table in the exception's javadoc).
 *
 * <ul>
 *   <li>{@code parsing.charset}: choosing and applying the charset, telling binary from text;</li>
 *   <li>{@code parsing.format}: sniffing the wire format and one parser per format (NITF, NewsML-G2,
 *       NewsML 1.2, Atom, RSS over one secure XML parser; ninjs and APIs close to it; IPTC 7901 /
 *       ANPA-1312 framing with its status words; e-mail through Mime4j);</li>
 *   <li>{@code parsing.plain}: plain text in the agency styles (headline, highlights, trailers,
 *       paragraphs); also reads the text inside IPTC/ANPA frames;</li>
 *   <li>{@code parsing.dateline}: datelines, agencies, and dates in Gregorian, Hijri and Persian
 *       calendars.</li>
 * </ul>
 */
package io.newswire.ingest.parsing;
