package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Names of market indices in Arabic and Persian copy (مؤشر "نيكي"، مؤشر ناسداك المجمع، شاخص داوجونز): the
 * index is neither a person nor the exchange or rating firm that shares its name, and the annotation
 * conventions name no index. A mention right after the word for "index" (a quotation mark may come
 * between) is dropped.
 */
final class IndexNames {
  private static final Set<String> INDEX_WORDS = StringSet.of(MatchingForm.key("مؤشر"), MatchingForm.key("مؤشرات"),
      MatchingForm.key("شاخص"), MatchingForm.key("شاخص‌های"), MatchingForm.key("شاخصهای"));
  private static final Set<String> EXCHANGES = StringSet.of(MatchingForm.key("بورصة"), MatchingForm.key("سوق"),
      MatchingForm.key("بورس"));

  private static final String SECURITIES = "الأوراق المالية";
  private static final String PERSIAN_EXCHANGE = MatchingForm.key("بورس");

  private IndexNames() {}

  /** The definite index word and its adjective (المؤشر العام لبورصة قطر), Arabic. */
  private static final Set<String> DEFINITE_INDEX_WORDS = StringSet.of(MatchingForm.key("المؤشر"),
      MatchingForm.key("المؤشرات"));
  private static final String GENERAL = MatchingForm.key("العام");
  /** Arabic exchange words only: Persian copy (شاخص بورس تهران) keeps its city, as before. */
  private static final Set<String> ARABIC_EXCHANGES = StringSet.of(MatchingForm.key("بورصة"), MatchingForm.key("سوق"));

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> {
      String d = fields.get(m.field()).display();
      return afterIndexWord(d, m.start()) && !opensWithExchange(d, m.start(), m.end())
          || afterDefiniteIndex(d, m.start(), m.end()) || insideIndexedExchange(d, m.start());
    });
  }

  /**
   * Round 55: المؤشر العام لبورصة قطر, the same index named with the article, an optional العام and the exchange
   * after a glued ل: the exchange in the construct state is the index's name, as after مؤشر (r29's and r55's files
   * leave it out, three mentions). The exchange's full name (لسوق مسقط للأوراق المالية) is left.
   */
  static boolean afterDefiniteIndex(String d, int start, int end) {
    if (start < 2 || d.charAt(start - 1) != 'ل' || d.charAt(start - 2) != ' ') {
      return false;
    }
    int e = WordSpans.end(d, start, end);
    if (!ARABIC_EXCHANGES.contains(MatchingForm.key(d, start, e)) || d.indexOf(SECURITIES, e) >= 0
        && d.indexOf(SECURITIES, e) < end) {
      return false;
    }
    int[] w = WordSpans.before(d, start - 1);
    if (w != null && MatchingForm.key(d, w[0], w[1]).equals(GENERAL)) {
      w = WordSpans.before(d, w[0]);
    }
    return w != null && DEFINITE_INDEX_WORDS.contains(MatchingForm.key(d, w[0], w[1]));
  }

  /**
   * Round 55: مؤشر سوق مسقط, the town inside an exchange that is itself inside the index's name: the r8 file (and
   * round 43b's convention) gives neither the exchange nor the town, while the tagger read the town as a place.
   */
  static boolean insideIndexedExchange(String d, int start) {
    int[] w = WordSpans.before(d, start);
    return w != null && w[1] == start - 1 && ARABIC_EXCHANGES.contains(MatchingForm.key(d, w[0], w[1]))
        && afterIndexWord(d, w[0]);
  }

  /**
   * مؤشر البورصة البحرينية: the index of an exchange named with the article and an adjective, which is the
   * exchange. An exchange in the construct state right after the index word (مؤشر بورصة قطر، مؤشر سوق مسقط) is
   * part of the index's name and goes with it (the annotation convention of r8 and round 43b), unless the mention
   * gives the exchange's full name (سوق مسقط للأوراق المالية).
   */
  private static boolean opensWithExchange(String d, int start, int end) {
    int e = WordSpans.end(d, start, end);
    String w = MatchingForm.key(d, start, e);
    if ((w.startsWith("ال") && EXCHANGES.contains(w.substring(2))) || w.equals(PERSIAN_EXCHANGE)) {
      return true; // Persian (شاخص بورس تهران) as before: its files have not settled the question
    }
    return EXCHANGES.contains(w) && d.indexOf(SECURITIES, e) >= 0 && d.indexOf(SECURITIES, e) < end;
  }

  private static boolean afterIndexWord(String d, int start) {
    int e = start;
    while (e > 0 && (Character.isWhitespace(d.charAt(e - 1)) || "\"«“'".indexOf(d.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e == start || e == 0) {
      return false;
    }
    int s = e;
    while (s > 0 && !Character.isWhitespace(d.charAt(s - 1))) {
      s--;
    }
    if (e - s < 4 || e - s > 12) {
      return false;
    }
    String w = MatchingForm.key(d.substring(s, e));
    if (INDEX_WORDS.contains(w)) {
      return true;
    }
    // with an attached و/ب/ل (ومؤشر، لمؤشر)
    return w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0 && INDEX_WORDS.contains(w.substring(1));
  }
}
