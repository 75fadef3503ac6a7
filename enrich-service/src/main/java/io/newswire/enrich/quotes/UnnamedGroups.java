package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Arabic speakers left unnamed as a group: sources, witnesses, diplomats, media, reports (وأفادت مصادر عسكرية
 * موالية لـX، لكن وسائل إعلام ألمانية أشارت، وأشار مسؤولو النادي، لكنهم قالوا). A body or person named inside
 * such a subject only qualifies the group, and a plural verb with no subject of its own stands for people the
 * story does not name; neither is the speaker of the sentence before.
 */
final class UnnamedGroups {
  /** Indefinite heads of a group nobody is named in (folded forms; the idafa مسؤولو X included). */
  private static final Set<String> HEADS = Stream.of("مصادر", "مصدر", "شاهدان", "شاهدين", "شهود", "دبلوماسيون",
      "دبلوماسيين", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي", "متحدثون", "متحدثين", "نشطاء", "ناشطون", "ناشطين",
      "محللون", "محللين", "خبراء", "وسائل", "تقارير", "منتقدون", "منتقدين", "مراقبون", "مراقبين", "سكان")
      .map(w -> MatchForm.fold(w, "ar")).collect(Collectors.toUnmodifiableSet());

  /**
   * Words tying a subject to whom it is loyal or belongs (folded forms): in القوات الموالية للرئيس X or
   * الفصائل التابعة لـY the forces speak, and X or Y only qualifies them.
   */
  private static final Set<String> QUALIFIERS = Stream.of("الموالية", "الموالي", "الموالين", "الموالون", "موالية",
      "موال", "موالين", "موالون", "التابعة", "التابع", "التابعين", "التابعون", "تابعة", "تابع", "المقربة", "المقرب",
      "المقربين", "المقربون", "مقربة", "مقرب", "مقربين", "مقربون")
      .map(w -> MatchForm.fold(w, "ar")).collect(Collectors.toUnmodifiableSet());

  /** Words that open a clause before a fronted subject: لكن وسائل إعلام … أشارت. */
  private static final Set<String> OPENERS = StringSet.of("لكن", "ولكن", "بينما", "فيما", "حيث", "كما");

  /** How many words a fronted group subject may run before its verb: وسائل إعلام ألمانية. */
  private static final int MAX_FRONTED = 4;

  private UnnamedGroups() {}

  /**
   * The head of an Arabic source phrase (folded, with its preposition ل or لل) is a plural of sources: a
   * group head (لمصادر، للتقارير) or a sound feminine plural (للمعلومات، لبيانات، لإحصاءات).
   */
  static boolean pluralSource(String form) {
    String noun = form.startsWith("لل") ? form.substring(2) : form.startsWith("ل") ? form.substring(1) : form;
    if (noun.startsWith("ال")) {
      noun = noun.substring(2);
    }
    return noun.length() > 3 && (noun.endsWith("ات") || HEADS.contains(noun));
  }

  /**
   * The unnamed group that opens the subject right after an Arabic speech verb (tokens from {@code i} up to
   * {@code limit}), or null.
   */
  static SpeakerRef after(FieldView f, int i, int limit) {
    List<Token> toks = f.tokens;
    if (i < limit && head(toks.get(i)) && f.spanAt(toks.get(i).start()) == null) {
      return words(f, i, Math.min(limit, i + 2)); // وأفادت مصادر عسكرية موالية لـX: X only qualifies the sources
    }
    if (plural(toks.get(i - 1).form())) {
      return new SpeakerRef(null, null, toks.get(i - 1).raw()); // هددوا حماس: a plural verb's noun is its object
    }
    return null;
  }

  /**
   * For a verb with nothing named after it: an unnamed group fronted before the verb in its clause, or, for a
   * plural verb, the people it stands for. Null otherwise.
   */
  static SpeakerRef before(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int front = frontedStart(f, cue.first());
    if (front >= 0) {
      return words(f, front, cue.first()); // لكن وسائل إعلام ألمانية أشارت
    }
    if (plural(toks.get(cue.first()).form())) {
      return new SpeakerRef(null, null, toks.get(cue.first()).raw()); // لكنهم قالوا إن: people left unnamed
    }
    return null;
  }

  /** The first token of a group subject fronted right before the verb in its clause, or -1. */
  private static int frontedStart(FieldView f, int cueToken) {
    List<Token> toks = f.tokens;
    int sentence = f.tokenAtOrAfter(f.sentenceStart(toks.get(cueToken).start()));
    for (int k = cueToken - 1; k >= sentence && cueToken - k <= MAX_FRONTED; k--) {
      Token t = toks.get(k);
      if (!f.blankBetween(t.end(), toks.get(k + 1).start()) || f.spanAt(t.start()) != null) {
        return -1; // punctuation or a quotation between: not one subject
      }
      boolean opens = k == sentence || OPENERS.contains(toks.get(k - 1).form())
          || !f.blankBetween(toks.get(k - 1).end(), t.start());
      if (opens) {
        return head(t) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Where an Arabic subject in tokens [i, limit) stops being its own: at a word of loyalty or belonging
   * after its first word (القوات الموالية لـX), the words after it naming only whom the subject serves.
   * {@code limit} when there is none.
   */
  static int ownWordsEnd(FieldView f, int i, int limit) {
    List<Token> toks = f.tokens;
    for (int k = i + 1; k < limit; k++) {
      if (QUALIFIERS.contains(toks.get(k).form())) {
        return k;
      }
      if (!f.blankBetween(toks.get(k - 1).end(), toks.get(k).start())) {
        return limit; // punctuation first: the subject ended before any such word
      }
    }
    return limit;
  }

  /** True for a word of loyalty or belonging (see {@link #ownWordsEnd}). */
  static boolean qualifier(Token t) {
    return QUALIFIERS.contains(t.form());
  }

  private static boolean head(Token t) {
    String form = t.form();
    return HEADS.contains(form) || HEADS.contains(IndirectSpeechFinder.stripClitic(form));
  }

  /** قالوا، يقولون، أكدوا: a verb whose subject is a group of people (folded, a leading و or ف dropped). */
  private static boolean plural(String form) {
    String bare = IndirectSpeechFinder.stripClitic(form);
    return bare.length() > 3 && (bare.endsWith("وا") || bare.startsWith("ي") && bare.endsWith("ون"));
  }

  private static SpeakerRef words(FieldView f, int from, int to) {
    return new SpeakerRef(null, null, f.text.substring(f.tokens.get(from).start(), f.tokens.get(to - 1).end()));
  }
}
