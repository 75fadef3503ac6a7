package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms in a bourse report's list of shares (أسهم شركات X، وY ،وZ الأكثر ارتفاعا): each item is a listed
 * company named by its short name (سابك، موبايلي، الإنماء طوكيو، مدينة المعرفة), which has no head word for
 * {@link ArabicOrganisationRecognizer} and is often an ordinary word (العالمية، ولاء). The list runs from
 * {@code أسهم شركات} to the ranking phrase that closes it (الأكثر، على رأس، على قائمة) or to the clause's end;
 * items are cut at commas and at a joining و, whose one و is left out (ووفاء: the conjunction and وفاء). A run
 * of one item is no list (أسهم شركات البتروكيماويات، التي …: a sector), nor an item of more than
 * {@link #MAX_WORDS} words.
 */
public final class ListedCompanies implements NameRecognizer {
  private static final Pattern OPENER = Pattern.compile("أسهم\\s+(?:ال)?شركات\\s+");
  /** What closes the list: a ranking phrase, or the clause's end. */
  private static final Pattern CLOSER = Pattern.compile("\\s(?:ال|ل|ب)?أكثر|\\s(?:على|في|ضمن)\\s|[،؛.:\\n(«]");
  private static final int MAX_WORDS = 3;
  private static final int MAX_LIST = 300;

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    for (FieldText f : fields) {
      String d = f.display();
      if (d.indexOf("أسهم") < 0) {
        continue; // most fields have no share list: no regex over them
      }
      Matcher m = OPENER.matcher(d);
      while (m.find()) {
        int from = m.end();
        Matcher c = CLOSER.matcher(d).region(from, Math.min(d.length(), from + MAX_LIST));
        int to = c.find() ? c.start() : -1;
        if (to < 0) {
          continue;
        }
        List<int[]> items = items(d, from, to);
        if (items == null || items.size() < 2) {
          continue;
        }
        for (int[] it : items) {
          out.add(new Candidate(f.index(), it[0], it[1], EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
        }
      }
    }
    return out;
  }

  /** The items' spans between {@code from} and {@code to}, or null when one is not a short name. */
  static List<int[]> items(String d, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      boolean comma = i < to && (d.charAt(i) == ',' || d.charAt(i) == '،');
      // a joining و: after a space, before a letter; its item starts after it
      boolean waw = i < to && i > from && d.charAt(i) == 'و' && Character.isWhitespace(d.charAt(i - 1))
          && wordBefore(d, from, i);
      if (i == to || comma || waw) {
        if (!add(d, start, i, start > from, out)) {
          return null;
        }
        start = comma ? i + 1 : i;
      }
    }
    return out;
  }

  /** Whether a word of the current item stands before position {@code i} (so a و there joins two items). */
  private static boolean wordBefore(String d, int from, int i) {
    for (int k = i - 1; k >= from; k--) {
      char ch = d.charAt(k);
      if (ch == ',' || ch == '،') {
        return false;
      }
      if (Character.isLetter(ch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the item between {@code s} and {@code e}; {@code joined} says whether a comma or a joining و came
   * before it. Only then can its leading و be the conjunction: the first item follows {@code أسهم شركات}
   * directly, so a و there is the firm's own first letter (وفرة، وطنية).
   */
  private static boolean add(String d, int s, int e, boolean joined, List<int[]> out) {
    while (s < e && Character.isWhitespace(d.charAt(s))) {
      s++;
    }
    if (joined && s < e && d.charAt(s) == 'و') {
      s++; // the conjunction: ووفاء gives وفاء, وموبايلي gives موبايلي
      while (s < e && Character.isWhitespace(d.charAt(s))) {
        s++; // and written apart from its word: و كيان
      }
    }
    while (e > s && Character.isWhitespace(d.charAt(e - 1))) {
      e--;
    }
    if (s >= e) {
      return true; // an empty piece (two commas): nothing to add
    }
    String item = d.substring(s, e);
    int words = item.split("\\s+").length;
    if (words > MAX_WORDS || !Character.isLetter(item.charAt(0))) {
      return false;
    }
    for (int k = 0; k < item.length(); k++) {
      char ch = item.charAt(k);
      if (!Character.isWhitespace(ch) && (ch < '\u0621' || ch > '\u064A')) {
        return false; // digits, Latin letters or marks: not a list of short Arabic names
      }
    }
    out.add(new int[] {s, e});
    return true;
  }
}
