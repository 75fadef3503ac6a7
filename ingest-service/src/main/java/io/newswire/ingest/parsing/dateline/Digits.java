package io.newswire.ingest.parsing.dateline;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, for parsing numbers out of datelines. */
public final class Digits {
  private Digits() {}

  public static String toAscii(CharSequence s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char d = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
          : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
      if (d != c && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(d);
      }
    }
    return out == null ? s.toString() : out.toString();
  }
}
