package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.LegalForms;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * English (round 49): Reuters copy writes the whole name of a firm without a ticker in angle brackets ("&lt;Harwick
 * Savings Bank&gt;", "&lt;CORVANE FOODS LTD&gt;", "&lt;Agence Kelby&gt;"), and the English files annotate every such name
 * whole as one organisation (48 of 48 in the development files). The rules cut some at a place or an "and" inside
 * (Seattle Trust | Savings Bank) or miss a capitals headline's; the bracketed name is made one organisation mention,
 * replacing the pieces. A knowledge-base body alone inside with only a legal form after it (&lt;Citibank NA&gt;) keeps its id.
 * Left alone: a ticker (capitals, with an exchange's code after a space when it follows a name, "Swedish Match &lt;SMBS
 * ST&gt;"), an apposition ("&lt;Nova, an Alberta Corp&gt;"), a name a mention runs out of the brackets with; after " - " an
 * abbreviation repeats the name and stays out, as does a trailing possessive, comma or stop (a dotted form's stop stays).
 */
final class BracketedFirms {
  private BracketedFirms() {}

  /** Longest ticker with an exchange's code: four or five capitals, a space and two. */
  private static final int TICKER = 9;
  /** Longest ticker of one word after a name (a preferred share's "SFTPr"). */
  private static final int SHORT = 7;

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    List<Mention> out = mentions;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (int open = d.indexOf('<'); open >= 0; open = d.indexOf('<', open + 1)) {
        int close = d.indexOf('>', open + 1);
        int next = d.indexOf('<', open + 1);
        if (close < 0 || next >= 0 && next < close) {
          continue;
        }
        int s = open + 1;
        int e = nameEnd(d, s, close);
        String text = d.substring(s, Math.max(s, e));
        if (e <= s || !Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0)) || ticker(d, open, s, close)
            || text.contains(", a") || LegalForms.WORDS.contains(text.replace(".", "").toLowerCase(Locale.ROOT))
            || Mention.crossing(out, f, open, close + 1)) {
          continue;
        }
        out = joined(out, f, s, e, text.replace('\n', ' '), kb);
      }
    }
    return out;
  }

  private static List<Mention> joined(List<Mention> mentions, int f, int s, int e, String text, Function<String, KbEntity> kb) {
    Mention inside = null;
    int overlapping = 0;
    for (Mention m : mentions) {
      if (m.field() == f && m.start() < e && s < m.end()) {
        if (m.start() == s && m.end() == e && m.type() == EntityType.ORGANIZATION) {
          return mentions; // found whole already
        }
        overlapping++;
        inside = m;
      }
    }
    if (overlapping == 1 && inside.type() == EntityType.ORGANIZATION && kb.apply(inside.entityId()) != null
        && onlyLegalFormAfter(text.substring(inside.end() - s))) {
      return Mention.replacing(mentions, inside.nameAt(f, s, e));
    }
    return Mention.replacing(mentions,
        new Mention(f, s, e, CrossScriptId.english(EntityType.ORGANIZATION, text), EntityType.ORGANIZATION, text, false));
  }

  private static boolean onlyLegalFormAfter(String rest) {
    String r = rest.strip().replace(".", "").toLowerCase(Locale.ROOT);
    return r.isEmpty() || LegalForms.WORDS.contains(r) || r.equals("na");
  }

  /** The end of the name inside [s, close): before " - ", a possessive, a trailing comma or a plain trailing stop. */
  static int nameEnd(String d, int s, int close) {
    int e = close;
    int dash = d.indexOf(" - ", s);
    if (dash >= 0 && dash < e) {
      e = dash;
    }
    if (d.startsWith("'s", e - 2)) {
      e -= 2;
    } else if (e > s && (d.charAt(e - 1) == '\'' || d.charAt(e - 1) == ',')) {
      e--;
    } else if (e > s + 2 && d.charAt(e - 1) == '.' && d.charAt(e - 3) != '.') {
      e--; // "Inc." at the bracket; N.A. keeps its stop
    }
    return e;
  }

  /**
   * A ticker: capitals, digits, stops and ampersands alone ("&lt;ICI&gt;"); right after a capitalised word, also one word of
   * at most seven letters in any case ("CO &lt;SFTPr&gt;") or a code and an exchange's after a space ("Swedish Match &lt;SMBS ST&gt;").
   */
  static boolean ticker(String d, int open, int s, int close) {
    int space = -1;
    boolean code = true;
    for (int k = s; k < close; k++) {
      char c = d.charAt(k);
      if (c == ' ' && space < 0) {
        space = k;
      } else if (!(c >= 'A' && c <= 'Z' || Character.isDigit(c) || c == '.' || c == '&')) {
        code = false;
      }
    }
    if (code && space < 0) {
      return true;
    }
    return afterName(d, open) && (space < 0 ? close - s <= SHORT : code && close - s <= TICKER && close - space - 1 <= 2);
  }

  /** Whether a capitalised word ends one space before {@code open}. */
  private static boolean afterName(String d, int open) {
    int k = open - 1;
    if (k < 1 || d.charAt(k) != ' ') {
      return false;
    }
    int w = k;
    while (w > 0 && (Character.isLetterOrDigit(d.charAt(w - 1)) || d.charAt(w - 1) == '.')) {
      w--;
    }
    return w < k && Character.isUpperCase(d.charAt(w));
  }
}
