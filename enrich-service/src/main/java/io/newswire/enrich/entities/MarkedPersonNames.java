package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Persian copy writes a foreign or a long name in marks («لیلی عبدالامیر العلوجی»، «ژان برتراند آریستید»); where
 * the recognizer found a person in part of the marked words (its given name and the next word), the marks bound
 * the name: the mention takes every word inside them, when they are all name words (two to five letters-only
 * words, no particle) and no other mention stands there. Words before the mention are taken only when the marks
 * open with a listed given name: otherwise they are a title (دکتر، سردار شهید، شیخ) or a noun («ربع پهلوی»).
 */
final class MarkedPersonNames {
  /** Particles and verbs a title in marks holds, never a name: such marks are no name's bounds. */
  private static final Set<String> NOT_NAME_WORDS = MatchingForm.keys("و", "از", "به", "در", "با", "را", "که", "این", "آن", "برای",
      "تا", "است", "بود", "شد", "یک", "ما", "من");
  private static final int MAX_WORDS = 5;

  private MarkedPersonNames() {}

  static List<Mention> widen(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int open = m.start();
      while (open > 0 && nameChar(d.charAt(open - 1))) {
        open--;
      }
      int close = m.end();
      while (close < d.length() && nameChar(d.charAt(close))) {
        close++;
      }
      if (open == 0 || d.charAt(open - 1) != '«' || close >= d.length() || d.charAt(close) != '»') {
        continue;
      }
      while (open < close && Character.isWhitespace(d.charAt(open))) {
        open++;
      }
      while (close > open && Character.isWhitespace(d.charAt(close - 1))) {
        close--;
      }
      if (open == m.start() && close == m.end() || !nameWords(d.substring(open, close)) || others(names, m, open, close)
          || open < m.start() && !givenFirst(d.substring(open, close))) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), open, close));
    }
    return edits.result();
  }

  private static boolean nameChar(char c) {
    return c == ' ' || c == '\u200c' || c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
  }

  private static boolean nameWords(String marked) {
    String[] words = marked.trim().split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS) {
      return false;
    }
    for (String w : words) {
      if (NOT_NAME_WORDS.contains(MatchingForm.key(w))) {
        return false;
      }
    }
    return true;
  }

  private static boolean givenFirst(String marked) {
    String first = MatchingForm.key(marked.trim().split("\\s+")[0]);
    return GivenNames.persian().contains(first) || GivenNames.arabic().contains(first);
  }

  /** Whether a mention other than {@code m} overlaps [{@code s}, {@code e}). */
  private static boolean others(List<Mention> names, Mention m, int s, int e) {
    for (Mention o : names) {
      if (o != m && o.field() == m.field() && o.start() < e && s < o.end()) {
        return true;
      }
    }
    return false;
  }
}
