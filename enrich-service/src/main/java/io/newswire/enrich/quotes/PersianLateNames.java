package io.newswire.enrich.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian copy writes a blessing in brackets after the name of someone who has died: (ره), "may God have mercy
 * on him" (امام خمینی(ره), شهید بهشتی (ره)), and (ع), (ص), (س) after the Prophet, the Imams and holy women (حضرت
 * علی (ع)). Such a name in a report of today's words is a namesake (دانشگاه … واحد یادگار امام خمینی(ره), کمیته
 * امداد امام خمینی(ره)), a shrine (حرم امام خمینی (ره)), a feast (ولادت حضرت علی (ع)) or someone spoken of (از
 * امام خمینی (ره) … یاد کرد): not the one saying today's words, nor the holder of a role named today. The name has
 * words of its own only when it opens its sentence after nothing but titles (امام حسین (ع) … می‌گوید:) or opens a
 * clause after a comma with a speech verb right after the mark (…، امیرالمومنین علی (ع) بیان کرد …).
 */
final class PersianLateNames {
  private PersianLateNames() {}

  /** (ره), (ع), (ص), (س) right after a name, spaces and a non-joiner allowed around it; group 1 ends the mark. */
  private static final Pattern MARK = Pattern.compile("^[\\s\u200c]*\\([\\s\u200c]*(?:ره|ع|ص|س)[\\s\u200c]*(\\))");

  /** The field with the mentions that may speak: in Persian, late persons who do not open their sentence or clause left out. */
  static FieldView speakersOnly(FieldView f) {
    if (!"fa".equals(f.lang()) || f.text.indexOf('(') < 0) {
      return f;
    }
    List<MentionRef> kept = null;
    for (int k = 0; k < f.mentions.size(); k++) {
      MentionRef m = f.mentions.get(k);
      if (m.person() && late(f, m)) {
        if (kept == null) {
          kept = new ArrayList<>(f.mentions.subList(0, k));
        }
      } else if (kept != null) {
        kept.add(m);
      }
    }
    return kept == null ? f : f.withMentions(kept);
  }

  /** Titles that may stand before such a name at the head of its sentence (folded: ي and ك as ی and ک). */
  private static final Set<String> TITLES = Set.of("امام", "حضرت", "شهید", "آیت‌الله", "علامه", "پیامبر", "رسول", "امیرالمومنین",
      "امیرالمؤمنین");

  private static boolean late(FieldView f, MentionRef m) {
    if (m.end() > f.text.length()) {
      return false;
    }
    Matcher mark = MARK.matcher(f.text).region(m.end(), f.text.length());
    if (!mark.lookingAt()) {
      return false;
    }
    int next = f.tokenAtOrAfter(mark.end(1));
    boolean verbNext = next < f.tokens.size() && f.lexicon.match(f.tokens, next, CueKind.VERB) != null;
    int opening = opening(f, m);
    return !(opening == SENTENCE || opening == CLAUSE && verbNext);
  }

  private static final int INSIDE = 0;
  private static final int CLAUSE = 1;
  private static final int SENTENCE = 2;

  /** Whether the name, after nothing but titles, opens its sentence, a clause after a comma, or neither. */
  private static int opening(FieldView f, MentionRef m) {
    int sentence = f.sentenceStart(m.start());
    int i = f.tokenAtOrAfter(m.start()) - 1;
    while (i >= 0 && f.tokens.get(i).start() >= sentence && TITLES.contains(fold(f.tokens.get(i).raw()))) {
      i--;
    }
    if (i < 0 || f.tokens.get(i).start() < sentence) {
      return SENTENCE;
    }
    return f.hasCharBetween(f.tokens.get(i).end(), f.tokens.get(i + 1).start(), "،,؛;:") ? CLAUSE : INSIDE;
  }

  private static String fold(String raw) {
    return raw.replace('ي', 'ی').replace('ك', 'ک');
  }
}
