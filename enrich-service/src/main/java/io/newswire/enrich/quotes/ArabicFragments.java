package io.newswire.enrich.quotes;

import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Short Arabic words in marks: words someone said, or a name? Arabic copy puts both in the same marks
 * (وصفها بـ«الإرهابية» / سوق «عكاظ»). One criterion from the sentence around them (issue 9, round 10):
 * <ul>
 *   <li><b>governed</b>: a word of saying, describing, naming, calling, charging or expressing governs the
 *       marks in their clause, right before them or through its preposition (ما سماه «…», وعبر عن «…»,
 *       المتهمة بـ«…», بتهمة «…», باعتبارها «…», مع التأكيد على «…», تعازيه «…»), or through a noun that
 *       only links them (تحمّل … مسؤولية «…», تحدثت عن وجود «…»): the marked words are what was said;
 *   <li><b>predicate</b>: the marked words open a constituent of their own, not a name: after a
 *       complementizer that already holds the clause's subject (أنه «…»), or opening with a demonstrative
 *       (أن «هذه …» تجاوزت) or a preposition or particle (الحكومة «لعدم …»);
 *   <li><b>apposed</b>: otherwise a short quotation standing straight after a plain word of the clause, with
 *       no punctuation, complementizer or preposition between, names that word (سوق «عكاظ», قطاع «الصيدلة»,
 *       كنيته «…»): a name, however its clause is reported.
 * </ul>
 * Reads only the tokens next to the marks: set look-ups, no regex.
 */
final class ArabicFragments {
  private ArabicFragments() {}

  /** Words (folded, without و/ف) that govern the marked words after them as words said. */
  private static final Set<String> GOVERNING = StringSet.of(
      // naming and calling with its object: ما سماه «…» (not ما يسمى / ما سمي «…», 'so-called': a scare quote)
      "سماه", "سماها", "سموه", "سموها", "سمته", "سمتها", "اسماه", "اسماها", "يسميه",
      "يسميها", "تسميه", "تسميها", "يسمونه", "يسمونها", "ينعت", "تنعت", "نعت", "نعته", "نعتها",
      // describing: باعتبارها «…»; the verbs of DirectQuoteFinder's DESCRIBING too
      "وصف", "وصفت", "وصفه", "وصفها", "وصفهم", "وصفته", "وصفتها", "واصفا", "واصفة", "يصف", "تصف", "يصفه", "يصفها",
      "تصفه", "تصفها", "باعتبار", "باعتباره", "باعتبارها", "باعتبارهم", "اعتبار", "اعتبره", "اعتبرها", "اعتبرته",
      // charging: المتهمة بـ«…», بتهمة «…»
      "اتهم", "اتهمت", "اتهمه", "اتهمها", "اتهمته", "اتهمتها", "اتهمهم", "اتهموا", "يتهم", "تتهم", "يتهمه", "يتهمها",
      "تتهمه", "تتهمها", "اتهام", "اتهامه", "اتهامها", "باتهام", "تهمة", "بتهمة", "بتهم", "التهمة", "المتهم", "المتهمة",
      "متهم", "متهمة", "متهما", "المتهمين", "متهمين", "المتهمون", "متهمون",
      // stressing, by its verbal noun: مع التأكيد على «…»
      "تاكيد", "التاكيد", "تاكيده", "تاكيدها", "مؤكدا", "مؤكدة", "مشددا", "مشددة",
      // condolence: تعازيه «…»
      "تعازي", "تعازيه", "تعازيها", "تعزيته", "تعزيتها");

  /** Verbs of expressing that govern the marks only through عن (عبر عن «…»; عبر alone is 'via'). */
  private static final Set<String> EXPRESSING = StringSet.of("عبر", "عبرت", "يعبر", "تعبر", "معبرا", "معبرة", "اعرب",
      "اعربت", "يعرب", "تعرب", "معربا", "معربة", "تحدث", "تحدثت", "يتحدث", "تتحدث", "متحدثا", "متحدثة");

  /** Nouns that only link a governing word to the marks: تحمّل … مسؤولية «…», عن وجود «…». */
  private static final Set<String> LINKING = StringSet.of("مسؤولية", "مسؤوليه", "وجود", "مسؤوليتها", "مسؤوليته");

  /** Verbs whose object a linking noun is: حمّل / يحمّل … مسؤولية. */
  private static final Set<String> BLAMING = StringSet.of("حمل", "حملت", "يحمل", "تحمل", "حملوا", "يحملون", "محملا", "محملة");

  /** Prepositions between a governing word and the marks. */
  private static final Set<String> PREPOSITIONS = StringSet.of("ب", "عن", "على", "علي", "الى", "ل");

  private static final Set<String> DEMONSTRATIVES = StringSet.of("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هولاء", "هاتين",
      "هذين", "هذان", "هاتان");

  /** Particles and prepositions that open a constituent (لا, لن, في …) rather than a name. */
  private static final Set<String> OPENERS = StringSet.of("لا", "لم", "لن", "ما", "قد", "في", "من", "على", "علي", "الى", "عن",
      "مع", "بين", "حول", "ضد", "دون", "ان", "لان", "كي", "لكي", "حتى", "ليس", "ليست", "كان", "كانت", "يجب", "لقد");

  /** Words that open an Arabic personal name: أبو الفداء, أم سياف, ابن … */
  private static final Set<String> KUNYA = StringSet.of("ابو", "ام", "ابن", "بن", "بنت", "ال");

  /** Complementizers that already carry the clause's subject as a pronoun (أنه، إنها، بأنهم). */
  private static boolean pronounComplementizer(String form) {
    return form.length() > 2 && !form.equals("بان") && (form.startsWith("ان") || form.startsWith("بان"));
  }

  private static String stripConjunction(String form) {
    return form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') ? form.substring(1) : form;
  }

  private static boolean governing(String form) {
    return GOVERNING.contains(form) || GOVERNING.contains(stripConjunction(form));
  }

  /** The token right before the quotation's opening mark, or -1 when punctuation stands between. */
  private static int tokenBefore(FieldView f, QuoteSpan s) {
    int k = f.tokenAtOrAfter(s.outerStart()) - 1;
    if (k < 0 || f.insideQuote(f.tokens.get(k)) || !f.noWordsBetween(f.tokens.get(k).end(), s.outerStart())
        || f.hasCharBetween(f.tokens.get(k).end(), s.outerStart(), ".!?؟,،:؛;()")) {
      return -1;
    }
    return k;
  }

  /** A word of saying, describing, naming, charging or expressing governs the quotation (see the class). */
  static boolean governed(FieldView f, QuoteSpan s) {
    return governor(f, s) >= 0;
  }

  /**
   * The token of the word that governs the quotation as words said, or -1: the word right before the marks,
   * the one before its preposition, or the verb of expressing or blaming a linking noun hangs on.
   */
  static int governor(FieldView f, QuoteSpan s) {
    if (!"ar".equals(f.lang())) {
      return -1;
    }
    int k = tokenBefore(f, s);
    if (k < 0) {
      return -1;
    }
    String w = f.tokens.get(k).form();
    if (governing(w)) {
      return k;
    }
    if (w.equals("و")) {
      // بتهمة «…» و«…»: a quotation coordinated with a governed one shares its governor
      QuoteSpan prev = f.spanAt(f.tokens.get(k).start() - 1);
      return prev != null && prev != s && f.noWordsBetween(prev.outerEnd(), f.tokens.get(k).start()) ? governor(f, prev) : -1;
    }
    if (!PREPOSITIONS.contains(w) && !LINKING.contains(w)) {
      return -1;
    }
    int g = k - 1;
    int sentence = f.tokenAtOrAfter(f.sentenceStart(s.outerStart()));
    if (LINKING.contains(w)) {
      // مسؤولية «…» after a verb of blaming and its object (يحمّل التقرير الحكومة مسؤولية «…»), or عن وجود «…»
      if (g >= 0 && f.tokens.get(g).form().equals("عن")) {
        return expressingBefore(f, g - 1, sentence);
      }
      for (int j = g; j >= Math.max(sentence, g - 4); j--) {
        if (BLAMING.contains(stripConjunction(f.tokens.get(j).form()))) {
          return j;
        }
      }
      return -1;
    }
    if (g < 0 || !f.blankBetween(f.tokens.get(g).end(), f.tokens.get(k).start())) {
      return -1;
    }
    if (w.equals("عن")) {
      return expressingBefore(f, g, sentence); // وعبر السفير الهندي عن «الارتياح»: its subject between
    }
    return governing(f.tokens.get(g).form()) ? g : -1;
  }

  /**
   * Verbs of judging or describing that carry their object as a pronoun (اعتبره، اعتبرتها، وصفها): their
   * subject, and at most a short adjunct, may stand between them and the marked judgement (اعتبرها X «…»,
   * اعتبرته منظمة X «…»), which is then the subject's words (r13's convention).
   */
  private static final Set<String> JUDGING_WITH_OBJECT = StringSet.of("اعتبره", "اعتبرها", "اعتبرهم", "اعتبرته",
      "اعتبرتها", "اعتبرتهم", "اعتبروه", "اعتبروها", "يعتبره", "يعتبرها", "تعتبره", "تعتبرها", "وصفه", "وصفها", "وصفهم",
      "وصفته", "وصفتها", "وصفتهم", "وصفوه", "وصفوها", "يصفه", "يصفها", "تصفه", "تصفها");

  /** A preposition or conjunction with the article written apart from the marks (بالـ«…», للـ«…», والـ«…»). */
  private static final Set<String> GLUED_ARTICLE = StringSet.of("بال", "لل", "وال", "كال", "فال", "ال");

  /** Words a subject with its adjunct may take between a judging verb and the marks. */
  private static final int MAX_JUDGED_GAP = 6;

  /**
   * Round 40b: the judging verb with an object pronoun whose subject stands between it and the marks
   * (اعتبرها كاميرون «…», اعتبرته منظمة العفو الدولية «…»), or -1: no punctuation, cue, complementizer or
   * quotation between, the marks not glued to a preposition and not after a naming noun.
   */
  static int judgingVerbBefore(FieldView f, QuoteSpan s) {
    if (!"ar".equals(f.lang()) || !s.closed()) {
      return -1;
    }
    int k = tokenBefore(f, s);
    if (k < 0 || !f.blankBetween(f.tokens.get(k).end(), s.outerStart()) || PREPOSITIONS.contains(f.tokens.get(k).form())
        || CLAUSE_PREPOSITIONS.contains(f.tokens.get(k).form()) || GLUED_ARTICLE.contains(f.tokens.get(k).form())) {
      return -1; // ووصفه بالـ«…»: the describing preposition's object, no subject between
    }
    int sentence = f.tokenAtOrAfter(f.sentenceStart(s.outerStart()));
    for (int j = k - 1; j >= Math.max(sentence, k - MAX_JUDGED_GAP); j--) {
      Token t = f.tokens.get(j);
      if (f.insideQuote(t) || f.hasCharBetween(t.end(), f.tokens.get(j + 1).start(), ".!?؟,،:؛;()")) {
        return -1;
      }
      if (JUDGING_WITH_OBJECT.contains(stripConjunction(t.form()))) {
        return j;
      }
      if (f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.COMP, CueKind.SOURCE) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** A verb of expressing at {@code last} or up to four words before it, its subject between; -1 if none. */
  private static int expressingBefore(FieldView f, int last, int sentence) {
    for (int j = last; j >= Math.max(sentence, last - 4); j--) {
      if (EXPRESSING.contains(stripConjunction(f.tokens.get(j).form()))) {
        return j;
      }
      if (f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.COMP) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Prepositions (folded) whose object marked words may be, inside a reported clause: في «…», على «…», بـ«…». */
  private static final Set<String> CLAUSE_PREPOSITIONS = StringSet.of("في", "على", "علي", "الى", "من", "ب", "ل");

  /** Prepositions carrying a pronoun (نتج عنه «…», لديها «…»): a preposition, never a noun the marks would name. */
  private static final Set<String> PRONOUN_PREPOSITIONS = StringSet.of("عنه", "عنها", "عنهم", "منه", "منها", "منهم",
      "فيه", "فيها", "فيهم", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "لديه", "لديها", "لديهم", "اليه", "اليها",
      "اليهم", "به", "بها", "بهم");

  /**
   * Round 40b: marked words that are the object of a preposition (ملتزمة بـ«…», تمر في «…», لـ«…»), or
   * coordinated with marked words before them (من «…» و«…»), shaped as a phrase rather than a name: two
   * words or more not opening with a kunya, or one word shaped as a describing word or verbal noun
   * ({@link #adjectival}). Inside a reported clause such words are what its speaker said (the conventions'
   * fragment in reported speech); a name there is a mention or one plain word, and stays out.
   */
  static boolean prepositionalPhrase(FieldView f, QuoteSpan s, int cs, int ce, int words) {
    if (!"ar".equals(f.lang()) || words == 0 || words >= QuotedName.MIN_SAID_TOKENS + 4) {
      return false;
    }
    int k = f.tokenAtOrAfter(s.outerStart()) - 1;
    if (k < 0 || f.insideQuote(f.tokens.get(k)) || !f.noWordsBetween(f.tokens.get(k).end(), s.outerStart())
        || f.hasCharBetween(f.tokens.get(k).end(), s.outerStart(), ".!?؟,،:؛;()")) {
      return false;
    }
    String w = f.tokens.get(k).form();
    boolean governedByPreposition = CLAUSE_PREPOSITIONS.contains(w);
    if (w.equals("و")) {
      // من «…» و«…»: coordinated with marked words a preposition governs (not with a list of names, مدن «X» و«Y»)
      QuoteSpan prev = f.lastSpanEndingBy(f.tokens.get(k).start());
      if (prev == null || prev == s || !f.noWordsBetween(prev.outerEnd(), f.tokens.get(k).start())) {
        return false;
      }
      int ps = Trim.start(f.text, prev.contentStart(), prev.contentEnd());
      int pe = Trim.end(f.text, ps, prev.contentEnd());
      return pe > ps && prepositionalPhrase(f, prev, ps, pe, f.tokenAtOrAfter(pe) - f.tokenAtOrAfter(ps))
          && phraseShaped(f, cs, ce, words);
    }
    return governedByPreposition && phraseShaped(f, cs, ce, words);
  }

  private static boolean phraseShaped(FieldView f, int cs, int ce, int words) {
    int first = f.tokenAtOrAfter(cs);
    if (first >= f.tokens.size() || Character.isDigit(f.text.charAt(f.tokens.get(first).start()))) {
      return false;
    }
    if (overlapsMention(f, cs, ce)) {
      return false; // في «الرقة السورية»: a name opens or fills the marks
    }
    return words > 1 ? !KUNYA.contains(f.tokens.get(first).form()) : adjectival(f.text, cs, ce);
  }

  /** Finite verbs of expressing, naming and blaming: their subject (VSO) is the speaker of the marked words. */
  static boolean finiteVerb(FieldView f, int g) {
    String w = stripConjunction(f.tokens.get(g).form());
    return EXPRESSING.contains(w) && !w.startsWith("مع") && !w.startsWith("مت") || BLAMING.contains(w) && !w.startsWith("مح")
        || NAMING_VERBS.contains(w);
  }

  private static final Set<String> NAMING_VERBS = StringSet.of("سماه", "سماها", "سموه", "سموها", "سمته", "سمتها",
      "اسماه", "اسماها", "يسميه", "يسميها", "تسميه", "تسميها", "يسمونه", "يسمونها", "نعته", "نعتها");

  /**
   * The marked words open a constituent of their own: after a complementizer holding the subject (أنه
   * «…»), or opening with a demonstrative, a particle or a preposition (glued لـ/بـ included).
   */
  static boolean predicate(FieldView f, QuoteSpan s, int cs, int ce) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    int k = tokenBefore(f, s);
    if (k >= 0 && f.lexicon.match(f.tokens, k, CueKind.COMP) != null && pronounComplementizer(f.tokens.get(k).form())) {
      return true;
    }
    return opensConstituent(f, cs, ce);
  }

  private static boolean opensConstituent(FieldView f, int cs, int ce) {
    int first = f.tokenAtOrAfter(cs);
    if (first >= f.tokens.size() || f.tokens.get(first).start() >= ce) {
      return false;
    }
    String w = f.tokens.get(first).form();
    if (DEMONSTRATIVES.contains(w) || OPENERS.contains(w)) {
      return true;
    }
    // glued preposition: لعدم، للمرة، بالنسبة (not a name starting with ل or ب: those need a second word after)
    return w.length() > 3 && (w.startsWith("لل") || w.startsWith("بال") || w.startsWith("لعدم") || w.startsWith("لان"));
  }

  /**
   * A short quotation straight after a plain word of its clause (no punctuation, cue, complementizer,
   * preposition or governing word between) and not opening a constituent of its own: it names that word
   * (سوق «عكاظ», قطاع «الصيدلة», كنيته «…»).
   */
  static boolean apposed(FieldView f, QuoteSpan s, int cs, int ce, int words) {
    if (!"ar".equals(f.lang()) || words >= QuotedName.MIN_SAID_TOKENS || f.hasCharBetween(cs, ce, ".!?؟")) {
      return false;
    }
    int first = f.tokenAtOrAfter(cs);
    if (words > 1 && (first >= f.tokens.size() || !KUNYA.contains(f.tokens.get(first).form()))) {
      return false; // الاسبوع المقبل, بطل حرب, مسؤولا سياسيا: a phrase of the clause; one word or a kunya names
    }
    int k = tokenBefore(f, s);
    if (k < 0 || !f.blankBetween(f.tokens.get(k).end(), s.outerStart())) {
      return false; // glued (بـ«…», لـ«…») or after punctuation
    }
    String w = f.tokens.get(k).form();
    if (governing(w) || PREPOSITIONS.contains(w) || PRONOUN_PREPOSITIONS.contains(w) || LINKING.contains(w)
        || DEMONSTRATIVES.contains(w)
        || f.lexicon.matchAny(f.tokens, k, CueKind.VERB, CueKind.CONT, CueKind.SOURCE, CueKind.COMP, CueKind.STOP,
            CueKind.PRONOUN) != null
        || OPENERS.contains(w)) {
      return false;
    }
    // مسؤول «الأدوية»: a definite word after an indefinite noun is its genitive (a construct, so a name); an
    // adjective agrees with its noun (المكانة «الجيوسياسية») or is indefinite (إصابات «خطيرة»)
    return !opensConstituent(f, cs, ce) && !(words == 1 && unnameable(f, first, cs, ce))
        && !(words == 1 && adjectival(f.text, cs, ce) && (!definite(f.text, cs) || definite(w)));
  }

  /** Pronoun suffixes (folded) a noun takes in its speaker's words (أصدقائها، قادتهم), longest first. */
  private static final String[] PRONOUN_SUFFIXES = {"هما", "ها", "هم", "كم"};

  /**
   * Round 48b: one marked word no name takes the shape of, so after a plain word it is not that word's name
   * (issue 9): an imperfect verb (المجلس «يصادق» على …, إردوغان «يعرقل» خطة) or an indefinite noun carrying a
   * pronoun (دعم «أصدقائها»). A word the entity pass found, or a listed given name, stays a name (تونس، نزار).
   */
  private static boolean unnameable(FieldView f, int first, int cs, int ce) {
    if (first >= f.tokens.size() || f.tokens.get(first).end() > ce || overlapsMention(f, cs, ce)) {
      return false;
    }
    Token t = f.tokens.get(first);
    return (imperfectShaped(t.form()) || pronounSuffixed(t.form()))
        && !GivenNames.arabic().contains(MatchingForm.key(t.raw()));
  }

  /**
   * ي، ت or ن, then three to five letters with no long vowel or hamza seat and no alif right after the prefix
   * (يصادق، يعرقل، تطبق; يطالبون with its ending). Names written from other languages spell their vowels
   * (تويتر، يوتيوب، تايمز، نيفا), so they do not take this shape.
   */
  static boolean imperfectShaped(String form) {
    String w = form.length() >= 6 && form.endsWith("ون") ? form.substring(0, form.length() - 2) : form;
    int n = w.length();
    if (n < 4 || n > 6 || "يتن".indexOf(w.charAt(0)) < 0 || w.charAt(1) == 'ا' || w.charAt(n - 1) == 'ا') {
      return false;
    }
    for (int k = 1; k < n; k++) {
      char c = w.charAt(k);
      if (c < 0x621 || c > 0x64a || "وىيةؤئء".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** An indefinite word of three letters or more with a pronoun suffix (أصدقائها، قادتهم; not التهم). */
  static boolean pronounSuffixed(String form) {
    if (form.startsWith("ال") || form.startsWith("لل")) {
      return false;
    }
    for (String suffix : PRONOUN_SUFFIXES) {
      if (form.endsWith(suffix)) {
        return form.length() - suffix.length() >= 3;
      }
    }
    return false;
  }

  private static boolean overlapsMention(FieldView f, int cs, int ce) {
    for (MentionRef m : f.mentions) {
      if (m.start() < ce && m.end() > cs) {
        return true;
      }
    }
    return false;
  }

  private static boolean definite(String text, int cs) {
    int start = cs;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    return text.startsWith("ال", start);
  }

  /** A folded word with the article, a clitic before it or not (المكانة، والمكانة، بالمكانة، للمكانة). */
  private static boolean definite(String form) {
    return form.startsWith("ال") || form.startsWith("لل")
        || form.length() > 3 && "وبفك".indexOf(form.charAt(0)) >= 0 && form.startsWith("ال", 1);
  }

  /**
   * Round 39b: one marked word shaped as a describing word, not a name: a nisba (عسكري، الأجنبي، رسمية،
   * الجيوسياسية) or an indefinite feminine or accusative word (خطيرة، مفتوحة، محترمًا). After a plain noun of a
   * reported clause it qualifies that noun in the speaker's words (إصابات «خطيرة», هدفها «وقائي»); names in
   * marks after such a noun are proper words (سوق «عكاظ», مدن «سبها») or definite (قطاع «الصيدلة»).
   */
  static boolean adjectival(String text, int cs, int ce) {
    int end = ce;
    while (end > cs && (text.charAt(end - 1) == '\u064B' || text.charAt(end - 1) == '\u064C'
        || text.charAt(end - 1) == '\u064D' || text.charAt(end - 1) == '\u0651' || text.charAt(end - 1) == 'ـ')) {
      end--; // tanween, shadda or tatweel after the last letter
    }
    if (end - cs < 3) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (last == 'ة' && text.charAt(end - 2) == 'ي' && text.charAt(end - 3) == 'ا') {
      return false; // a noun in -اية (ولاية، رواية، حماية), no nisba
    }
    if (last == 'ي' || last == 'ة' && text.charAt(end - 2) == 'ي') {
      return true; // nisba, masculine or feminine
    }
    boolean definite = definite(text, cs);
    // محترمًا / محترماً: the accusative tanween written, before or after the alif
    boolean accusative = last == 'ا' && (ce > end || text.charAt(end - 2) == '\u064B');
    return !definite && (last == 'ة' || accusative);
  }
}
