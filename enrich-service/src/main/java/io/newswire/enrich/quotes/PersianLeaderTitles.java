package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Persian copy names the Leader by his title as often as by his name (رهبر معظم انقلاب اسلامی ایران اظهار داشتند:,
 * مقام معظم رهبری): a speaker that is the title alone is Khamenei when the article also names him, as an Arabic
 * سموه is the titled person the story named ({@link Honorifics}). An article that never names him leaves the
 * title with no one, as the annotations give it (round 58's cited Leader). A title with a head before it
 * (نماینده رهبر معظم انقلاب, the Leader's representative) is someone else and is not read here.
 */
final class PersianLeaderTitles {
  /** The knowledge base's id of the Leader since 1989: the Fars archive's stories all postdate his accession. */
  static final String LEADER_ID = "wikidata:Q57336";
  /** Folded title phrases (see {@link MatchForm}), word by word. */
  private static final List<List<String>> TITLES = List.of(
      List.of("رهبر", "معظم", "انقلاب"), List.of("رهبر", "فرزانه", "انقلاب"), List.of("رهبر", "عالیقدر", "انقلاب"),
      List.of("رهبر", "انقلاب"), List.of("مقام", "معظم", "رهبری"), List.of("رهبری", "معظم", "انقلاب"));
  /** Words that may follow the title and leave it the title (رهبر معظم انقلاب اسلامی ایران). */
  private static final Set<String> TAIL = StringSet.of("اسلامی", "اسلام", "ایران", "جمهوری", "حضرت", "ما");

  private PersianLeaderTitles() {}

  /** The Leader named in the article, spoken of as {@code text}, when {@code text} is his title alone; else null. */
  static SpeakerRef leader(String text, List<FieldView> views) {
    if (text == null || !title(Tokenizer.tokenize(text, "fa"))) {
      return null;
    }
    for (FieldView f : views) {
      for (MentionRef m : f.mentions) {
        if (LEADER_ID.equals(m.entity().getId())) {
          return SpeakerRef.of(m, text);
        }
      }
    }
    return null;
  }

  private static boolean title(List<Token> words) {
    for (List<String> t : TITLES) {
      if (words.size() < t.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < t.size() && match; i++) {
        match = t.get(i).equals(words.get(i).form());
      }
      for (int i = t.size(); i < words.size() && match; i++) {
        match = TAIL.contains(words.get(i).form());
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
