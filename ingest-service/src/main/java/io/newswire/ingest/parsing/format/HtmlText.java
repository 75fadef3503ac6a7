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
      case "hellip": return "…";
      case "lsquo": return "\u2018";
      case "rsquo": return "\u2019";
      case "ldquo": return "\u201C";
      case "rdquo": return "\u201D";
      case "bdquo": return "\u201E";
      case "middot": return "·";
      case "bull": return "•";
      case "euro": return "€";
      case "pound": return "£";
      case "copy": return "©";
      case "reg": return "®";
      case "deg": return "°";
      case "shy": return "\u00AD";
      default: return latin1(name, whole);
    }
  }

  private static final String[] LATIN1_NAMES = {
      "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
      "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12",
      "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
      "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
      "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml",
      "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
      "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"};

  /** HTML's Latin-1 entities (U+00A1..U+00FF, in order): the accented letters of European copy. */
  private static String latin1(String name, String whole) {
    for (int i = 0; i < LATIN1_NAMES.length; i++) {
      if (LATIN1_NAMES[i].equals(name)) {
        return String.valueOf((char) (0xA1 + i));
      }
    }
    return whole;
  }

  private static String codePoint(int cp, String whole) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
  }
}
