package io.newswire.enrich.quotes;

import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * 'The Indonesian government said', 'the government announced': a country speaking through its
 * government (the annotation convention gives such words to the country). With a nationality adjective,
 * the place the story names whose name the adjective is built on (Indonesian → Indonesia, Canadian →
 * Canada, German → Germany); bare, the country that spoke last before it in the story. The words stay
 * as written.
 */
final class EnglishGovernments {
  /** How many earlier quotes a bare 'the government' looks back over for the country speaking. */
  private static final int QUOTES_BACK = 6;
  /** Shortest stem shared by a country's name and its adjective ('Iran' / 'Iranian'). */
  private static final int MIN_STEM = 4;

  private EnglishGovernments() {}

  /** The country {@code speaker} names through its government, or null. */
  static SpeakerRef country(SpeakerRef speaker, List<SpeakerRef> speakers, List<FieldView> views) {
    if (speaker == null || speaker.text() == null) {
      return null;
    }
    List<Token> words = Tokenizer.tokenize(speaker.text(), "en");
    int n = words.size();
    if (n < 2 || n > 3 || !words.get(0).form().equalsIgnoreCase("the")
        || !words.get(n - 1).form().equalsIgnoreCase("government")) {
      return null;
    }
    if (n == 3) {
      Token adjective = words.get(1);
      return adjective.capitalized() ? placeOf(adjective.raw(), views, speaker.text()) : null;
    }
    for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - QUOTES_BACK); i--) {
      SpeakerRef s = speakers.get(i);
      if (s != null && s.entityId() != null && placeMention(views, m -> m.entity().getId().toString().equals(s.entityId())) != null) {
        return s.namedAs(speaker.text()); // 'Indonesia said …', then 'the government said'
      }
      MentionRef place = s == null || s.entityId() != null || s.text() == null ? null
          : placeMention(views, m -> m.text().equals(s.text()));
      if (place != null) {
        return SpeakerRef.of(place, speaker.text()); // a country left as its words (places are not linked as speakers)
      }
    }
    return null;
  }

  /** The place mention whose name the adjective is made from, or null. */
  private static SpeakerRef placeOf(String adjective, List<FieldView> views, String text) {
    String adj = adjective.toLowerCase(Locale.ROOT);
    MentionRef m = placeMention(views, p -> builtOn(adj, p.entity().getName().toString()));
    return m == null ? null : SpeakerRef.of(m, text);
  }

  /** Longest ending an adjective adds to its country's stem ('-ian', '-ese', '-n'). */
  private static final int MAX_SUFFIX = 4;

  /** 'indonesian' on Indonesia, 'canadian' on Canada, 'german' on Germany, 'iranian' on Iran. */
  static boolean builtOn(String adjective, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.indexOf(' ') >= 0 || adjective.equals(n)) {
      return false;
    }
    String stem = n.length() > MIN_STEM && (n.endsWith("a") || n.endsWith("e") || n.endsWith("y"))
        ? n.substring(0, n.length() - 1) : n;
    return stem.length() >= MIN_STEM && adjective.startsWith(stem) && adjective.length() - stem.length() <= MAX_SUFFIX;
  }

  /** The story's first place mention that {@code test} accepts, or null. */
  private static MentionRef placeMention(List<FieldView> views, Predicate<MentionRef> test) {
    for (FieldView f : views) {
      for (MentionRef m : f.mentions) {
        if (m.entity().getType() == EntityType.PLACE && test.test(m)) {
          return m;
        }
      }
    }
    return null;
  }
}
