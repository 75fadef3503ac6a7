package io.newswire.ingest.parsing.charset;

/**
 * Dispatch bytes as text.
 *
 * @param text     decoded text, byte-order mark removed
 * @param charset  the charset used, by its Java canonical name ('UTF-8', 'windows-1256', ...)
 * @param detected true when guessed from the bytes, false when declared (header, BOM, markup)
 */
public record DecodedText(String text, String charset, boolean detected) {}
