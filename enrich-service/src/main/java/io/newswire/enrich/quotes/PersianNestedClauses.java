package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 52: a Persian colon statement runs on to its paragraph's end ('X گفت: … رهبر متذکر شدند که …'), and a
 * verb of saying inside it with که reports a clause nested in the statement, which the annotations give its own
 * speaker since round 7 (… مسئولین کشورمان بارها اعلام کرده‌اند که …). Only که clauses nest: a colon or a bare
 * clause inside a statement is more often the statement's own words.
 */
final class PersianNestedClauses {
  private PersianNestedClauses() {}

  /** The clause is a colon statement: its words open after a colon behind the cue. */
  static boolean outerStatement(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int cueEnd = f.tokens.get(cue.last()).end();
    return c.kind() == QuoteKind.INDIRECT && c.start() > cueEnd && f.visibleBetween(cueEnd, c.start()).contains(":");
  }

  /**
   * Modals before the short infinitive گفت: the speaker's own 'one must say that', 'one cannot say that'
   * (باید گفت که …, نمی‌توان گفت که …), no one else's words.
   */
  private static final Set<String> MODALS = StringSet.of("باید", "نباید", "می\u200cتوان", "میتوان", "نمی\u200cتوان",
      "نمیتوان", "بتوان", "نتوان");

  /**
   * A clause found inside such a statement nests there when it opens right after که and no modal has its verb;
   * after the honorific verb of saying (مقام معظم رهبری فرمودند …, امام می‌فرمایند …) also when it opens bare
   * right after the verb or its comma: that verb is said only of those the speaker cites, never of himself.
   */
  static boolean nested(FieldView f, CueLexicon.Hit cue, Candidate c) {
    int first = f.tokenAtOrAfter(c.start());
    if (first <= 0 || first >= f.tokens.size() || f.tokens.get(first).start() != c.start()) {
      return false;
    }
    if (first == cue.last() + 1 && honorific(f, cue)
        && f.visibleBetween(f.tokens.get(cue.last()).end(), c.start()).replace("،", "").replace(",", "").isBlank()) {
      return true;
    }
    return f.lexicon.match(f.tokens, first - 1, CueKind.COMP) != null
        && (cue.first() == 0 || !MODALS.contains(f.tokens.get(cue.first() - 1).form()));
  }

  /** The honorific verb of saying (فرمود, فرمودند, می‌فرمایند, فرموده است): a word of the cue built on فرمود or فرما. */
  static boolean honorific(FieldView f, CueLexicon.Hit cue) {
    for (int k = cue.first(); k <= cue.last(); k++) {
      String form = f.tokens.get(k).form();
      if (form.contains("فرمود") || form.contains("فرما")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns the honorific verb makes a verb of other than saying with (عنایت فرمود 'bestowed', ابلاغ فرمودند
   * 'issued', X را … عنوان می‌فرمایند 'names X as'): no words of anyone follow.
   */
  private static final Set<String> NOT_SAYING = StringSet.of("عنایت", "عنايت", "مرحمت", "ابلاغ", "عنوان", "امر",
      "دستور", "ملاحظه", "توجه", "لطف", "اعطا", "عطا", "صادر", "مقرر", "اقدام", "استفاده", "حمایت", "حمايت");

  /** The honorific verb after a noun it makes another verb with (عنایت فرمود): no cue of saying. */
  static boolean honorificOfNoun(FieldView f, CueLexicon.Hit cue) {
    return cue.first() > 0 && honorific(f, cue) && NOT_SAYING.contains(f.tokens.get(cue.first() - 1).form());
  }

  /**
   * A clause cited by the honorific verb inside the adjunct of a sentence's own verb of saying (X با بیان اینکه
   * مقام معظم رهبری تصریح فرمودند که … گفت: …) ends before that verb: the colon statement after it is X's.
   */
  static Candidate beforeMainVerb(FieldView f, CueLexicon.Hit cue, Candidate c) {
    if (c == null || !honorific(f, cue)) {
      return c;
    }
    List<Token> toks = f.tokens;
    for (int k = Math.max(cue.last() + 1, f.tokenAtOrAfter(c.start()) + 1); k < toks.size() && toks.get(k).start() < c.end(); k++) {
      CueLexicon.Hit verb = f.lexicon.match(toks, k, CueKind.VERB);
      if (verb != null && verb.last() + 1 < toks.size()
          && f.visibleBetween(toks.get(verb.last()).end(), toks.get(verb.last() + 1).start()).contains(":")) {
        int end = Trim.end(f.text, c.start(), toks.get(k - 1).end());
        return end <= c.start() ? null : new Candidate(c.kind(), c.start(), end, c.attribution(), c.preset(), c.embedded());
      }
    }
    return c;
  }

  /** Words that open the next clause after a cited clause's verb: and, that/which, because. */
  private static final Set<String> CLAUSE_LINKS = StringSet.of("و", "که", "كه", "چراکه", "چراكه", "زیرا", "زيرا", "چون");
  /** Finite verbs a clause often ends on, besides those with the prefix می/نمی (folded forms as the text has them). */
  private static final Set<String> FINITE_VERBS = StringSet.of("است", "نیست", "نيست", "بود", "بودند", "شد", "شدند",
      "هست", "هستند", "دارد", "ندارد", "دارند", "ندارند", "باشد", "باشند", "کرد", "كرد", "کردند", "كردند", "کند", "كند",
      "کنند", "كنند", "شود", "شوند", "نباشد", "نباشند", "نبود", "نشد", "نشود", "نکرد", "نكرد", "نکند", "نكند");
  private static final List<String> VERB_PREFIXES = List.of("می\u200c", "مي\u200c", "نمی\u200c", "نمي\u200c");
  /** The prefix می/نمی as a token of its own, when the copy writes it apart or the tokenizer splits it off. */
  private static final Set<String> PREFIX_TOKENS = StringSet.of("می", "مي", "نمی", "نمي");

  /**
   * Round 58's ruling: the words a speaker cites by the honorific verb (امام فرمودند …, مقام معظم رهبری
   * فرموده‌اند …) end at their first clause boundary, where the speaker goes on in his own words (… حق‌الناس است
   * و ما نیز …, … نابود می‌شود که این پیش‌بینی …, … ندارد چراکه …, … برطرف كنند، مردم …): a finite verb followed by
   * و, که, a word of cause or a comma; a و whose verb phrase goes on with the same subject (an object with را
   * first) is no boundary. With no such boundary the clause runs to its sentence's end and keeps the
   * full stop, as a colon statement does.
   */
  static Candidate citedEnd(FieldView f, CueLexicon.Hit cue, Candidate c) {
    List<Token> toks = f.tokens;
    if (c == null || c.kind() != QuoteKind.INDIRECT || !honorific(f, cue) || c.start() < toks.get(cue.last()).end()) {
      return c;
    }
    for (int k = f.tokenAtOrAfter(c.start()) + 1; k < toks.size() && toks.get(k).end() <= c.end(); k++) {
      Token t = toks.get(k);
      boolean link = CLAUSE_LINKS.contains(t.form()) || f.hasCharBetween(toks.get(k - 1).end(), t.start(), "،,");
      if (link && !f.insideQuote(t) && finiteVerb(f, k - 1) && !(t.form().equals("و") && objectFirst(f, k + 1, c.end()))) {
        int end = Trim.end(f.text, c.start(), toks.get(k - 1).end());
        return new Candidate(c.kind(), c.start(), end, c.attribution(), c.preset(), c.embedded());
      }
    }
    if (c.end() < f.text.length() && f.text.charAt(c.end()) == '.' && f.sentenceEnd(c.start()) == c.end()) {
      return new Candidate(c.kind(), c.start(), c.end() + 1, c.attribution(), c.preset(), c.embedded());
    }
    return c;
  }

  /**
   * After و, an object marked by را before the next finite verb: a second verb phrase of the cited clause's own
   * subject (خدا عبادت او را می‌پذیرد و بهترین مقدرات … را برای او پیش می‌آورد), not a new clause.
   */
  private static boolean objectFirst(FieldView f, int from, int end) {
    for (int k = from; k < f.tokens.size() && f.tokens.get(k).end() <= end; k++) {
      if (f.tokens.get(k).form().equals("را")) {
        return true;
      }
      if (finiteVerb(f, k)) {
        return false;
      }
    }
    return false;
  }

  /** Token k ends on a finite verb: a common one, or one with the prefix می/نمی (joined, or a token apart before it). */
  private static boolean finiteVerb(FieldView f, int k) {
    Token t = f.tokens.get(k);
    if (FINITE_VERBS.contains(t.form())) {
      return true;
    }
    for (String p : VERB_PREFIXES) { // on the written text: the folded form drops the ZWNJ that tells می‌شود from میزان
      if (t.end() - t.start() > p.length() && f.text.startsWith(p, t.start())) {
        return true;
      }
    }
    return k > 0 && PREFIX_TOKENS.contains(f.tokens.get(k - 1).form());
  }

  /** Words that open the clause a cited figure's verb stands in (… با بیان اینکه در حدیث شریفه می‌فرمایند). */
  private static final Set<String> CLAUSE_OPENERS = StringSet.of("که", "اینکه", "اين‌كه", "این‌که", "اينكه");

  /**
   * The speaker of a clause after the honorific verb of saying: whom its own clause names before the verb (امام
   * صادق(ع) فرمودند), else no one (a title only: مقام معظم رهبری, حضرت امام). The verb is said only of
   * those a speaker cites, so the sentence's subject further back (X با بیان اینکه … می‌فرمایند …، تصریح کرد:)
   * or the statement's speaker is not theirs.
   */
  static SpeakerRef citedSpeaker(FieldView f, CueLexicon.Hit cue, SpeakerRef speaker) {
    List<Token> toks = f.tokens;
    int cueStart = toks.get(cue.first()).start();
    int from = Math.max(f.sentenceStart(cueStart), f.text.lastIndexOf(':', cueStart - 1) + 1);
    for (int k = cue.first() - 1; k >= 0 && toks.get(k).start() >= from; k--) {
      if (CLAUSE_OPENERS.contains(toks.get(k).form())) {
        from = toks.get(k).end();
        break;
      }
    }
    for (MentionRef m : f.mentionsIn(from, cueStart)) {
      if (m.person()) {
        return speaker != null && m.entity().getId().equals(speaker.entityId()) ? speaker : SpeakerRef.of(m, m.text());
      }
    }
    return null; // a title only (مقام معظم رهبری, حضرت امام): no one named, as the annotations give it
  }

  /** The speaker's own first person inside his statement: 'I said that', 'I have announced that'. */
  private static final Set<String> FIRST_PERSON = StringSet.of("من", "بنده", "اینجانب", "اينجانب");

  /**
   * The speaker of a clause nested in a statement: whom its own subject names, else no one named (the words
   * kept). Its subject is someone the statement's speaker cites, so when the subject step found no one and
   * fell back on the last speaker, that is the statement's speaker, wrong for 'a security official', 'the
   * country's officials', 'the EU' (round 52); only the speaker's first person (من گفتم که) is still his.
   */
  static SpeakerRef ownSpeaker(FieldView f, Candidate c, SpeakerRef speaker, SpeakerRef outer) {
    CueLexicon.Hit cue = c.attribution() == null ? null : c.attribution().cue();
    if (speaker == null || outer == null || cue == null || !same(speaker, outer)) {
      return speaker;
    }
    List<Token> toks = f.tokens;
    int cueStart = toks.get(cue.first()).start();
    int from = Math.max(f.sentenceStart(cueStart), f.text.lastIndexOf(':', cueStart - 1) + 1);
    for (MentionRef m : f.mentionsIn(from, cueStart)) {
      if (speaker.entityId() != null && speaker.entityId().equals(m.entity().getId())) {
        return speaker; // the subject names the statement's speaker himself
      }
    }
    int first = f.tokenAtOrAfter(from);
    if (first < cue.first() ? FIRST_PERSON.contains(toks.get(first).form()) : toks.get(cue.last()).form().endsWith("م")) {
      // the subject opens the clause (a later من is an object: به من گفت که); with none, the verb's ending
      // (گفتم که, کرده‌ام که)
      return speaker;
    }
    String words = speaker.text();
    return words != null && f.text.substring(from, cueStart).contains(words) ? new SpeakerRef(null, null, words) : null;
  }

  private static boolean same(SpeakerRef a, SpeakerRef b) {
    return a.entityId() != null ? a.entityId().equals(b.entityId()) : a.name() != null && a.name().equals(b.name());
  }
}
