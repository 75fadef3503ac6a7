package io.newswire.ingest.parsing.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs from the HTML fragments ninjs carries in body_html: block tags split, other tags
 * dropped, character references decoded. Not an HTML parser (nothing is fetched or executed; we only
 * need the words in reading order), and tolerant of the sloppy markup feeds send.
 */
final class HtmlText {
  private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*/?\\s*(?:p|div|br|h[1-6]|li|ul|ol|blockquote|tr|table|section|article|figure|figcaption)\\b[^>]*>");
  private static final Pattern SKIP = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private HtmlText() {}

  static List<String> paragraphs(String html) {
    List<String> out = new ArrayList<>();
    String cleaned = SKIP.matcher(html).replaceAll(" ");
    for (String block : BLOCK.split(cleaned)) {
      Texts.add(out, unescape(TAG.matcher(block).replaceAll(" ")));
    }
    return out;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(String name, String whole) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return codePoint(Integer.parseInt(name.substring(2), 16), whole);
      }
      if (name.startsWith("#")) {
        return codePoint(Integer.parseInt(name.substring(1)), whole);
      }
    } catch (NumberFormatException e) {
      return whole;
    }
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      case "nbsp": return "\u00A0";
      case "zwnj": return "\u200C";
      case "laquo": return "«";
      case "raquo": return "»";
      case "mdash": return "—";
      case "ndash": return "–";
      default: return whole;
    }
  }

  private static String codePoint(int cp, String whole) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
  }
}
