package io.newswire.enrich.quotes;

/**
 * One word of a field: [start, end) are UTF-16 indices into the field text; {@code form} is the folded
 * match form, {@code raw} the text as written.
 */
record Token(int start, int end, String raw, String form) {
  boolean capitalized() {
    return !raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0));
  }
}
