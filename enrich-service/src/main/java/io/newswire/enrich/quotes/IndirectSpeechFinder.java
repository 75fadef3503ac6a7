package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech outside quotation marks: a cue and a clause it introduces (أكد أن…, أكد … على تعزيز…,
 * said that…, said the plan…, گفت که…, گفت: … with no marks), and the English trailing form
 * ('…, sources said.'). The clause runs to the end of its sentence.
 */
final class IndirectSpeechFinder {
  private static final int MIN_CLAUSE_TOKENS = 3;
  /** Arabic verbs whose reported content may follow على (أكد على تعزيز العلاقات). */
  private static final Set<String> AR_ALA_VERBS = StringSet.of("اكد", "اكدت", "يؤكد", "تؤكد", "شدد", "شددت", "يشدد", "مؤكدا", "مشددا");
  private static final Set<String> AR_ALA = StringSet.of("على", "علي");
  private static final Set<String> AR_TO = StringSet.of("الى", "إلى", "الي");
  /** English words that can open a reported clause without 'that'. */
  private static final Set<String> EN_CLAUSE_OPENERS = StringSet.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
      "there", "his", "her", "their", "this", "these", "those", "its", "our", "no", "nobody", "everyone", "you");
  private static final Set<String> EN_BARE_CLAUSE_CUES = StringSet.of("said", "says", "say", "added", "adds", "argued",
      "argues", "insisted", "insists", "claimed", "claims", "noted", "notes", "warned", "warns", "believes",
      "acknowledged", "admitted", "explained", "stated", "wrote", "writes", "suggested", "predicted", "reported",
      "reports", "announced", "declared", "stressed", "maintained", "contended", "recalled", "revealed", "reveals",
      "confirmed", "confirms", "forecast", "forecasts", "predicts", "insist", "ruled", "conceded", "complained",
      "estimated", "warn", "hopes", "argue", "claim", "predict", "believe", "hope",
      "replied", "replies", // round 45: 'X, Canada's delegate, replied the law was …'
      "speculated", // round 48: 'Wall Street speculated the board was discussing …'
      "hinted"); // round 56: '… but hinted it would not be offered voluntarily'
  /**
   * Verbs of opinion that report a stance only after the one who holds it ('Kirwan believes his side can
   * …', 'She hopes the deal will …'): right after a mention or a subject pronoun; otherwise a noun
   * ('despite hopes of …') or a view no one is named for.
   */
  private static final Set<String> EN_OPINION_CUES = StringSet.of("believes", "hopes");
  private static final int MAX_TRAILING_SUBJECT = 7;
  /** Words 'told' may put between itself and its 'that' (a long addressee with a place and a time). */
  private static final int MAX_ADDRESSEE_THAT = 14;
  private static final Set<String> EN_ADDRESSEE_CUES = StringSet.of("told", "tells", "tell", "assured", "reminded", "warned", "telling");
  private static final Set<String> ADDRESSEES = StringSet.of("reporters", "supporters", "voters", "journalists", "me", "us",
      "him", "her", "them", "lawmakers", "students", "donors", "viewers", "listeners", "congress", "attendees");

  private IndirectSpeechFinder() {}

  static List<Candidate> find(FieldView f) {
    List<Candidate> out = new ArrayList<>();
    List<Token> toks = f.tokens;
    int nestedCueUntil = -1; // the last token where a cue nested in the clause just found may stand
    int afterOuter = -1; // the first token after that clause, where reading goes on past the window
    boolean persianStatement = false; // the clause read through is a Persian colon statement (PersianNestedClauses)
    for (int i = 0; i < toks.size(); i++) {
      if (afterOuter >= 0 && i > nestedCueUntil) {
        i = Math.max(i, afterOuter);
        afterOuter = -1;
        persianStatement = false;
        if (i >= toks.size()) {
          break;
        }
      }
      if (f.insideQuote(toks.get(i))) {
        continue;
      }
      CueLexicon.Hit cue = f.lexicon.matchAny(toks, i, CueKind.VERB, CueKind.CONT);
      if (cue == null && "fa".equals(f.lang())) {
        cue = PersianDocumentStatements.cueAt(f, i); // در این بیانیه آمده است: …
      }
      if (cue == null && "en".equals(f.lang()) && (EnglishFindings.at(f, i) || EnglishFindings.foundThat(f, i))) {
        cue = new CueLexicon.Hit(CueKind.VERB, i, i); // 'Bank statistics show reserves rose …' (38b), 'X found that' (39b)
      }
      if (cue == null && "ar".equals(f.lang()) && AR_RESUMPTIVE_VERBS.contains(toks.get(i).form())) {
        CueLexicon.Hit resumptive = new CueLexicon.Hit(CueKind.VERB, i, i);
        int as = asMarker(f, resumptive);
        Candidate c = as >= 0 ? trailingAs(f, resumptive, as) : null;
        if (c != null) {
          out.add(c); // …، حسبما ذكرته وسائل إعلام: the verb's pronoun takes up the clause before the comma
          i = Math.max(i, f.tokenAtOrAfter(c.end()) - 1);
          continue;
        }
      }
      if (cue != null && "fa".equals(f.lang()) && PersianNestedClauses.honorificOfNoun(f, cue)) {
        i = cue.last();
        continue; // عنایت فرمود: 'bestowed', no verb of saying
      }
      if (cue == null && afterOuter >= 0) {
        continue; // inside a clause only a verb nests another
      }
      if (cue == null) {
        CueLexicon.Hit source = f.lexicon.match(toks, i, CueKind.SOURCE);
        if (source != null && "fa".equals(f.lang()) && !persianAttributiveSource(toks, source)) {
          Candidate report = publicRelationsReport(f, source);
          if (report != null) {
            out.add(report);
            i = Math.max(i, f.tokenAtOrAfter(report.end()) - 1);
            continue;
          }
          source = null; // به گزارش خبرگزاری فارس، : the agency's own dateline, not words it reports
        }
        Candidate c = source == null ? null : sourced(f, source);
        if (c != null) {
          out.add(c);
          i = Math.max(i, f.tokenAtOrAfter(c.end()) - 1);
        }
        continue;
      }
      if ("en".equals(f.lang()) && (hearsay(f, cue) || opinionWithoutHolder(f, cue)
          || EnglishPluralCues.withoutSubject(f, cue) || EnglishImpersonalPassives.impersonal(f, cue))) {
        i = cue.last();
        continue; // 'X is said to believe …': what others say of X, not X speaking
      }
      Candidate c = switch (f.lang()) {
        case "ar" -> {
          int as = asMarker(f, cue);
          yield as >= 0 ? trailingAs(f, cue, as) : arabic(f, cue);
        }
        case "fa" -> PersianNestedClauses.citedEnd(f, cue, PersianNestedClauses.beforeMainVerb(f, cue, persian(f, cue)));
        default -> english(f, cue);
      };
      if (c != null && afterOuter >= 0
          && !(persianStatement ? PersianNestedClauses.nested(f, cue, c) : nestedAccepted(f, cue, c))) {
        i = cue.last(); // a cue nested in a clause that reports no clause of its own: the outer clause's words
        continue;
      }
      if (c != null) {
        out.add(c);
        i = Math.max(i, f.tokenAtOrAfter(c.end()) - 1);
        if (persianStatement && afterOuter >= 0) {
          continue; // a clause nested in the statement: reading goes on inside the statement after it
        }
        if ("fa".equals(f.lang()) && PersianNestedClauses.outerStatement(f, cue, c)) {
          afterOuter = i + 1;
          nestedCueUntil = i;
          persianStatement = true;
          i = cue.last();
        } else if ("en".equals(f.lang()) && leadingClause(f, c, cue)) {
          // English annotates a clause reported inside another by the verb of its subject ('X said he
          // stressed that …', 'said the audit opinion stated that …'): a cue among the clause's first words
          // is read too; past them the clause is skipped as before
          afterOuter = i + 1;
          // never past the clause's own end: a cue after a clause cut short ('explained her injury, saying …') is no
          // nested one
          nestedCueUntil = Math.min(f.tokenAtOrAfter(c.start()) + NESTED_CUE_WINDOW, afterOuter - 1);
          i = cue.last();
        } else {
          afterOuter = -1;
        }
      } else {
        i = cue.last();
      }
    }
    return out;
  }

  /** A clause that opens after its cue, so that a second cue inside it reports a clause nested in it. */
  private static boolean leadingClause(FieldView f, Candidate c, CueLexicon.Hit cue) {
    return c.kind() == QuoteKind.INDIRECT && c.start() >= f.tokens.get(cue.last()).end();
  }

  /** Words a nested cue may stand after the clause's start: its subject ('he', 'the audit opinion'), an auxiliary. */
  private static final int NESTED_CUE_WINDOW = 4;
  /**
   * Verbs that nest a statement in a reported clause: only verbs of saying and of findings. Not an opinion ('has
   * said it believes …'), nor a word that is also a noun or names no speech ('said reports of …', 'the
   * claims', 'adds a few touches', 'imports are reported').
   */
  private static final Set<String> EN_NESTING = StringSet.of("said", "says", "say", "told", "tells", "stressed",
      "stated", "states", "shows", "showed", "show", "found", "finds", "insisted", "insists", "argued", "argues",
      "warned", "warns", "admitted", "confirmed", "explained", "noted", "predicted", "revealed", "conceded",
      "estimated", "accepted", "accepts"); // not 'announced': 'a plan announced by X is …' is a participle more often than not
  /**
   * Round 45: words that open an indirect question, never a statement, right after the verb ('was unable to say
   * whether trading had been affected', 'did not say how the plant would …'), however soon an auxiliary follows.
   */
  private static final Set<String> EN_QUESTION_WORDS = StringSet.of("whether", "what", "how", "why", "who");
  /** Wh-words open no statement ('would tell the public what …', 'asked whether …'). */
  private static final Set<String> EN_WH = StringSet.of("what", "how", "why", "when", "where", "whether", "who", "which");

  /** A clause found by a cue nested in the clause before: a leading clause of a verb of saying or finding. */
  private static boolean nestedAccepted(FieldView f, CueLexicon.Hit cue, Candidate c) {
    if (!leadingClause(f, c, cue) || !EN_NESTING.contains(f.tokens.get(cue.last()).form())) {
      return false;
    }
    int first = f.tokenAtOrAfter(c.start());
    return first < f.tokens.size() && !EN_WH.contains(f.tokens.get(first).form())
        && (first == 0 || !EN_WH.contains(f.tokens.get(first - 1).form()));
  }

  /** Prepositions after a bare noun that make it an object, not a clause's subject ('indicated growth of 0.1%'). */
  private static final Set<String> EN_NOUN_COMPLEMENTS = StringSet.of("of", "in", "for", "on", "at", "to");

  private static boolean opinionWithoutHolder(FieldView f, CueLexicon.Hit cue) {
    if (cue.first() != cue.last() || !EN_OPINION_CUES.contains(f.tokens.get(cue.first()).form())) {
      return false;
    }
    if (cue.first() == 0 || !subjectBefore(f, cue)) {
      return true;
    }
    Token before = f.tokens.get(cue.first() - 1);
    return f.mentionAt(before) == null && f.lexicon.match(f.tokens, cue.first() - 1, CueKind.PRONOUN) == null
        && !before.form().equals("it") && !namedHolder(f, cue.first() - 1);
  }

  /** Capitalised words no one is named by ('Nobody believes …', 'Everyone hopes …'). */
  private static final Set<String> EN_NAMELESS = StringSet.of("nobody", "everyone", "everybody", "anyone", "someone",
      "no-one", "few", "many", "most", "some", "who", "i", "this", "that");

  /**
   * A name the entity step did not give, right before an opinion verb ('The Scottish Executive believes …',
   * 'Labour hopes …'): a capitalised word that is not the first of its sentence unless the next word is
   * capitalised too, not in a headline, where every word may be capitalised (round 38b).
   */
  private static boolean namedHolder(FieldView f, int k) {
    Token t = f.tokens.get(k);
    if (!t.capitalized() || EN_NAMELESS.contains(t.form()) || f.insideQuote(t) || "headline".equals(f.name())) {
      return false;
    }
    int next = k + 2; // the word after the verb opens a clause: 'that' or a subject with its auxiliary, not
    // the noun's own words ('boosting their Oscars hopes this month.')
    boolean clauseAfter = next < f.tokens.size() && f.blankBetween(f.tokens.get(k + 1).end(), f.tokens.get(next).start())
        && (f.tokens.get(next).form().equals("that") || finiteVerbAhead(f, next));
    return clauseAfter
        && (k > 0 && f.tokens.get(k - 1).capitalized() || !f.noWordsBetween(f.sentenceStart(t.start()), t.start()));
  }

  /** The passive of hearsay: 'is said to', 'were reported to' – no speaker, no reported clause. */
  static boolean hearsay(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    return cue.first() > 0 && cue.last() + 1 < toks.size()
        && EnglishSubjectFinder.BE.contains(toks.get(cue.first() - 1).form()) && toks.get(cue.last() + 1).form().equals("to");
  }

  /** Arabic verbs of describing (folded): the marked words after بأنه are theirs, DIRECT, not a clause. */
  private static final Set<String> AR_DESCRIBING = StringSet.of("وصف", "وصفت", "يصف", "تصف", "وصفه", "وصفها", "وصفهم",
      "وصفته", "وصفتها");

  private static Candidate arabic(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    if (AR_DESCRIBING.contains(stripClitic(toks.get(cue.first()).form()))) {
      return null;
    }
    Attribution probe = new Attribution(cue, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
    int j = SubjectFinder.subjectLimit(f, probe, cue.last() + 1);
    // marks between the verb and the clause open a quotation, unless they only hold the subject's name
    int afterAddressee = clauseAfterAddressee(f, j);
    if (afterAddressee >= 0) {
      j = afterAddressee; // وقال مسؤول في الوزارة لـ«الوطن»، إن …: the clause follows the quoted addressee
    }
    String stops = SubjectFinder.quotedSubject(f, cue.last() + 1) != null ? ":" : ":\"“”«»";
    QuoteSpan kindName = SubjectFinder.kindThenQuotedSpan(f, cue.last() + 1, probe);
    if (kindName != null) {
      j = f.tokenAtOrAfter(kindName.outerEnd()); // وذكرت شركة «نور» ، أنها …: the clause follows the quoted name
    }
    // the marks hold a name, not words said: the quoted name after its kind (above), the name of whom it was
    // told (أكد مصدر لـ«الشرق الأوسط» أن …) or a name inside the subject's description (يقول X الشريك
    // المؤسس لمبادرة "Y" إن …)
    if (kindName != null || j < toks.size()
        && (quotedAddresseesOnly(f, toks.get(cue.last()).end(), toks.get(j).start())
            || quotedNamesInSubject(f, toks.get(cue.last() + 1).end(), toks.get(j).start()))) {
      stops = ":";
    }
    boolean masdar = cue.last() + 1 < toks.size() && masdarObject(f, cue, cue.last() + 1);
    int masdarAfterSubject = masdar ? -1 : masdarAfterNamedSubject(f, cue);
    if (masdarAfterSubject >= 0) {
      return clause(f, cue, toks.get(masdarAfterSubject).start()); // أكدت اللجنة العامة للانتخابات ضرورة تطبيق …
    }
    if (j >= toks.size() && masdar) {
      // the verbal noun's clause closes the paragraph (وأكدت فتح تحقيق بهذا الشأن.): no word after the subject
      // window, the clause is still there
      return clause(f, cue, toks.get(cue.last() + 1).start());
    }
    // وقال: إن …, وقالت: إنها …: a colon before the complementizer introduces the clause, not a quotation
    if (j >= toks.size()) {
      return null;
    }
    if (colonStatement(f, cue, j)) {
      // وقال سموه : نرحب بكم …: the statement without marks runs on as a Persian one does, its final stop
      // left out as the Arabic annotations have it (round 16's مضيفًا:, round 36's وقال سموه :)
      return clause(f, cue, toks.get(j).start(), colonStatementEnd(f, toks.get(j).start()));
    }
    int stopsTo = colonThenComplementizer(f, cue, j) ? toks.get(j - 1).end() : toks.get(j).start();
    if (f.hasCharBetween(toks.get(cue.last()).end(), stopsTo, stops)
        || f.terminatorBetween(toks.get(cue.last()).end(), toks.get(j).start())) {
      return null; // … or the cue's sentence ended first (ولم يتم تأكيد الحصيلة. وقال X إن: the clause is X's)
    }
    j = skipAdjunct(f, j);
    String form = toks.get(j).form();
    int contentStart;
    if (masdar) {
      contentStart = toks.get(cue.last() + 1).start(); // مؤكدا أهمية …, وأكدت فتح تحقيق, نفت إصابة أحد
    } else if (f.lexicon.match(toks, j, CueKind.COMP) != null) {
      contentStart = toks.get(j).start();
    } else if (AR_TO.contains(form) && j + 1 < toks.size() && f.lexicon.match(toks, j + 1, CueKind.COMP) != null) {
      contentStart = toks.get(j + 1).start(); // أشار إلى أن
    } else if (AR_ALA.contains(form) && AR_ALA_VERBS.contains(stripClitic(toks.get(cue.first()).form()))
        && j + 1 < toks.size() && !toks.get(j + 1).form().equals("لسان")) { // أكدت X على لسان Y: whose words, not what
      contentStart = toks.get(j + 1).start();
    } else {
      boolean relative = relativeOnSubject(f, cue, j);
      int k = complementizerAhead(f, j, relative ? MAX_RELATIVE_LOOKAHEAD : MAX_COMP_LOOKAHEAD);
      if (k >= 0 && k - j > MAX_COMP_LOOKAHEAD && reportOpensClause(f, k)) {
        k = -1; // past the usual reach, a clause that reports someone else's words (إن X أكدت لها أن) is left to that cue
      }
      if (k < 0) {
        k = masdarAfterComma(f, cue);
      }
      if (k < 0) {
        k = complementizerAfterCommas(f, cue, j);
      }
      if (k < 0) {
        return null;
      }
      contentStart = toks.get(k).start();
    }
    return clause(f, cue, contentStart);
  }

  /**
   * The subject window of an Arabic cue ends at a colon that a complementizer follows right after (قال: إن
   * توعد …, وقالت: إنها تتوقع …): the house style of some desks for قال إن, a reported clause, not a quotation
   * (a quotation after the colon opens with its marks). Only the colon stands between: no marks, no word.
   */
  private static boolean colonThenComplementizer(FieldView f, CueLexicon.Hit cue, int j) {
    List<Token> toks = f.tokens;
    if (j <= cue.last() || f.lexicon.match(toks, j, CueKind.COMP) == null) {
      return false;
    }
    String gap = f.text.substring(toks.get(j - 1).end(), toks.get(j).start()).strip();
    if (!gap.equals(":") || f.spanAt(toks.get(j).start()) != null) {
      return false;
    }
    for (int k = cue.last() + 1; k < j; k++) {
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return false; // لم تعلن أي جماعة …، لكن السلطات تقول: إن: the colon is the later verb's
      }
    }
    return true;
  }

  /**
   * An Arabic cue whose subject window ends at a colon that words without marks follow, no complementizer
   * (that is {@link #colonThenComplementizer}) and no other speech verb between: a colon statement, with or
   * without a space before the colon.
   */
  private static boolean colonStatement(FieldView f, CueLexicon.Hit cue, int j) {
    List<Token> toks = f.tokens;
    if (j <= cue.last() || toks.get(cue.first()).form().equals("بين") // بين الكتابين …، وجدت X: 'between'
        || !f.visibleBetween(toks.get(j - 1).end(), toks.get(j).start()).trim().equals(":")
        || f.spanAt(toks.get(j).start()) != null || f.lexicon.match(toks, j, CueKind.COMP) != null) {
      return false;
    }
    for (int k = cue.last() + 1; k < j; k++) {
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null || f.insideQuote(toks.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of stressing and denying whose reported content may be a verbal noun right after them (folded). */
  private static final Set<String> AR_MASDAR_OBJECT_VERBS = StringSet.of("اكد", "اكدت", "يؤكد", "تؤكد", "مؤكدا", "مؤكدة",
      "شدد", "شددت", "مشددا", "مشددة", "نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافية");
  /** Verbal nouns of the fa'l pattern that such verbs take (دعم، فتح، رفض …) the fu'ul ones (حصول، سقوط) and the mim-masdars of death (مقتل): the other patterns are told by shape. */
  private static final Set<String> AR_SHORT_MASDARS = StringSet.of("دعم", "فتح", "رفض", "حرص", "سعي", "عزم", "وقوع", "وقوف", "التزام",
      "سير", "مقتل", "مصرع", "حصول", "وصول", "سقوط", "ثبوت", "دخول", "خروج", "وجود", "حدوث", "صدور", "قبول", "قصف", "قرار",
      "بقاء");

  /**
   * The word right after a subjectless verb of stressing or denying is a verbal noun, its object and the
   * content reported (مؤكدة ضرورة تحسين الخدمات): an indefinite word shaped like a masdar (…ة, تفعيل,
   * إفعال, استفعال) that no mention, role or stop word claims.
   */
  private static boolean masdarObject(FieldView f, CueLexicon.Hit cue, int j) {
    return masdarVerb(f, cue) && f.blankBetween(f.tokens.get(cue.last()).end(), f.tokens.get(j).start())
        && masdarShaped(f, j);
  }

  private static boolean masdarVerb(FieldView f, CueLexicon.Hit cue) {
    return cue.first() == cue.last() && AR_MASDAR_OBJECT_VERBS.contains(stripClitic(f.tokens.get(cue.first()).form()));
  }

  /** Proclitics (a conjunction or preposition) that a bare verbal-noun object never carries. */
  private static final Set<String> AR_CLITICS = StringSet.of("ب", "ل", "ك", "و", "ف");
  /**
   * Round 54: verbal nouns whose first root letter is و (وفاة، وقوع، وجود): their و is no conjunction (وأكد X وفاة
   * عسكري …: his death reported, not 'and').
   */
  private static final Set<String> AR_WAW_MASDARS = StringSet.of("وفاة", "وفاه", "وقوع", "وقوف", "وجود", "وصول", "ورود");

  /** Whether a folded word opens with a proclitic, which a bare verbal-noun object never carries. */
  private static boolean proclitic(String w) {
    return AR_CLITICS.contains(w.substring(0, 1)) && !AR_WAW_MASDARS.contains(w);
  }
  /**
   * Most words of a named subject between a verb of stressing and its verbal noun: round 54 raised it from 10 for a
   * secretary-general's office, title and four-word name (وأكد الأمين العام للمجلس الصحي السعودي الدكتور يعقوب بن
   * يوسف المزروع أهمية …).
   */
  private static final int MAX_SUBJECT_BEFORE_MASDAR = 14;

  /**
   * The verbal noun after a verb of stressing or denying and its named subject (أكدت اللجنة العامة
   * للانتخابات البلدية ضرورة تطبيق …، أكدت مؤسسة البريد السعودي استعدادها …): the first word shaped like a
   * masdar right after a mention or a definite word of the subject, with only spaces from the verb on. Its
   * index, or -1.
   */
  private static int masdarAfterNamedSubject(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    if (!masdarVerb(f, cue)) {
      return -1;
    }
    for (int k = cue.last() + 1; k < toks.size() && k - cue.last() <= MAX_SUBJECT_BEFORE_MASDAR; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.spanAt(t.start()) != null) {
        return -1; // punctuation or marks first: not one subject
      }
      Token before = toks.get(k - 1);
      boolean afterSubject = k > cue.last() + 1
          && (f.mentionAt(before) != null || before.form().startsWith("ال") && f.lexicon.match(toks, k - 1, CueKind.STOP) == null);
      if (afterSubject && !proclitic(t.form()) && masdarShaped(f, k)) {
        return k; // the verbal noun is the bare object: بمنطقة, لكرة, وشركة belong to the subject
      }
      if (f.lexicon.matchAny(toks, k, CueKind.COMP, CueKind.VERB, CueKind.CONT, CueKind.STOP) != null) {
        return -1; // a preposition or a clause first: the verb's object is not a verbal noun here
      }
    }
    return -1;
  }

  /** Most words of a subject or adjunct that a comma closes before the verbal noun of a verb of stressing. */
  private static final int MAX_BEFORE_COMMA_MASDAR = 12;

  /**
   * The verbal noun after a verb of stressing or denying once a comma closes the subject or an adjunct
   * between them (مؤكدا في السياق ذاته، أهمية …; وأكد رئيس المجلس، خلال اللقاء، حرص …): the word right after
   * the first comma, when it is shaped like a masdar and no complementizer, speech verb, marks or stop came
   * first, and the words after it are no short apposition. Tried only when the verb has no complementizer
   * ahead. Its index, or -1.
   */
  private static int masdarAfterComma(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    if (!masdarVerb(f, cue)) {
      return -1;
    }
    for (int k = cue.last() + 1; k < toks.size() && k - cue.last() <= MAX_BEFORE_COMMA_MASDAR; k++) {
      Token t = toks.get(k);
      int gapFrom = toks.get(k - 1).end();
      if (f.spanAt(t.start()) != null || f.terminatorBetween(gapFrom, t.start())
          || f.hasCharBetween(gapFrom, t.start(), ".:؛;\"«»“”()")) {
        return -1;
      }
      if (k > cue.last() + 1 && f.hasCharBetween(gapFrom, t.start(), "،,")) {
        return !apposition(f, k) && !proclitic(t.form()) && masdarShaped(f, k) ? k : -1;
      }
      if (f.lexicon.matchAny(toks, k, CueKind.COMP, CueKind.VERB, CueKind.CONT) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Most words of an apposition set off by commas after a name (X، محامية Y، …). */
  private static final int MAX_APPOSITION = 4;

  /**
   * Whether the words from {@code k} close with another comma within a few words: an apposition after a
   * name (نفت ليا تسيميل، محامية حزران الإسرائيلية، التهم …: her role, not the denied content).
   */
  private static boolean apposition(FieldView f, int k) {
    List<Token> toks = f.tokens;
    for (int j = k + 1; j < toks.size() && j - k <= MAX_APPOSITION; j++) {
      if (f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), "،,")) {
        return true;
      }
    }
    return false;
  }

  private static boolean masdarShaped(FieldView f, int j) {
    List<Token> toks = f.tokens;
    if (f.mentionAt(toks.get(j)) != null
        || f.lexicon.matchAny(toks, j, CueKind.ROLE, CueKind.EPITHET, CueKind.HONORIFIC, CueKind.STOP, CueKind.PRONOUN,
            CueKind.COMP, CueKind.VERB) != null) {
      return false;
    }
    String w = toks.get(j).form();
    if (w.startsWith("ال") || w.length() < 3 || Character.isDigit(w.charAt(0))) {
      return false;
    }
    if (masdarStem(w)) {
      return true;
    }
    // the verbal noun with its doer's pronoun (أكد حرصه على, أكدت استعدادها, أكد سعادته ب): not when an أن
    // follows, where the word is the subject (أكدت حكومته أن, وأكد سعادته أن: his excellency)
    String stem = possessed(w);
    return stem != null && masdarStem(stem) && complementizerAhead(f, j, MAX_COMP_LOOKAHEAD) < 0
        && (j + 1 >= toks.size() || f.lexicon.match(toks, j + 1, CueKind.COMP) == null);
  }

  private static boolean masdarStem(String w) {
    return w.endsWith("ة") || AR_SHORT_MASDARS.contains(w)
        || w.length() >= 5 && (w.charAt(0) == 'ت' || w.startsWith("است") || w.charAt(0) == 'ا' && w.charAt(3) == 'ا')
        || fourLetterMasdar(w);
  }

  /** Possessive pronouns a verbal noun may carry (his, her, their, their two). */
  private static final List<String> AR_POSSESSIVES = List.of("هما", "هم", "ها", "ه");

  /** The word without its possessive pronoun, its ت back to the ة it was (سعادته → سعادة), or null. */
  private static String possessed(String w) {
    for (String p : AR_POSSESSIVES) {
      if (w.endsWith(p) && w.length() - p.length() >= 3) {
        String stem = w.substring(0, w.length() - p.length());
        return stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ة" : stem;
      }
    }
    return null;
  }

  /**
   * A tafa''ul verbal noun, four letters once folding drops its doubled letter (تحطّم, تقدّم, تمسّك). The
   * fu'ul and mim shapes are those of broken plurals and place nouns too (شهود, ضحوا; مجلس, مصدر), so their
   * frequent verbal nouns are listed with the short masdars instead.
   */
  private static boolean fourLetterMasdar(String w) {
    return w.length() == 4 && w.charAt(0) == 'ت';
  }

  /** How far past a long subject or adjunct the complementizer of an Arabic cue may stand. */
  private static final int MAX_COMP_LOOKAHEAD = 12;
  /** How far past a relative pronoun ending the subject (its clause, then an adjunct) the complementizer may stand. */
  private static final int MAX_RELATIVE_LOOKAHEAD = 20;
  /** Relative pronouns (folded) that open a clause on the subject between a verb and its complementizer. */
  private static final Set<String> AR_RELATIVES = StringSet.of("الذي", "التي", "الذين");
  /**
   * The subject of a finite speech verb opening its sentence or clause ends in a relative pronoun (وأكد X الذي
   * … في مؤتمر صحافي أن, وأشارت الممثلة، التي …، إلى أنها): the relative clause describes the speaker and may
   * run long before the verb's complementizer. A participle's words are its object, not a subject, marks
   * before the relative hold a title it describes, and a cue word inside a sentence may be no verb at all (بين
   * as a preposition), so none of those qualifies.
   */
  private static boolean relativeOnSubject(FieldView f, CueLexicon.Hit cue, int j) {
    List<Token> toks = f.tokens;
    if (cue.kind() != CueKind.VERB || j <= cue.last() + 1 || !AR_RELATIVES.contains(toks.get(j).form())
        || f.hasCharBetween(toks.get(cue.last()).end(), toks.get(j).start(), "\"«»“”")) {
      return false;
    }
    int k = cue.first();
    return k == f.tokenAtOrAfter(f.sentenceStart(toks.get(k).start()))
        || k > 0 && (AR_BEFORE_OPENING_VERB.contains(toks.get(k - 1).form())
            || f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), "،,"));
  }

  /** How many words into a clause its own speech verb marks it as someone else's report. */
  private static final int MAX_NESTED_CUE_OFFSET = 4;

  /** A speech verb within the first few words after the complementizer at token k. */
  private static boolean reportOpensClause(FieldView f, int k) {
    for (int m = k + 1; m < f.tokens.size() && m - k <= MAX_NESTED_CUE_OFFSET; m++) {
      if (f.lexicon.match(f.tokens, m, CueKind.VERB) != null) {
        return true;
      }
    }
    return false;
  }

  /** Words right before a sentence's own verb (وكان X قد أوضح): the verb still opens its clause. */
  private static final Set<String> AR_BEFORE_OPENING_VERB = StringSet.of("قد", "وقد", "كان", "وكان", "كانت", "وكانت");

  /** Words before أن that make it a conjunction of time, manner or mood, not a reported clause's opener. */
  private static final Set<String> AR_NOT_REPORTING_BEFORE_COMP = StringSet.of("بعد", "قبل", "منذ", "حتى", "دون", "من",
      "يجب", "يمكن", "ينبغي", "بد", "لابد", "عن", "بدل", "بعدما", "رغم", "مع", "يريد", "تريد", "يحاول", "تحاول", "كما",
      "بما", "لدرجة");

  /**
   * The complementizer of a cue whose subject or adjunct runs long (ذكر مسلحون في جماعة نفذت التفجيرات،
   * أنهم …; لفت في حديث لمجلة «X» الألمانية إلى أنه …): the first أن within a few words after token j,
   * in the same sentence, with no other cue, no colon and no quotation longer than a name between; -1 if none.
   */
  private static int complementizerAhead(FieldView f, int j, int lookahead) {
    List<Token> toks = f.tokens;
    for (int k = j + 1; k < toks.size() && k - j <= lookahead; k++) {
      Token t = toks.get(k);
      if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ".:؛;!?؟")) {
        return -1;
      }
      QuoteSpan q = f.spanAt(t.start());
      if (q != null) {
        if (!q.closed() || f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart()) >= QuotedName.MIN_SAID_TOKENS) {
          return -1; // words said, not a name in marks
        }
        continue;
      }
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.SOURCE) != null) {
        return -1;
      }
      if (f.lexicon.match(toks, k, CueKind.COMP) != null) {
        if (AR_NOT_REPORTING_BEFORE_COMP.contains(stripClitic(toks.get(k - 1).form()))) {
          return -1;
        }
        return k;
      }
    }
    return -1;
  }

  /** How far past the subject window a complementizer set off by a comma may stand. */
  private static final int MAX_COMMA_COMP_LOOKAHEAD = 30;
  /** Prepositions a verb takes before its complementizer (أشار إلى أن, حذر من أن). */
  private static final Set<String> AR_BEFORE_COMP_PREPOSITIONS = StringSet.of("الى", "إلى", "الي", "من");
  /** Verbs of showing (folded), whose subject is mostly a finding, not a speaker. */
  private static final Set<String> AR_SHOWING = StringSet.of("اظهر", "اظهرت", "يظهر", "تظهر", "أظهر", "أظهرت");

  /**
   * The complementizer of a finite speech verb opening its sentence or clause, after the subject and adjuncts
   * or appositions set off by commas that run past the usual reach or hold a preposition (وحذر X، في جلسة …،
   * هذا الأسبوع، من أن …; قالت X، Y، في اجتماع مغلق مع …، إنه …; أوضح X خلال استقباله Y، Z، أمس في الرياض،
   * أن …). The comma right before it (or before its إلى/من) closes the last interposed phrase, which is what
   * keeps a complementizer of the interposed words themselves out; no other complementizer, cue, colon, stop
   * or words in marks may stand between. Its index, or -1.
   */
  private static int complementizerAfterCommas(FieldView f, CueLexicon.Hit cue, int j) {
    List<Token> toks = f.tokens;
    int v = cue.first();
    boolean opens = v == f.tokenAtOrAfter(f.sentenceStart(toks.get(v).start()))
        || v > 0 && (AR_BEFORE_OPENING_VERB.contains(toks.get(v - 1).form())
            || f.hasCharBetween(toks.get(v - 1).end(), toks.get(v).start(), "،,"));
    // the words after the subject must open an interposed phrase (a comma, or an adjunct's first word): a verb
    // with its object already there (أعلنت X رفضهما، …، وسط اعتقاد …، بأنها) has no clause to reach for; and
    // a showing verb's subject is a thing (وأظهرت الأشهر الماضية …، أن), whose clause the near reach alone takes
    if (cue.kind() != CueKind.VERB || !opens || j >= toks.size() || AR_SHOWING.contains(stripClitic(toks.get(v).form()))
        || !f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), "،,") && f.lexicon.match(toks, j, CueKind.STOP) == null) {
      return -1;
    }
    for (int k = j + 1; k < toks.size() && k - j <= MAX_COMMA_COMP_LOOKAHEAD; k++) {
      Token t = toks.get(k);
      if (f.terminatorBetween(toks.get(k - 1).end(), t.start())
          || f.hasCharBetween(toks.get(k - 1).end(), t.start(), ".:؛;!?؟\"«»“”")) {
        return -1;
      }
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.SOURCE) != null) {
        return -1;
      }
      if (f.lexicon.match(toks, k, CueKind.COMP) != null) {
        int before = AR_BEFORE_COMP_PREPOSITIONS.contains(toks.get(k - 1).form()) ? k - 1 : k;
        return before > j && f.hasCharBetween(toks.get(before - 1).end(), toks.get(before).start(), "،,")
            && !reportOpensClause(f, k) ? k : -1;
      }
    }
    return -1;
  }

  /** Markers of an attribution after its clause: '…، حسبما ذكر شهود', '…، وفق ما أعلنت الشرطة'. */
  private static final Set<String> AR_AS_MARKERS = StringSet.of("حسبما", "وفقما", "مثلما");
  /** Heads before ما that make it "as": وفق ما, بحسب ما, and the agency style على ما نقلت X (folded: علي). */
  private static final Set<String> AR_AS_HEADS = StringSet.of("وفق", "حسب", "وفقا", "بحسب", "علي", "طبقا");
  /** وذلك before حسبما only takes up the clause before its comma (…، وذلك حسبما أفاد X). */
  private static final String AR_DHALIKA = "وذلك";
  private static final Set<String> AR_MA = StringSet.of("ما", "لما");
  /** كما, "as", before a speech verb after a comma: '…، كما قال X.' when the source closes its sentence. */
  private static final String AR_KAMA = "كما";
  /**
   * Speech verbs (folded) whose object pronoun takes up the clause before them after حسبما / وفق ما (وفق ما
   * أكدته مصادر, حسبما ذكرته وسائل الإعلام): the relative ما needs it, so the plain verb lists miss them.
   */
  private static final Set<String> AR_RESUMPTIVE_VERBS = StringSet.of("ذكرته", "ذكره", "اكدته", "اكده", "اعلنته", "اعلنه",
      "نقلته", "نقله", "نشرته", "نشره", "قالته", "قاله", "اوردته", "اورده", "اوضحته", "اوضحه", "اظهرته", "اظهره",
      "كشفته", "كشفه", "اعلنتها", "ذكرتها", "اوردتها");

  /** The first token of حسبما / وفق ما right before the verb (its clause is the one before the comma), or -1. */
  private static int asMarker(FieldView f, CueLexicon.Hit cue) {
    int k = cue.first() - 1;
    if (k < 0) {
      return -1;
    }
    String w = f.tokens.get(k).form();
    if (AR_AS_MARKERS.contains(w)) {
      return k;
    }
    if (AR_KAMA.equals(w)) {
      // كما also adds a fact (…، كما أكد أن …): only a source that ends its sentence attributes the clause before
      return cue.kind() == CueKind.VERB && sourceClosesSentence(f, cue) ? k : -1;
    }
    return AR_MA.contains(w) && k > 0 && AR_AS_HEADS.contains(f.tokens.get(k - 1).form()) ? k - 1 : -1;
  }

  /**
   * The words after the verb are only its subject up to the sentence's end (…، كما قال المرصد السوري.):
   * at most {@link #MAX_SOURCE_TOKENS}, no complementizer, speech verb, colon or comma among them.
   */
  private static boolean sourceClosesSentence(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int end = f.sentenceEnd(toks.get(cue.last()).start());
    for (int k = cue.last() + 1; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.start() >= end) {
        return k > cue.last() + 1;
      }
      if (k > cue.last() + 1 && "ar".equals(f.lang()) && ArabicSourceAdjuncts.opensAt(toks, k)) {
        return ArabicSourceAdjuncts.runsToSentenceEnd(f, k, end);
      }
      if (k - cue.last() > MAX_SOURCE_TOKENS || f.hasCharBetween(toks.get(k - 1).end(), t.start(), ":,،")
          || f.lexicon.matchAny(toks, k, CueKind.COMP, CueKind.VERB, CueKind.CONT) != null) {
        return false;
      }
    }
    return toks.size() > cue.last() + 1; // the field ends with the source
  }

  /**
   * A source phrase (according to, بحسب, وفقا لـ): after a comma it attributes the clause before it
   * ('…, according to the agency.', '…، بحسب البيان.'); opening its sentence and closed by a comma, the
   * clause after it ('According to the police, …', 'ووفقا لتقارير صحافية، …').
   */
  private static Candidate sourced(FieldView f, CueLexicon.Hit source) {
    List<Token> toks = f.tokens;
    int first = source.first();
    int start = toks.get(first).start();
    if (first > 0 && f.hasCharBetween(toks.get(first - 1).end(), start, ",،")) {
      // an announcement's source after a comma opens the clause after it, never closes the one before
      // (به گزارش خبرگزاری فارس، بر اساس اعلام دبیرخانه X، …: the dateline before it is no one's words)
      return announcedSource(f, source) || reportSource(f, source) ? null : trailingAfterComma(f, source, first);
    }
    if (f.tokenAtOrAfter(f.sentenceStart(start)) != first) {
      return null;
    }
    int sentenceEnd = f.sentenceEnd(start);
    int named = afterPersianSaidName(f, source, sentenceEnd);
    if (named >= 0) {
      return clause(f, source, toks.get(named).start()); // به گفته وی تعداد …: no comma after the one who said it
    }
    int faInna = "ar".equals(f.lang()) ? faInnaWithoutComma(f, source, sentenceEnd) : -1;
    if (faInna >= 0) {
      // وبحسب دريك فإن …: no comma before فإن
      return clause(f, source, toks.get(faInna).start(), nextSpeakerBreak(f, faInna, sentenceEnd));
    }
    int maxTokens = "ar".equals(f.lang()) ? MAX_AR_SOURCE_TOKENS_BEFORE_FA_INNA : MAX_SOURCE_TOKENS;
    for (int k = source.last() + 1; k < toks.size() && k - source.last() <= maxTokens; k++) {
      Token t = toks.get(k);
      if (t.start() >= sentenceEnd) {
        return null;
      }
      if (k - source.last() > MAX_SOURCE_TOKENS) {
        // a long source phrase (the source's description, وهو ناشط …, the time it spoke) runs on only to
        // the comma and فإن that open its clause: فإن takes up what the phrase before it fronted
        if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",،")) {
          return AR_SO_COMP.contains(t.form()) && k + 1 < toks.size() ? clause(f, source, toks.get(k + 1).start()) : null;
        }
        if (f.insideQuote(t)) {
          return null;
        }
        continue;
      }
      if (f.insideQuote(t)) {
        if ("fa".equals(f.lang())) {
          continue; // به نوشته روزنامه «همشهری»، : a name in marks inside the source phrase
        }
        int after = "ar".equals(f.lang()) && k - source.last() <= 2
            ? afterMarkedSourceName(f, f.spanAt(t.start()), sentenceEnd) : -1; // the medium's kind, then its name
        if (after >= 0) {
          return clause(f, source, toks.get(after).start()); // ووفقا لمجلة «X» هناك …: no comma after the name
        }
        return null;
      }
      if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",،")) {
        int from = k;
        if ("ar".equals(f.lang()) && AR_SO_COMP.contains(t.form()) && k + 1 < toks.size()) {
          from = k + 1; // وحسب المصدر، فإن …
        }
        int verbAt = "ar".equals(f.lang()) && AR_QAD.contains(toks.get(from).form()) && from + 1 < toks.size() ? from + 1 : from;
        if (f.lexicon.matchAny(toks, verbAt, CueKind.VERB, CueKind.COMP) != null) {
          return null; // ووفقا لمصادر، فقد أكدت أن …: the verb's own clause, the source its subject
        }
        if (reportSource(f, source) && (someoneSpeaks(f, k, sentenceEnd, false) || tellsOfSpeaking(f, k, sentenceEnd))) {
          // بنا بر گزارش خبرگزاری X، «Y» گفت: … / بنا بر گزارش X، وزیر در مصاحبه‌ای … اظهارنظر کرد: the report
          // relays Y, whose words are Y's own
          return null;
        }
        return clause(f, source, toks.get(from).start());
      }
    }
    return null;
  }

  private static final int MAX_SOURCE_TOKENS = 8;

  /**
   * Round 50: an Arabic source phrase opening its sentence often runs into فإن with no comma (وبحسب دريك فإن …,
   * وبحسب خبراء شركة «X» لحماية الهواتف فإن …); فإن takes up the fronted source as it does after a comma. The
   * first token of the clause after فإن, or -1 when a comma, a speech verb or complementizer, or the sentence's end
   * comes first (those are read as before). Words in marks on the way are the source's name.
   */
  private static int faInnaWithoutComma(FieldView f, CueLexicon.Hit source, int sentenceEnd) {
    List<Token> toks = f.tokens;
    for (int k = source.last() + 1; k + 1 < toks.size() && k - source.last() <= MAX_AR_SOURCE_TOKENS_BEFORE_FA_INNA; k++) {
      Token t = toks.get(k);
      if (t.start() >= sentenceEnd || f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",،:")) {
        return -1;
      }
      if (f.insideQuote(t)) {
        continue;
      }
      if (AR_SO_COMP.contains(t.form())) {
        return k > source.last() + 1 && toks.get(k + 1).start() < sentenceEnd ? k + 1 : -1;
      }
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where a clause opened by {@link #faInnaWithoutComma} ends when the same sentence goes on, with no comma, to
   * another speaker (… «الدجكة» ويقول أحد السماسرة إن …): before a speech verb with و whose complementizer
   * comes two to four words later, past its own subject; the sentence's end otherwise. The same subject going on
   * (… اعترض على X واعتبر أن …) keeps the clause.
   */
  private static int nextSpeakerBreak(FieldView f, int first, int sentenceEnd) {
    List<Token> toks = f.tokens;
    for (int j = first + 1; j + 2 < toks.size() && toks.get(j).start() < sentenceEnd; j++) {
      if (f.insideQuote(toks.get(j)) || !toks.get(j).form().startsWith("و")
          || f.lexicon.match(toks, j, CueKind.VERB) == null) {
        continue;
      }
      for (int k = j + 2; k <= j + 4 && k < toks.size() && toks.get(k).start() < sentenceEnd; k++) {
        if (f.lexicon.match(toks, k, CueKind.COMP) != null) {
          return toks.get(j - 1).end();
        }
      }
    }
    return sentenceEnd;
  }

  /**
   * Persian به گفته opening its sentence with no comma after the one who said it (به گفته وی تعداد …, به گفته
   * قاسمی هر …): the clause starts right after a personal pronoun or a person or body mention that follows
   * the cue, when a plain space leads into a word that is no cue of its own. Its first token, or -1 (a
   * comma after the name is read as usual).
   */
  private static int afterPersianSaidName(FieldView f, CueLexicon.Hit source, int sentenceEnd) {
    List<Token> toks = f.tokens;
    int k = source.last() + 1;
    if (!"fa".equals(f.lang()) || k >= toks.size() || !FA_SAID.equals(toks.get(source.last()).form())) {
      return -1;
    }
    int next = k + 1;
    if (!Pronouns.personal(toks.get(k).form())) {
      MentionRef m = f.mentionAt(toks.get(k));
      if (m == null || !m.personOrOrg() || m.start() != toks.get(k).start()) {
        return -1;
      }
      next = f.tokenAtOrAfter(m.end());
    }
    if (next >= toks.size() || toks.get(next).start() >= sentenceEnd
        || !f.blankBetween(toks.get(next - 1).end(), toks.get(next).start()) || f.spanAt(toks.get(next).start()) != null
        || f.lexicon.matchAny(toks, next, CueKind.VERB, CueKind.COMP, CueKind.CONT, CueKind.SOURCE) != null) {
      return -1;
    }
    return next;
  }

  /** The participle of به گفته (folded). */
  private static final String FA_SAID = "گفته";
  /** How far an Arabic source phrase may run when a comma and فإن close it (وبحسب X وهو Y …، فإن …). */
  private static final int MAX_AR_SOURCE_TOKENS_BEFORE_FA_INNA = 20;
  /** Most words of a medium's name in marks inside an Arabic source phrase (لمجلة «X»). */
  private static final int MAX_MARKED_SOURCE_NAME_WORDS = 4;

  /**
   * An Arabic source phrase that ends with a medium's name in marks and runs on into its clause without a
   * comma (ووفقا لمجلة «كيكر» الألمانية هناك …): the first token of the clause, past the name and at most two
   * definite adjectives after it; -1 when a comma follows (handled as usual), the sentence ends, or a verb or
   * complementizer comes next (the source is then that verb's subject).
   */
  private static int afterMarkedSourceName(FieldView f, QuoteSpan q, int sentenceEnd) {
    List<Token> toks = f.tokens;
    if (q == null || !q.closed()
        || f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart()) > MAX_MARKED_SOURCE_NAME_WORDS) {
      return -1;
    }
    int k = f.tokenAtOrAfter(q.outerEnd());
    int gapFrom = q.outerEnd();
    for (int adjectives = 0; k < toks.size() && adjectives < 2 && toks.get(k).form().startsWith("ال")
        && f.blankBetween(gapFrom, toks.get(k).start()); adjectives++) {
      gapFrom = toks.get(k).end();
      k++;
    }
    if (k >= toks.size() || toks.get(k).start() >= sentenceEnd || !f.blankBetween(gapFrom, toks.get(k).start())
        || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP, CueKind.CONT, CueKind.SOURCE) != null
        || f.spanAt(toks.get(k).start()) != null) {
      return -1;
    }
    return k;
  }

  /** Most words of a Persian report opening up to its comma: the agency, به نقل از, the office and its body. */
  private static final int MAX_FA_REPORT_TOKENS = 20;
  private static final Set<String> FA_PUBLIC = StringSet.of("عمومي", "عمومی");

  /** Whether {@code cue} is a public relations report's as {@link #publicRelationsReport} builds it (… روابط عمومی). */
  static boolean publicRelationsCue(FieldView f, CueLexicon.Hit cue) {
    return cue != null && cue.kind() == CueKind.SOURCE && "fa".equals(f.lang())
        && f.tokens.get(cue.last()).form().startsWith("عموم");
  }

  /**
   * Round 28: a body's public relations reporting an event (به گزارش روابط عمومی X، … / به گزارش خبرگزاری
   * فارس به نقل از روابط عمومی X، …) is the body's own account, INDIRECT with the body as speaker, when
   * nobody in the sentence speaks for himself (no speech verb, colon or marks after the comma): then the cue runs through روابط عمومی so that the body after it is the subject. Null otherwise.
   */
  private static Candidate publicRelationsReport(FieldView f, CueLexicon.Hit source) {
    List<Token> toks = f.tokens;
    int first = source.first();
    int start = toks.get(first).start();
    if (f.tokenAtOrAfter(f.sentenceStart(start)) != first) {
      return null;
    }
    int sentenceEnd = f.sentenceEnd(start);
    int office = -1;
    int comma = -1;
    for (int k = source.last() + 1; k < toks.size() && k - source.last() <= MAX_FA_REPORT_TOKENS; k++) {
      Token t = toks.get(k);
      if (t.start() >= sentenceEnd || f.hasCharBetween(toks.get(k - 1).end(), t.start(), ":")) {
        return null;
      }
      if (office >= 0 && f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",،")) {
        comma = k;
        break;
      }
      if (t.form().equals("روابط") && k + 1 < toks.size() && FA_PUBLIC.contains(toks.get(k + 1).form())) {
        office = k + 1;
      }
    }
    if (comma < 0 || comma - office < 2) {
      return null; // no body named after روابط عمومی before the comma
    }
    if (someoneSpeaks(f, comma, sentenceEnd, true)) {
      return null; // the report only relays them (as r10)
    }
    return clause(f, new CueLexicon.Hit(CueKind.SOURCE, first, office), toks.get(comma).start());
  }

  /**
   * Whether someone speaks in the sentence from token {@code from} (a report's comma) to {@code sentenceEnd}: a colon,
   * a speech verb or a source other than a body's own announcement, and with {@code marksSpeak} any marks (a report
   * of another medium leaves them out: Fars marks names, طبق گزارش X، هدف … خرید «جیدون سانچو» است); که alone is
   * mostly relative.
   */
  private static boolean someoneSpeaks(FieldView f, int from, int sentenceEnd, boolean marksSpeak) {
    List<Token> toks = f.tokens;
    for (int k = from; k < toks.size() && toks.get(k).start() < sentenceEnd; k++) {
      if (marksSpeak && f.spanAt(toks.get(k).start()) != null || k > from && f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ":")
          || relaying(f, f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.SOURCE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Persian source phrases that attribute the clause after their comma: به گفته X، / به نوشته X، and بر اساس
   * اظهارات/توضیحات X، (what X stated or explained), not به گزارش.
   */
  private static boolean persianAttributiveSource(List<Token> toks, CueLexicon.Hit source) {
    String second = source.last() > source.first() ? toks.get(source.first() + 1).form() : "";
    return second.equals("گفته") || second.equals("نوشته") || FA_STATEMENT_NOUNS.contains(toks.get(source.last()).form())
        || reportSource(toks, source);
  }
  /**
   * Whether a cue inside a public relations report's sentence has someone else speak there; a body's own
   * announcement (بر اساس اعلام مدیریت X،) is no one else's voice, and the report stays the body's (round 54).
   */
  private static boolean relaying(FieldView f, CueLexicon.Hit h) {
    return h != null && !announcedSource(f, h);
  }

  /** A Persian source named by what it announced (بر اساس اعلام X، , بنا بر اعلام X، , طبق اعلام X،), round 54. */
  private static boolean announcedSource(FieldView f, CueLexicon.Hit h) {
    return h.kind() == CueKind.SOURCE && "fa".equals(f.lang()) && f.tokens.get(h.last()).form().equals(FA_ANNOUNCEMENT);
  }

  private static final String FA_ANNOUNCEMENT = "اعلام";

  /**
   * A Persian source named by its report (بر اساس گزارش روزنامه X، , بنا بر گزارش رویترز، , طبق گزارش X،), round
   * 54b: it attributes the clause after its comma as بر اساس اعلام X، does; به گزارش X، is the agency's dateline.
   */
  private static boolean reportSource(FieldView f, CueLexicon.Hit h) {
    return h.kind() == CueKind.SOURCE && "fa".equals(f.lang()) && reportSource(f.tokens, h);
  }

  private static boolean reportSource(List<Token> toks, CueLexicon.Hit h) {
    return h.last() > h.first() && toks.get(h.last()).form().equals(FA_REPORT) && !toks.get(h.first()).form().equals(FA_TO);
  }

  /**
   * Whether the sentence from token {@code from} tells of someone speaking (an interview, a speech, a comment), whose
   * words follow in their own sentences: a report's clause then relays the act, not the report's own words.
   */
  private static boolean tellsOfSpeaking(FieldView f, int from, int sentenceEnd) {
    List<Token> toks = f.tokens;
    for (int k = from; k < toks.size() && toks.get(k).start() < sentenceEnd; k++) {
      if (FA_SPEECH_EVENTS.contains(toks.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /** Persian nouns of an act of speaking (folded): interview, comment, speech, conversation. */
  private static final Set<String> FA_SPEECH_EVENTS = StringSet.of("مصاحبه", "اظهارنظر", "سخنرانی", "گفتگو");

  private static final String FA_REPORT = "گزارش";
  private static final String FA_TO = "به";

  /** The nouns of بر اساس اظهارات/توضیحات/اعلام X (folded). */
  private static final Set<String> FA_STATEMENT_NOUNS = StringSet.of("اظهارات", "توضیحات", "اعلام");
  /** The particle قد (with ف or و) before a perfect verb. */
  private static final Set<String> AR_QAD = StringSet.of("قد", "فقد", "وقد", "لقد");
  private static final Set<String> AR_SO_COMP = StringSet.of("فان", "فإن", "فانه", "فإنه", "فانها", "فإنها");

  /** Whether a folded token is فإن (with or without its pronoun), which opens the clause after a fronted source. */
  static boolean faInna(String form) {
    return AR_SO_COMP.contains(form);
  }

  /**
   * The clause of a sentence before the comma that precedes token {@code marker} (a source phrase, or
   * حسبما before a verb): '…، حسبما ذكر شهود عيان'.
   */
  private static Candidate trailingAfterComma(FieldView f, CueLexicon.Hit cue, int marker) {
    List<Token> toks = f.tokens;
    int markerStart = toks.get(marker).start();
    int comma = markerStart - 1;
    while (comma >= 0 && Character.isWhitespace(f.text.charAt(comma))) {
      comma--;
    }
    if (comma >= 0 && f.text.charAt(comma) != ',' && f.text.charAt(comma) != '،') {
      comma = -1;
    }
    if (comma < 0) {
      return null;
    }
    return clauseBefore(f, cue, comma);
  }

  /**
   * The clause an "as X said" phrase (حسبما / بحسب ما / وفق ما / طبقا لما and a verb) closes: after a comma as
   * any trailing source; with no comma (… بحسب ما أوضح X.) only when the verb and its subject end the sentence,
   * so that a mid-sentence "according to what" (حسب ما يسمح وقتي) is no attribution. كما with no comma stays
   * out: it compares as often as it attributes (كما ذكرت أعلاه, 'as I said above').
   */
  private static Candidate trailingAs(FieldView f, CueLexicon.Hit cue, int as) {
    int marker = as > 0 && AR_DHALIKA.equals(f.tokens.get(as - 1).form()) ? as - 1 : as;
    Candidate c = trailingAfterComma(f, cue, marker);
    if (c != null || AR_KAMA.equals(f.tokens.get(as).form()) || !sourceClosesSentence(f, cue)
        || !f.blankBetween(f.tokens.get(Math.max(marker - 1, 0)).end(), f.tokens.get(marker).start())) {
      return c;
    }
    return clauseBefore(f, cue, f.tokens.get(marker).start());
  }

  /** The clause from its sentence's start to {@code end} (a comma or a trailing marker), or null. */
  private static Candidate clauseBefore(FieldView f, CueLexicon.Hit cue, int end) {
    List<Token> toks = f.tokens;
    int comma = end;
    int sentenceStart = f.sentenceStart(comma);
    QuoteSpan q = f.spanAt(comma - 1);
    if (q != null && q.outerStart() <= sentenceStart + 1) {
      return null; // a quotation opens the sentence: it is the words attributed, DIRECT
    }
    int cs = Trim.start(f.text, sentenceStart, comma);
    int ce = Trim.end(f.text, cs, comma);
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < MIN_CLAUSE_TOKENS + 1) {
      return null;
    }
    for (int k = f.tokenAtOrAfter(cs); k < toks.size() && toks.get(k).start() < ce; k++) {
      if (!f.insideQuote(toks.get(k)) && f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return null; // the sentence has a speech verb of its own
      }
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, comma, true), null, false);
  }

  /** How many tokens a subject and its adjuncts may take before a quoted addressee. */
  private static final int MAX_BEFORE_ADDRESSEE = 8;

  /**
   * The complementizer right after a quoted addressee (لـ«الوطن» أن, لـ"واس"، إن) within a few tokens of
   * token j, with no sentence break or other speech verb before it; -1 if there is none.
   */
  private static int clauseAfterAddressee(FieldView f, int j) {
    List<Token> toks = f.tokens;
    for (int k = j; k < toks.size() && k - j < MAX_BEFORE_ADDRESSEE; k++) {
      if (k > j && f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ".:؛;!?؟")) {
        return -1;
      }
      QuoteSpan q = f.spanAt(toks.get(k).start());
      if (q == null) {
        if (k > j && f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.COMP) != null) {
          return -1;
        }
        continue;
      }
      if (!quotedAddresseesOnly(f, q.outerStart(), q.outerEnd())) {
        return -1;
      }
      int n = f.tokenAtOrAfter(q.outerEnd());
      if (n < toks.size() && f.onlySpaceOrComma(q.outerEnd(), toks.get(n).start())
          && f.lexicon.match(toks, n, CueKind.COMP) != null) {
        return n;
      }
      return -1;
    }
    return -1;
  }

  /**
   * Whether the quotations in [from, to) are all short names governed by the preposition لـ (لـ«الشرق
   * الأوسط», لـ"واس"): an addressee, not words said. False when there is none.
   */
  static boolean quotedAddresseesOnly(FieldView f, int from, int to) {
    return everyQuotationIn(f, from, to, q -> {
      if (q.outerEnd() > to || q.outerStart() < 2) {
        return false;
      }
      char before = f.text.charAt(q.outerStart() - 1);
      char before2 = f.text.charAt(q.outerStart() - 2);
      boolean lam = before == 'ل' || before == 'ـ' && before2 == 'ل';
      return lam && f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart()) <= 4;
    });
  }

  /**
   * Every quotation between {@code from} and {@code to} is closed, holds at most four words that read as a
   * name ({@link QuotedName}) and stands after a word of the subject, not right after the verb: a name in
   * marks inside the subject's description, no quotation of the speaker's words.
   */
  static boolean quotedNamesInSubject(FieldView f, int from, int to) {
    return everyQuotationIn(f, from, to, q -> {
      int words = f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart());
      return words <= 4 && QuotedName.is(f, q.contentStart(), q.contentEnd(), words, f.charBefore(q.outerStart()));
    });
  }

  /**
   * Whether some quotation overlaps [from, to) and every one that does is closed, opens at or after
   * {@code from} (it may close after {@code to}: the subject's limit may stop inside the marks) and passes
   * {@code test}.
   */
  private static boolean everyQuotationIn(FieldView f, int from, int to, java.util.function.Predicate<QuoteSpan> test) {
    boolean any = false;
    for (QuoteSpan q : f.spans) {
      if (q.outerEnd() <= from || q.outerStart() >= to) {
        continue;
      }
      if (!q.closed() || q.outerStart() < from || !test.test(q)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Words a time or place adjunct may take before the clause (أشار في الوقت نفسه إلى أن …). */
  private static final int MAX_ADJUNCT_TOKENS = 5;

  /**
   * An adjunct opened by a stop word between the subject and the clause: the token of the complementizer
   * (or of إلى before it) right after it, else j unchanged.
   */
  private static int skipAdjunct(FieldView f, int j) {
    List<Token> toks = f.tokens;
    if (f.lexicon.match(toks, j, CueKind.STOP) == null || AR_TO.contains(toks.get(j).form())) {
      return j;
    }
    for (int k = j + 1; k < toks.size() && k - j <= MAX_ADJUNCT_TOKENS; k++) {
      if (!f.noWordsBetween(toks.get(k - 1).end(), toks.get(k).start())
          || f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ".:؛;\"«»“”")) {
        return j;
      }
      if (f.lexicon.match(toks, k, CueKind.COMP) != null
          || AR_TO.contains(toks.get(k).form()) && k + 1 < toks.size() && f.lexicon.match(toks, k + 1, CueKind.COMP) != null) {
        return k;
      }
    }
    return j;
  }

  /** An Arabic word without a leading و or ف (folded forms): وأكد → أكد. */
  static String stripClitic(String form) {
    return (form.startsWith("و") || form.startsWith("ف")) && form.length() > 3 ? form.substring(1) : form;
  }

  private static Candidate persian(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int last = withAuxiliary(f, cue.last());
    int next = last + 1;
    if (next >= toks.size()) {
      return null;
    }
    int cueEnd = toks.get(last).end();
    String gap = f.text.substring(cueEnd, toks.get(next).start());
    if (gap.isBlank() && f.lexicon.match(toks, next, CueKind.COMP) != null && next + 1 < toks.size()) {
      return PersianPresentCues.whileFrame(f, cue) ? null : clause(f, cue, toks.get(next + 1).start());
    }
    // a ZWNJ beside the colon ('گفت‌:', 'حاکی است:‌X') is invisible in print: what shows is a colon statement
    if (f.visibleBetween(cueEnd, toks.get(next).start()).trim().equals(":") && f.spanAt(toks.get(next).start()) == null
        && !framesAnotherStatement(f, next)) {
      // 'X گفت: …' without marks: the statement runs on to the paragraph's end, sentence after sentence,
      // until another cue opens a statement of its own
      int end = colonStatementEnd(f, toks.get(next).start());
      if (end < f.text.length() && f.text.charAt(end) == '.') {
        end++; // a colon statement keeps its final full stop, as the annotation convention has had it since round 6
      }
      return clause(f, cue, toks.get(next).start(), end);
    }
    // a document's words after a comma with a ZWNJ beside it ('در اين گزارش آمده است،‌ …'): invisible in print
    String shown = (PersianDocumentStatements.isCue(f, cue) ? f.visibleBetween(cueEnd, toks.get(next).start()) : gap).trim();
    if ((shown.equals("،") || shown.equals(",") || shown.equals("؛")) && f.spanAt(toks.get(next).start()) == null
        && !PersianPresentCues.present(f, cue)) {
      // '… تاکید کرد، هدف …'; some copy sets the clause off with a semicolon where others put the colon
      // ('X عنوان کرد؛ در صنعت …')
      return clause(f, cue, toks.get(next).start());
    }
    if (gap.isBlank() && bareClauseCue(f, cue) && !PersianPresentCues.present(f, cue)
        && !PERSIAN_NOT_CLAUSE.contains(toks.get(next).form()) && f.spanAt(toks.get(next).start()) == null
        && f.lexicon.matchAny(toks, next, CueKind.VERB, CueKind.SOURCE) == null) {
      return clause(f, cue, toks.get(next).start()); // SOV with the clause right after the verb: 'وانونو … گفت تهدید …'
    }
    return null;
  }

  /**
   * Persian speech verbs take their clause with neither که nor a colon too ('ابراهیم تاکید کرد آمریکایی‌ها …',
   * 'روزنامه نوشت پلیس …'); not the verbs whose object comes before them (به X اشاره کرد, ابراز کرد), unless
   * the cue holds its object itself (ابراز امیدواری کرد: what follows is the hoped-for clause).
   */
  private static boolean bareClauseCue(FieldView f, CueLexicon.Hit cue) {
    return cue.kind() == CueKind.VERB && (!PERSIAN_OBJECT_BEFORE.contains(f.tokens.get(cue.first()).form())
        || cue.last() - cue.first() >= 2);
  }

  /**
   * The words after a Persian cue's colon name someone else's statement in the same sentence, with a cue
   * and a colon of its own ('این گزارش حاکی است: خانم X … گفت: …'): the first cue only frames it.
   */
  private static boolean framesAnotherStatement(FieldView f, int from) {
    int end = f.sentenceEnd(f.tokens.get(from).start());
    for (int j = from; j < f.tokens.size() && f.tokens.get(j).start() < end; j++) {
      CueLexicon.Hit h = f.lexicon.match(f.tokens, j, CueKind.VERB);
      if (h != null) {
        int after = f.tokens.get(h.last()).end();
        int upTo = h.last() + 1 < f.tokens.size() ? f.tokens.get(h.last() + 1).start() : f.text.length();
        if (f.hasCharBetween(after, upTo, ":")) {
          return true;
        }
        j = h.last();
      }
    }
    return false;
  }

  /** Auxiliaries of the Persian past perfect and perfect, written apart from their participle. */
  private static final Set<String> PERSIAN_AUXILIARIES = StringSet.of("بود", "بودند", "بوده", "است", "اند");

  /**
   * 'اعلام کرده بودند که …': a cue that ends on its participle leaves the auxiliary after it; when که follows
   * the auxiliary, the auxiliary belongs to the verb and the clause opens after که (round 48). The index of
   * the cue's last word, the auxiliary's when there is one.
   */
  private static int withAuxiliary(FieldView f, int last) {
    List<Token> toks = f.tokens;
    int aux = last + 1;
    if (aux + 1 < toks.size() && PERSIAN_AUXILIARIES.contains(toks.get(aux).form())
        && f.text.substring(toks.get(last).end(), toks.get(aux).start()).isBlank()
        && f.text.substring(toks.get(aux).end(), toks.get(aux + 1).start()).isBlank()
        && f.lexicon.match(toks, aux + 1, CueKind.COMP) != null) {
      return aux;
    }
    return last;
  }

  /** First words of Persian cues whose object stands before them. */
  private static final Set<String> PERSIAN_OBJECT_BEFORE = StringSet.of("اشاره", "ابراز", "ادامه");
  /** Words after گفت that continue a noun (گفت و گو), not a clause. */
  private static final Set<String> PERSIAN_NOT_CLAUSE = StringSet.of("و", "وگو", "گو", "شد", "است");

  /** End of a colon statement: the paragraph's end, or the sentence where a new cue and colon begin. */
  private static int colonStatementEnd(FieldView f, int from) {
    int end = f.sentenceEnd(from);
    while (end < f.text.length()) {
      int nextStart = end + 1;
      int nextEnd = f.sentenceEnd(Math.min(nextStart, f.text.length() - 1));
      if (nextEnd <= end || f.noWordsBetween(nextStart, nextEnd)) {
        break;
      }
      boolean newStatement = false;
      for (int j = f.tokenAtOrAfter(nextStart); j < f.tokens.size() && f.tokens.get(j).start() < nextEnd; j++) {
        CueLexicon.Hit h = f.lexicon.match(f.tokens, j, CueKind.VERB);
        if (h != null) {
          int after = f.tokens.get(h.last()).end();
          int upTo = h.last() + 1 < f.tokens.size() ? f.tokens.get(h.last() + 1).start() : f.text.length();
          newStatement |= f.hasCharBetween(after, upTo, ":");
        }
      }
      if (newStatement) {
        break;
      }
      end = nextEnd;
    }
    return end;
  }

  private static Candidate english(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    String cueWord = toks.get(cue.last()).form();
    if (cue.last() == cue.first() && EN_NAMING_CUES.contains(cueWord)) {
      // 'called the plans "dangerous"', 'a service called Podcasting': a name or a verdict on an object, no
      // reported clause; the marked words stay DIRECT (round 39)
      return null;
    }
    if (EnglishRequests.cue(f, cue)) {
      // 'urged voters to …', 'called on X to …': the request's content is the reported clause
      int content = EnglishRequests.contentStart(f, cue);
      if (content < 0) {
        return trailing(f, cue);
      }
      int start = toks.get(content).start();
      // 'has also called for reforms, but …': a request's object alone is its whole content (round 54)
      return clause(f, cue, start, EnglishRequests.contentEnd(f, content, f.sentenceEnd(start)), EnglishRequests.MIN_CONTENT_TOKENS);
    }
    // that-clause within a few words: 'said Monday that', 'told reporters that'; not after an object
    // ('stressed her support of the raid that killed …': a relative 'that')
    boolean objectFirst = next < toks.size() && !EN_ADDRESSEE_CUES.contains(cueWord) && objectOpener(toks, next);
    // '…, analysts said, adding that …': the 'that' is the participle's; the verb reports the words before it
    boolean participleNext = next < toks.size() && EN_PARTICIPLE_CUES.contains(toks.get(next).form())
        && f.hasCharBetween(toks.get(cue.last()).end(), toks.get(next).start(), ",");
    objectFirst |= participleNext;
    // 'said they are offering two products that allow …': a subject pronoun right after the verb opens the
    // clause; a later 'that' is the clause's own (a relative or its verb's complementizer)
    objectFirst |= next + 1 < toks.size() && EN_BARE_CLAUSE_CUES.contains(cueWord)
        && EN_SUBJECT_PRONOUNS.contains(toks.get(next).form())
        && !toks.get(next).form().equals("there") && f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())
        && EN_FINITE.contains(toks.get(next + 1).form());
    int timed = EN_TELLING.contains(cueWord) && cue.last() == cue.first() ? clauseAfterTimedAddressee(f, next) : -1;
    if (timed >= 0) {
      return clause(f, cue, toks.get(timed).start()); // 'told the news agency PAP yesterday the talks …'
    }
    // 'told a meeting of the ruling party in the capital yesterday that …': an addressee phrase runs longer
    int thatWindow = EN_ADDRESSEE_CUES.contains(cueWord) ? MAX_ADDRESSEE_THAT : 8;
    boolean subjectSeen = false;
    for (int j = next; !objectFirst && j < toks.size() && j - next < thatWindow; j++) {
      // past the usual reach, a subject pronoun means the clause has begun ('told X there would be … proposals
      // that …'): a later 'that' is its own
      subjectSeen |= EN_SUBJECT_PRONOUNS.contains(toks.get(j).form());
      if (!f.blankOrOneComma(toks.get(j - 1).end(), toks.get(j).start()) || j - next >= 8 && subjectSeen
          || f.insideQuote(toks.get(j)) && !toks.get(j).form().equals("that")
          || j > next && f.lexicon.match(toks, j, CueKind.VERB) != null) {
        break; // '…, but argues that': the 'that' is the second verb's
      }
      if (toks.get(j).form().equals("that") && j + 1 < toks.size()) {
        // 'said that was impossible', 'say that will not happen': a 'that' right before an auxiliary is the
        // clause's demonstrative subject, not its complementizer (round 38b); only right after the verb, since
        // after an object it is a relative ('announced a game that will be …')
        boolean demonstrative = j == next && EN_BARE_CLAUSE_CUES.contains(cueWord) && EN_FINITE.contains(toks.get(j + 1).form())
            && f.blankBetween(toks.get(j).end(), toks.get(j + 1).start());
        return clause(f, cue, toks.get(demonstrative ? j : j + 1).start());
      }
    }
    if (cueWord.equals("hinted") && next < toks.size() && toks.get(next).form().equals("at")) {
      return null; // 'hinted at a giveaway': the preposition's noun is what was hinted, no reported clause (round 56)
    }
    if (cue.last() > cue.first() && EN_ADDRESSEE_CUES.contains(toks.get(cue.first()).form()) && next < toks.size()
        && openerRightAfter(f, next)) {
      return clause(f, cue, toks.get(next).start()); // 'told reporters he …': the addressee is part of the cue
    }
    if (EN_ADDRESSEE_CUES.contains(cueWord) && next + 1 < toks.size()) {
      // 'told reporters he…', 'told The Post they…': step over the addressee
      int j = next;
      while (j < toks.size() && j - next < 3 && toks.get(j).capitalized()
          && f.blankBetween(toks.get(j - 1).end(), toks.get(j).start())) {
        j++;
      }
      if (j == next && ADDRESSEES.contains(toks.get(j).form())) {
        j++;
      }
      if (j > next && j < toks.size() && openerRightAfter(f, j)) {
        return clause(f, cue, toks.get(j).start());
      }
      int afterNounPhrase = j == next ? pronounAfterNounPhrase(f, next) : -1;
      if (afterNounPhrase >= 0) {
        return clause(f, cue, toks.get(afterNounPhrase).start()); // 'told the board it would …'
      }
      int subject = EN_TELLING.contains(cueWord) ? subjectAfterNamedAddressee(f, next) : -1;
      if (subject >= 0) {
        return clause(f, cue, toks.get(subject).start()); // 'told Reuters Taiwan would …' (round 37)
      }
      int afterOutlet = EN_TELLING.contains(cueWord) ? subjectAfterTitledAddressee(f, next) : -1;
      if (afterOutlet >= 0) {
        return clause(f, cue, toks.get(afterOutlet).start()); // 'told the BBC lessons were …' (round 56)
      }
      int afterEvent = EN_TELLING.contains(cueWord) && cue.first() == cue.last()
          ? EnglishEventAddressees.clauseStart(f, next) : -1;
      if (afterEvent >= 0) {
        return clause(f, cue, toks.get(afterEvent).start()); // 'told a news briefing the decision was …'
      }
    }
    // 'said on Thursday he…': time adjuncts between the verb and its clause
    int adjunctStart = next;
    next = timeAdjunctEnd(f, next);
    if (next > adjunctStart && next < toks.size() && EN_PREPOSITIONS.contains(toks.get(next - 1).form())
        && EN_DETERMINERS.contains(toks.get(next).form())) {
      // '…, the ministry said in its yearly review.': the determiner opens the preposition's object, and the
      // clause is the one before the comma
      Candidate before = trailing(f, cue);
      if (before != null) {
        return before;
      }
      int subject = pronounAfterNounPhrase(f, next);
      if (subject >= 0) {
        return clause(f, cue, toks.get(subject).start()); // 'said in a statement it would …'
      }
      if (adjunctEndsSentence(f, next)) {
        return null; // '…," X said in a research note on the firm.': the preposition's object, no clause after it
      }
    }
    if (next > adjunctStart && next < toks.size() && EN_BARE_CLAUSE_CUES.contains(cueWord)
        && EN_ADJUNCT_DETERMINERS.contains(toks.get(next - 1).form())
        && (subjectAfterTime(f, cue, next) || possessiveTimeSubject(f, cue, next))) {
      return clause(f, cue, toks.get(next - 1).start()); // 'said this tactic was …': 'this' opens the subject
    }
    if (demonstrativeSubject(f, cue, adjunctStart, next)) {
      return clause(f, cue, toks.get(adjunctStart).start()); // 'said this would take …': 'this' is the subject
    }
    if (next > adjunctStart && (next >= toks.size()
        || !EN_CLAUSE_OPENERS.contains(withoutContraction(toks.get(next).form())) && !subjectAfterTime(f, cue, next)
            && !namedSubjectAfterTime(f, cue, next))) {
      next = adjunctStart; // the adjunct ends the sentence ('said on Thursday.'), no clause follows it
    }
    if (next < toks.size() && (EN_BARE_CLAUSE_CUES.contains(cueWord) || EnglishFindings.verb(cueWord)
        || phraseEndingInItsObject(f, cue)) && !afterClosingMark(f, cue)
        && f.blankBetween(toks.get(next - 1).end(), toks.get(next).start())) {
      Token t = toks.get(next);
      if (EnglishFindings.verb(cueWord)) {
        // 'statistics show reserves rose …', 'figures indicated it would …'; not an object ('show a rise in …')
        boolean finding = subjectBefore(f, cue) && (finiteVerbAhead(f, next)
            || EN_SUBJECT_PRONOUNS.contains(t.form()) && !t.form().equals("there")
            || !EN_CLAUSE_OPENERS.contains(t.form()) && bareNounOpener(f, next)
                && !EN_NOUN_COMPLEMENTS.contains(toks.get(next + 1).form())); // 'indicated growth of 0.1%'

        return finding ? clause(f, cue, t.start()) : null;
      }
      if (indefiniteObject(f, cueWord, next)) {
        return null; // the verb has its object: no clause after it, nor one before it ('X, a food group, reported a …')
      }
      Candidate inverted = invertedAfterComma(f, cue);
      if (inverted != null) {
        return inverted;
      }
      boolean opener = EN_CLAUSE_OPENERS.contains(withoutContraction(t.form()))
          && (!EN_POSSESSIVES.contains(t.form()) || possessiveSubject(f, next))
          || t.capitalized() && subjectBefore(f, cue) // 'Smith said Trump…', not the inverted 'said Smith'
          || subjectBefore(f, cue) && finiteVerbAhead(f, next) // 'Kodak said sales of copiers will exceed'
          || EN_CLAUSE_ONLY_CUES.contains(cueWord) && !EN_POSSESSIVES.contains(t.form())
              && appositiveSubject(f, cue) // 'Ann Lee, editor of X, said several …'
          || EN_BARE_NOUN_CUES.contains(cueWord) && subjectBefore(f, cue) && bareNounOpener(f, next) // 'Kodak said sales rose'
          || conditionOpens(f, cue, next); // 'Lee said if growth continues the target …'

      if (opener && f.lexicon.match(toks, next, CueKind.STOP) == null && !EN_QUESTION_WORDS.contains(t.form())
          && !EnglishAddedObjects.objectAfter(f, cueWord, next) // 'added the conversion to become …': an object
          && !EnglishEstimateObjects.objectAfter(f, cueWord, next) // 'estimated the damage at 20bn baht'
          && !negated(f, cue)) {
        return clause(f, cue, t.start());
      }
    }
    int participleClause = clauseAfterParticiple(f, cue);
    if (participleClause >= 0) {
      return clause(f, cue, toks.get(participleClause).start());
    }
    int deniedClause = clauseAfterDenial(f, cue);
    if (deniedClause >= 0) {
      return clause(f, cue, toks.get(deniedClause).start());
    }
    Candidate inside = invertedParenthetical(f, cue);
    if (inside != null) {
      return inside;
    }
    Candidate around = parenthetical(f, cue);
    return around != null ? around : trailing(f, cue);
  }

  /**
   * 'A report said last month Thailand could …': a time adjunct closed by its time word (not a preposition,
   * 'said in London …') and then a subject the pronoun list does not hold, with an auxiliary a few words on.
   * The verb's own subject stands right before it, so the words are no inverted '…, said X yesterday'. When
   * the adjunct's last word is 'this', 'last' or 'once' with no time noun after it, that word opens the
   * clause instead ('said this tactic was …', 'said last year's deficit was …', 'said once Britain had …').
   */
  private static final Set<String> EN_ADJUNCT_DETERMINERS = StringSet.of("this", "last", "once");

  /**
   * 'He said this would take years.', 'Lee said this is …': a lone 'this' right after the verb, followed at once by an
   * auxiliary or a modal, is the clause's demonstrative subject, not a time adjunct's determiner (no time noun
   * follows it) and not an object ('said this.'). As round 38b's 'said that was impossible', with the verb's own
   * subject right before it.
   */
  private static boolean demonstrativeSubject(FieldView f, CueLexicon.Hit cue, int adjunctStart, int next) {
    List<Token> toks = f.tokens;
    return next == adjunctStart + 1 && next < toks.size() && toks.get(adjunctStart).form().equals("this")
        && EN_BARE_CLAUSE_CUES.contains(toks.get(cue.last()).form()) && EN_FINITE.contains(toks.get(next).form())
        && subjectBefore(f, cue) && f.blankBetween(toks.get(adjunctStart).end(), toks.get(next).start());
  }

  /** The plain verbs of saying, after which a possessive time phrase can only open the clause's subject. */
  private static final Set<String> EN_PLAIN_SAYING = StringSet.of("said", "says", "say", "added", "adds");

  /**
   * 'Officials say this year's festival, which opens …, will …', 'said last week's deal reflected …': a time noun
   * with a possessive after 'this'/'last' is no adjunct but the determiner of the clause's subject, whatever
   * comes before its verb (a relative, a verb with no auxiliary); only after the plain verbs of saying with their
   * own subject before them, which take no such object (round 42).
   */
  private static boolean possessiveTimeSubject(FieldView f, CueLexicon.Hit cue, int next) {
    String w = f.tokens.get(next).form();
    int stem = w.length() - 2;
    return next - 2 == cue.last() // right after the verb: not 'New sections added to this year's festival include …'
        && stem > 0 && (w.endsWith("'s") || w.endsWith("’s")) && EN_TIME_AFTER_THE.contains(w.substring(0, stem))
        && EN_PLAIN_SAYING.contains(f.tokens.get(cue.last()).form()) && subjectBefore(f, cue)
        && f.blankBetween(f.tokens.get(next - 1).end(), f.tokens.get(next).start());
  }

  private static boolean subjectAfterTime(FieldView f, CueLexicon.Hit cue, int next) {
    return !EN_PREPOSITIONS.contains(f.tokens.get(next - 1).form()) && subjectBefore(f, cue)
        && f.blankBetween(f.tokens.get(next - 1).end(), f.tokens.get(next).start()) && finiteVerbAhead(f, next);
  }

  /**
   * 'Kaya Erdem said earlier today Greek ships …': after 'said'/'says' with its subject right before it and a
   * time adjunct, a capitalised word opens the clause as it does right after the verb ('Smith said Trump …'),
   * whatever verb follows it (round 43). Not a time word ('said on Monday March …' is still the date).
   */
  private static boolean namedSubjectAfterTime(FieldView f, CueLexicon.Hit cue, int next) {
    Token t = f.tokens.get(next);
    String cueWord = f.tokens.get(cue.last()).form();
    return (cueWord.equals("said") || cueWord.equals("says")) && t.capitalized() && !EnglishSubjectFinder.timeWord(t)
        && !EN_PREPOSITIONS.contains(f.tokens.get(next - 1).form()) && subjectBefore(f, cue)
        && f.lexicon.matchAny(f.tokens, next, CueKind.STOP, CueKind.VERB) == null && !f.insideQuote(t)
        && f.blankBetween(f.tokens.get(next - 1).end(), t.start());
  }

  /** Most words of an inverted subject's appositive between its commas ('said Ann Lee, head of X at Y, …'). */
  private static final int MAX_INVERTED_APPOSITIVE = 12;

  /**
   * An inverted cue set off by commas inside its sentence: 'The hard part, said Mr Lee, was the grammar.',
   * 'By contrast, says Ann Lee, head of X, the new one is …' report the whole sentence (as 'In some towns,
   * he said, …' does, round 13's convention), while '…, said Mr Lee, but he did not think …' and '…, said
   * Mr Lee, who added …' report only the words before the first comma, the narrator going on (round 34).
   * The subject opens with a capital after the verb and runs to a comma with no verb of its own; an
   * appositive may follow it up to one more comma. A subject and appositive that close the sentence are
   * trailing's case.
   */
  private static Candidate invertedParenthetical(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (cue.first() != cue.last() || cue.first() == 0 || next + 2 >= toks.size()
        || !EN_INVERTING.contains(toks.get(cue.first()).form()) || !toks.get(next).capitalized()
        || !f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())
        || !f.hasCharBetween(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start(), ",")
        || !f.blankOrOneComma(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start())) {
      return null;
    }
    int cueStart = toks.get(cue.first()).start();
    int sentenceStart = f.sentenceStart(cueStart);
    int sentenceEnd = f.sentenceEnd(toks.get(cue.last()).end());
    int afterSubject = phraseToComma(f, next, MAX_INVERTED_SUBJECT, sentenceEnd, false);
    if (afterSubject < 0) {
      return null; // no comma after the subject in the sentence, or a verb of its own: 'said IE7 would …'
    }
    int rest = afterSubject;
    String first = toks.get(rest).form();
    boolean clauseOpens = EN_CLAUSE_OPENERS.contains(withoutContraction(first)) && !EN_ARTICLES.contains(first)
        || EN_FINITE.contains(first);
    if (!clauseOpens) { // a name, a role or an article: an appositive, unless a verb follows before the end
      int afterAppositive = EN_NOT_SUBJECT.contains(first) ? -1
          : phraseToComma(f, rest, MAX_INVERTED_APPOSITIVE, sentenceEnd, true);
      if (afterAppositive >= 0) {
        rest = afterAppositive; // 'said Ann Lee, head of X, the new one …'
      } else if (!verbAhead(f, rest, sentenceEnd)) {
        return null; // '…, said Ann Lee, chairman of X.': the appositive closes the sentence
      }
    }
    int comma = commaBefore(f, cueStart, sentenceStart);
    if (comma < 0 || f.tokenAtOrAfter(comma) != cue.first()) {
      return null;
    }
    int cs = Trim.start(f.text, sentenceStart, comma);
    if (f.spanAt(cs) != null || f.tokenAtOrAfter(cs) >= cue.first()) {
      return null; // a quotation opens the sentence (DIRECT), or nothing stands before the cue
    }
    String after = toks.get(rest).form();
    boolean narratorGoesOn = EN_AFTER_PARENTHETICAL.contains(after) || EN_RELATIVES.contains(after) || after.endsWith("ing");
    if (!narratorGoesOn && !verbAhead(f, rest, sentenceEnd)) {
      return null; // '…, said Ann Lee, analyst with Birr, Wilson and Co.': the rest of a firm's name, no clause
    }
    return parentheticalClause(f, cue, cs, comma, narratorGoesOn ? -1 : rest, sentenceEnd);
  }

  /**
   * The token after the comma that closes a noun phrase opening at {@code from}: at most {@code max} words in
   * the sentence, none in a quotation, no auxiliary, speech verb or word that opens a clause of its own ('and'
   * allowed inside an appositive: 'founder and chairman of X'); -1 if the phrase does not end at a comma
   * followed by more words of the sentence.
   */
  private static int phraseToComma(FieldView f, int from, int max, int sentenceEnd, boolean appositive) {
    List<Token> toks = f.tokens;
    for (int k = from; k < toks.size() && toks.get(k).start() < sentenceEnd && k - from <= max; k++) {
      Token t = toks.get(k);
      if (k > from && f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",")) {
        return f.blankOrOneComma(toks.get(k - 1).end(), t.start()) ? k : -1;
      }
      if (k > from && !f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t)
          || EN_FINITE.contains(t.form())
          || EN_NOT_SUBJECT.contains(t.form()) && !(appositive && k > from && t.form().equals("and"))
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether an auxiliary or modal stands between token {@code from} and the sentence's end. */
  private static boolean verbAhead(FieldView f, int from, int sentenceEnd) {
    for (int k = from; k < f.tokens.size() && f.tokens.get(k).start() < sentenceEnd; k++) {
      if (EN_FINITE.contains(f.tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /** Words after a parenthetical cue's second comma that start the narrator's next clause, not the rest of the reported one. */
  private static final Set<String> EN_AFTER_PARENTHETICAL = StringSet.of("and", "but", "which", "while", "whereas",
      "although", "though", "as", "so");
  /** First words of the stretch between a comma and a cue that make it no subject ('…, as he said, …'). */
  private static final Set<String> EN_NOT_PARENTHETICAL_SUBJECT = StringSet.of("as", "and", "but", "or", "which", "who",
      "that", "because", "when", "if", "while", "what", "where", "according");

  /**
   * A cue set off by commas inside its sentence: 'In some towns, he said, permission was …' reports the whole
   * sentence (the words before the first comma open the reported clause, as a subject or an adjunct), while
   * '…, the bank said, and if …' or '…, the paper said, taking …' reports only the words before the first
   * comma, the narrator going on after the second. The subject is the short stretch between the first comma
   * and the cue.
   */
  private static Candidate parenthetical(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (cue.first() == 0 || next >= toks.size() || !EN_BARE_CLAUSE_CUES.contains(toks.get(cue.last()).form())
        || f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())
        || !f.blankOrOneComma(toks.get(cue.last()).end(), toks.get(next).start()) || f.insideQuote(toks.get(next))) {
      return null; // the verb is not followed by a bare comma and more words of its sentence
    }
    int cueStart = toks.get(cue.first()).start();
    int sentenceStart = f.sentenceStart(cueStart);
    int sentenceEnd = f.sentenceEnd(toks.get(next).start());
    if (toks.get(next).start() >= f.sentenceEnd(toks.get(cue.last()).end())) {
      return null;
    }
    int comma = commaBefore(f, cueStart, sentenceStart);
    if (comma < 0) {
      return null;
    }
    int subject = f.tokenAtOrAfter(comma);
    if (cue.first() - subject < 1 || cue.first() - subject > MAX_TRAILING_SUBJECT
        || EN_NOT_PARENTHETICAL_SUBJECT.contains(toks.get(subject).form())
        || f.lexicon.match(toks, subject, CueKind.STOP) != null
        || toks.get(cue.first() - 1).form().equals("to")
        || subject > 0 && EN_RELATIVES.contains(toks.get(subject - 1).form())) {
      return null; // 'needless to say', or '…, which, critics say, will …': the relative's clause, not the sentence
    }
    for (int k = subject; k < cue.first(); k++) {
      if (f.insideQuote(toks.get(k)) || k > subject && !f.blankBetween(toks.get(k - 1).end(), toks.get(k).start())) {
        return null;
      }
    }
    int cs = Trim.start(f.text, sentenceStart, comma);
    if (f.tokenAtOrAfter(comma) - f.tokenAtOrAfter(cs) < 1 || f.spanAt(cs) != null) {
      return null; // nothing before the first comma, or a quotation opens the sentence (DIRECT)
    }
    String after = toks.get(next).form();
    boolean narratorGoesOn = EN_AFTER_PARENTHETICAL.contains(after) || after.endsWith("ing");
    return parentheticalClause(f, cue, cs, comma, narratorGoesOn ? -1 : next, sentenceEnd);
  }

  /**
   * The clause a cue set off by commas reports, from {@code cs}: up to the comma before the cue when the
   * narrator goes on after the cue's subject ({@code resume} -1: '…, said Mr Lee, but …'), else on from token
   * {@code resume} to the reported clause's end ('The hard part, said Mr Lee, was …'). Null when it is too short
   * or holds a speech verb of its own, whose reading goes first.
   */
  private static Candidate parentheticalClause(FieldView f, CueLexicon.Hit cue, int cs, int comma, int resume, int sentenceEnd) {
    List<Token> toks = f.tokens;
    int ce = resume < 0 ? Trim.end(f.text, cs, comma) : Trim.end(f.text, cs, englishClauseEnd(f, toks.get(resume).start(), sentenceEnd));
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < MIN_CLAUSE_TOKENS + 1) {
      return null;
    }
    for (int k = f.tokenAtOrAfter(cs); k < toks.size() && toks.get(k).start() < ce; k++) {
      if ((k < cue.first() || k > cue.last()) && !f.insideQuote(toks.get(k))
          && f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return null; // another speech verb in the sentence: its own reading goes first
      }
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, comma, true), null, false);
  }

  /** Verbs of denying: besides 'denied that …' they take a bare clause ('denied he had known'). */
  private static final Set<String> EN_DENIAL_CUES = StringSet.of("denied", "denies");

  /**
   * The token opening a bare clause right after a verb of denying, or -1. What is denied is most often a
   * noun ('denied the charges', 'denied it'), so only words that cannot be its object open a clause: a
   * subject pronoun, 'it' or 'there' before an auxiliary, or a determiner whose noun phrase runs into an
   * auxiliary ('denied their role was changing'). Not the passive 'was denied a place'.
   */
  private static int clauseAfterDenial(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int n = cue.last() + 1;
    if (n + 1 >= toks.size() || cue.first() != cue.last() || !EN_DENIAL_CUES.contains(toks.get(cue.last()).form())
        || cue.first() > 0 && EnglishSubjectFinder.BE.contains(toks.get(cue.first() - 1).form())
        || !f.blankBetween(toks.get(n - 1).end(), toks.get(n).start()) || f.insideQuote(toks.get(n))) {
      return -1;
    }
    String w = withoutContraction(toks.get(n).form());
    if (w.equals("it") || w.equals("there")) {
      return EN_FINITE.contains(toks.get(n + 1).form()) && f.blankBetween(toks.get(n).end(), toks.get(n + 1).start())
          ? n : -1;
    }
    if (EN_SUBJECT_PRONOUNS.contains(w) || w.equals("you")) {
      return n;
    }
    return EN_DETERMINERS.contains(w) && finiteVerbAhead(f, n) && !commaBeforeAuxiliary(f, n) ? n : -1;
  }

  /** A comma between token i and the first auxiliary after it: 'denied the charges, have …' is no subject. */
  private static boolean commaBeforeAuxiliary(FieldView f, int i) {
    List<Token> toks = f.tokens;
    for (int k = i + 1; k < toks.size(); k++) {
      if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ",")) {
        return true;
      }
      if (EN_FINITE.contains(toks.get(k).form())) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of saying that as often take a noun object ('reported a loss', 'announced a deal', 'declared a dividend'). */
  private static final Set<String> EN_OBJECT_TAKING_CUES = StringSet.of("reported", "reports", "announced", "announces",
      "declared", "forecast", "forecasts", "predicted", "predicts", "estimated", "maintained", "admitted", "admits",
      "conceded", "noted", "claimed", "claims", "confirmed", "confirms", "revealed", "reveals", "recalled", "wrote",
      "stated", "acknowledged", "explained", "stressed");

  /**
   * 'reported a loss of 5 mln dlrs', 'forecast an 8% fall in prices': after a verb that also takes a noun
   * object, an indefinite article opens that object unless an auxiliary or modal follows it within a few
   * words ('announced a new version would be released' stays a clause).
   */
  private static boolean indefiniteObject(FieldView f, String cueWord, int i) {
    String w = f.tokens.get(i).form();
    return (w.equals("a") || w.equals("an")) && EN_OBJECT_TAKING_CUES.contains(cueWord) && !finiteVerbAhead(f, i);
  }

  /** Participles of saying that take a clause without 'that' (', saying he would …', 'quoted as saying …'). */
  /** Verbs that name or judge an object ('called it "…"') and never open a clause of their own. */
  private static final Set<String> EN_NAMING_CUES = StringSet.of("called", "calls", "calling");
  private static final Set<String> EN_PARTICIPLE_CUES = StringSet.of("saying", "adding");

  /**
   * The token opening a bare clause right after a participle of saying, or -1: after ', saying' or
   * ', adding' only a subject pronoun opens it (', saying he would stay'; not 'saying the words', a
   * noun's object); after 'as saying' ('was quoted as saying') what follows is always the words reported,
   * so a determiner or a noun with an auxiliary ahead opens it too.
   */
  private static int clauseAfterParticiple(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int n = cue.last() + 1;
    // 'with analysts saying prices will …': the participle has its own subject and reports as 'said' would
    boolean ownSubject = WithParticipleSubjects.CLAUSE_PARTICIPLES.contains(toks.get(cue.last()).form())
        && WithParticipleSubjects.subjectStart(f, cue) >= 0;
    if (n >= toks.size() || !EN_PARTICIPLE_CUES.contains(toks.get(cue.last()).form()) && !ownSubject
        || !f.blankBetween(toks.get(n - 1).end(), toks.get(n).start()) || f.insideQuote(toks.get(n))) {
      return -1;
    }
    boolean commaSaying = commaSaying(f, cue);
    if (afterClosingMark(f, cue) && !commaSaying) {
      return -1; // '…," adding …' may still invert; a participle 'saying' never takes its subject after it
    }
    String w = withoutContraction(toks.get(n).form());
    if (EN_SUBJECT_PRONOUNS.contains(w)) {
      return n;
    }
    boolean asSaying = cue.last() > 0 && toks.get(cue.last() - 1).form().equals("as");
    if (asSaying) {
      return EN_CLAUSE_OPENERS.contains(w) && (!EN_POSSESSIVES.contains(w) || possessiveSubject(f, n))
          || finiteVerbAhead(f, n) ? n : -1;
    }
    // ', saying the deal was …', ', saying Mr X would …': any subject, once an auxiliary follows it within the
    // sentence with no relative word before it (not ', saying the words he had …', a noun's object)
    return (commaSaying || ownSubject) && finiteVerbAhead(f, n) && (!EN_POSSESSIVES.contains(w) || possessiveSubject(f, n)) ? n : -1;
  }

  /** The cue is the participle 'saying' right after a comma (', saying …', also '"…", saying …'). */
  private static boolean commaSaying(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int c = cue.last();
    return c == cue.first() && c > 0 && toks.get(c).form().equals("saying")
        && f.hasCharBetween(toks.get(c - 1).end(), toks.get(c).start(), ",");
  }

  /**
   * A cue phrase that opens with a verb of saying and ends with that verb's adjunct ('said in a statement'):
   * a bare clause may follow it as it follows the verb; not 'said of', whose object is what was talked about.
   */
  private static boolean phraseEndingInItsObject(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    String last = toks.get(cue.last()).form();
    return cue.last() > cue.first() && EN_BARE_CLAUSE_CUES.contains(toks.get(cue.first()).form())
        && !last.equals("of") && f.lexicon.match(toks, cue.last(), CueKind.STOP) == null;
  }

  /**
   * '…," said the club's director': the cue follows a closing quotation mark (a comma before or after it),
   * so the words after the verb are its inverted subject, not a clause it reports.
   */
  private static boolean afterClosingMark(FieldView f, CueLexicon.Hit cue) {
    int k = f.tokens.get(cue.first()).start() - 1;
    while (k >= 0 && Character.isWhitespace(f.text.charAt(k))) {
      k--;
    }
    if (k >= 0 && f.text.charAt(k) == ',') {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = f.text.charAt(k);
    return c == '"' || c == '”' || (c == '\'' || c == '’') && f.spanAt(k) != null;
  }

  /** Token j (j > 0) opens a clause right after the word before it: only spaces between, outside any quotation. */
  private static boolean openerRightAfter(FieldView f, int j) {
    List<Token> toks = f.tokens;
    return f.blankBetween(toks.get(j - 1).end(), toks.get(j).start())
        && EN_CLAUSE_OPENERS.contains(withoutContraction(toks.get(j).form())) && !f.insideQuote(toks.get(j));
  }

  private static final Set<String> EN_OBJECT_OPENERS = StringSet.of("the", "his", "her", "their", "its", "our", "my", "your");
  /** Time nouns after 'the' that make an adjunct, not an object ('said the next day that'). */
  private static final Set<String> EN_TIME_AFTER_THE = StringSet.of("day", "week", "month", "year", "next", "following",
      "previous", "same", "other", "night", "morning", "evening", "weekend");

  /** Token i opens the verb's object (a determiner or possessive), not a time adjunct. */
  private static boolean objectOpener(List<Token> toks, int i) {
    String w = toks.get(i).form();
    if (!EN_OBJECT_OPENERS.contains(w)) {
      return false;
    }
    return !(w.equals("the") && i + 1 < toks.size() && EN_TIME_AFTER_THE.contains(toks.get(i + 1).form()));
  }

  private static final Set<String> EN_POSSESSIVES = StringSet.of("his", "her", "their", "its", "our");

  private static final Set<String> EN_RELATIVES = StringSet.of("that", "which", "who", "whom", "whose");

  /**
   * 'said her bank would have to act', not 'stressed her support of the raid that killed …': after a
   * possessive, a relative word coming within a few words before any auxiliary makes the words the
   * verb's object, not a clause's subject.
   */
  private static boolean possessiveSubject(FieldView f, int i) {
    List<Token> toks = f.tokens;
    for (int k = i + 1; k < toks.size() && k - i <= MAX_BARE_SUBJECT; k++) {
      Token t = toks.get(k);
      if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ".;:!?\"“”") || f.insideQuote(t)) {
        return true;
      }
      String w = t.form();
      if (EN_FINITE.contains(w)) {
        return true;
      }
      if (EN_RELATIVES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** How many words a bare clause's subject may take before its auxiliary. */
  private static final int MAX_BARE_SUBJECT = 9;
  /** Auxiliaries and modals that make the words before them a clause's subject. */
  private static final Set<String> EN_FINITE = StringSet.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "may", "might", "should", "must", "did", "does", "do");
  /** Words that put the auxiliary after them in a relative or infinitive phrase, not the clause's subject. */
  private static final Set<String> EN_NOT_SUBJECT = StringSet.of("who", "which", "that", "whom", "whose", "to", "when",
      "where", "if", "because", "while", "as", "after", "before", "since", "and", "but", "or", "he", "she", "they",
      "it", "we", "i", "you");

  /**
   * A bare clause opened by a noun the pronoun list does not hold ('said sales of copiers … will exceed',
   * 'warned several years may pass'): an auxiliary or modal follows within a few words of token i, in
   * the same sentence, with no relative word, conjunction or quotation before it.
   */
  private static boolean finiteVerbAhead(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (f.lexicon.matchAny(toks, i, CueKind.STOP, CueKind.VERB) != null || EN_NOT_SUBJECT.contains(toks.get(i).form())) {
      return false;
    }
    for (int k = i + 1; k < toks.size() && k - i <= MAX_BARE_SUBJECT; k++) {
      Token t = toks.get(k);
      if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ".;:!?\"“”") || f.insideQuote(t)) {
        return false;
      }
      String w = t.form();
      if (EN_FINITE.contains(w)) {
        return true;
      }
      if (EN_NOT_SUBJECT.contains(w) || f.lexicon.match(toks, k, CueKind.VERB) != null) {
        return false;
      }
    }
    return false;
  }

  /** Most words of an adjunct's object that closes its sentence ('in a research note on the firm.'). */
  private static final int MAX_CLOSING_ADJUNCT = 8;

  /**
   * The words from token i run to the full stop within a few words, with only spaces between them (no comma,
   * mark or quotation): they are the adjunct's object and close the sentence, so no clause follows the verb
   * (round 35: 'said in a field report.', 'said at his monthly news conference.').
   */
  private static boolean adjunctEndsSentence(FieldView f, int i) {
    List<Token> toks = f.tokens;
    for (int k = i; k < toks.size() && k - i < MAX_CLOSING_ADJUNCT; k++) {
      if (f.insideQuote(toks.get(k)) || f.lexicon.match(toks, k, CueKind.VERB) != null) {
        return false;
      }
      int gapEnd = k + 1 < toks.size() ? toks.get(k + 1).start() : f.text.length();
      String gap = f.text.substring(toks.get(k).end(), gapEnd).trim();
      if (gap.startsWith(".") || k + 1 == toks.size() && gap.isEmpty()) {
        return true;
      }
      if (!gap.isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions among the adjunct words: a determiner right after one opens its object, not a clause. */
  private static final Set<String> EN_PREPOSITIONS = StringSet.of("on", "in", "at", "during", "after", "before", "to");
  private static final Set<String> EN_DETERMINERS = StringSet.of("the", "a", "an", "his", "her", "their", "its", "our", "this");
  /** Subject pronouns that open a clause after an addressee named by a common noun. */
  private static final Set<String> EN_SUBJECT_PRONOUNS = StringSet.of("he", "she", "it", "they", "we", "i", "there");
  /** Most words of an addressee or object noun phrase after its determiner ('the Securities and Exchange Commission'). */
  private static final int MAX_NOUN_PHRASE_WORDS = 5;

  /**
   * 'told the board it would …', 'said in a statement it would …': an addressee or a preposition's object
   * opened by a determiner and closed by a subject pronoun that opens the reported clause. The pronoun's
   * index, or -1. Only a pronoun closes it: after 'told the court the man …' the words cannot be told apart.
   */
  private static int pronounAfterNounPhrase(FieldView f, int next) {
    List<Token> toks = f.tokens;
    if (!EN_DETERMINERS.contains(toks.get(next).form()) || EN_POSSESSIVES.contains(toks.get(next).form())) {
      return -1;
    }
    for (int k = next + 1; k < toks.size() && k - next <= MAX_NOUN_PHRASE_WORDS + 1; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t)
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP, CueKind.STOP) != null) {
        return -1;
      }
      if (k > next + 1 && EN_SUBJECT_PRONOUNS.contains(withoutContraction(t.form()))) {
        return k;
      }
      if (EN_RELATIVES.contains(t.form())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * 'told MPs on Tuesday care was needed …', 'told the official news agency PAP yesterday the talks were …': a
   * short addressee closed by a time adjunct ending on its time word, then a clause with no 'that' (a subject
   * pronoun or determiner, or a noun with an auxiliary a few words on). The time word marks where the addressee
   * ends, so a later 'that' belongs to the clause (round 38). The clause's first index, or -1.
   */
  private static int clauseAfterTimedAddressee(FieldView f, int next) {
    List<Token> toks = f.tokens;
    for (int k = next + 1; k < toks.size() && k - next <= MAX_NOUN_PHRASE_WORDS + 1; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t) || EN_RELATIVES.contains(t.form())
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP) != null) {
        return -1;
      }
      if (f.lexicon.match(toks, k, CueKind.STOP) == null) {
        continue;
      }
      int e = timeAdjunctEnd(f, k);
      if (e >= toks.size() || EN_PREPOSITIONS.contains(toks.get(e - 1).form())
          || EN_ADJUNCT_DETERMINERS.contains(toks.get(e - 1).form())
          || !f.blankBetween(toks.get(e - 1).end(), toks.get(e).start())) {
        return -1; // 'told the meeting in London …': a place, not a time, closes nothing
      }
      // a capitalised time word with no preposition before it may end a title ('Radio 4's Today programme',
      // 'The Sunday Times'): then only a pronoun or determiner, not a bare noun, shows where the clause opens
      boolean plainTime = !toks.get(e - 1).capitalized() || e - k >= 2 && EN_PREPOSITIONS.contains(toks.get(e - 2).form());
      String w = withoutContraction(toks.get(e).form());
      boolean opens = EN_CLAUSE_OPENERS.contains(w) && f.lexicon.match(toks, e, CueKind.STOP) == null
          && (!EN_POSSESSIVES.contains(w) || possessiveSubject(f, e)) || plainTime && finiteVerbAhead(f, e);
      return opens ? e : -1;
    }
    return -1;
  }

  /** Most words of the subject between a one-word addressee and its auxiliary ('Finance Secretary Jaime Ongpin'). */
  private static final int MAX_SUBJECT_AFTER_ADDRESSEE = 4;

  /**
   * 'told Reuters Taiwan would …', 'told Reuters proposals to cut the quota were …': one capitalised word told
   * (an agency, a paper), then a short subject and a finite auxiliary with no 'that' between. The subject's
   * first index, or -1. Nothing but blanks between the words, none inside a quotation, a verb or a stop word.
   */
  private static int subjectAfterNamedAddressee(FieldView f, int next) {
    List<Token> toks = f.tokens;
    int first = next + 1;
    if (first >= toks.size() || !toks.get(next).capitalized() || !f.blankBetween(toks.get(next - 1).end(), toks.get(next).start())
        || !f.blankBetween(toks.get(next).end(), toks.get(first).start())
        || EN_CLAUSE_OPENERS.contains(toks.get(first).form())) {
      return -1;
    }
    for (int k = first; k < toks.size() && k - first <= MAX_SUBJECT_AFTER_ADDRESSEE; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t)) {
        return -1;
      }
      if (k > first && EN_FINITE.contains(t.form())) {
        return first;
      }
      if (EN_NOT_SUBJECT.contains(t.form()) && !t.form().equals("to")
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP, CueKind.STOP) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Most capitalised words of an outlet's name after 'the' ('the Financial Times'). */
  private static final int MAX_OUTLET_WORDS = 3;

  /**
   * 'told the BBC lessons were being learned', 'told the Financial Times profits would …': 'the' and a name of one to
   * three capitalised words, then a bare noun subject of one or two words and a finite auxiliary with no 'that'. No
   * article, pronoun or stop word in the subject and no possessive in the name, so a name that runs on into its noun
   * ('told the BBC News website the fares …', 'the BBC's Talking Point programme what …') gives no subject. The
   * subject's first index, or -1.
   */
  private static int subjectAfterTitledAddressee(FieldView f, int next) {
    List<Token> toks = f.tokens;
    if (!toks.get(next).form().equals("the")) {
      return -1;
    }
    int first = next + 1;
    while (first < toks.size() && first - next <= MAX_OUTLET_WORDS && toks.get(first).capitalized()
        && f.blankBetween(toks.get(first - 1).end(), toks.get(first).start())) {
      String w = toks.get(first).form();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        return -1; // 'told the BBC's Talking Point programme what …': the outlet's programme, not a subject, follows
      }
      first++;
    }
    if (first == next + 1 || first + 1 >= toks.size() || toks.get(first).capitalized()) {
      return -1;
    }
    for (int k = first; k < toks.size() && k - first <= 2; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t)) {
        return -1;
      }
      if (k > first && EN_FINITE.contains(t.form())) {
        return first;
      }
      if (EN_CLAUSE_OPENERS.contains(t.form()) || EN_NOT_SUBJECT.contains(t.form())
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.COMP, CueKind.STOP) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** he's → he, they're → they: a contracted pronoun still opens a clause. */
  private static String withoutContraction(String form) {
    int apostrophe = form.indexOf('\'');
    return apostrophe > 0 ? form.substring(0, apostrophe) : form;
  }

  private static boolean subjectBefore(FieldView f, CueLexicon.Hit cue) {
    if (cue.first() == 0) {
      return false;
    }
    int from = f.tokens.get(cue.first() - 1).end();
    int to = f.tokens.get(cue.first()).start();
    // 'The Pensions Institute (PPI) said …', 'Sen. Ann Lee (D-MA) said …': a bracket closing the subject's
    // acronym or party tag still puts the subject right before the verb
    // (round 38: the '>' of a Reuters firm name, 'Geonex Corp <GEOX> said …', likewise)
    if (f.blankBetween(from, to)) {
      return true; // the common case, without a substring per call
    }
    String gap = f.text.substring(from, to).strip();
    return gap.isEmpty() || gap.equals(")") || gap.equals(">");
  }

  /**
   * 'but does not say just how many …': a negated verb of saying reports nothing, whatever word follows it (round
   * 50: such a verb came out of the clause before once 'but did not say' ended it, {@link EnglishWithholdings}).
   */
  private static boolean negated(FieldView f, CueLexicon.Hit cue) {
    if (cue.first() == 0) {
      return false;
    }
    String before = f.tokens.get(cue.first() - 1).form();
    return EN_NEGATIONS.contains(before) || before.endsWith("n't");
  }

  private static final Set<String> EN_CONDITIONS = StringSet.of("if", "unless");
  private static final Set<String> EN_NEGATIONS = StringSet.of("not", "never", "n't");

  /**
   * 'He said if the growth continued … the Bank may …': after 'said'/'says' with its subject right before it, a
   * condition opens the reported clause (round 38). Not after a negation: 'has not said if it will appeal'
   * asks whether, it reports nothing.
   */
  private static boolean conditionOpens(FieldView f, CueLexicon.Hit cue, int next) {
    List<Token> toks = f.tokens;
    String cueWord = toks.get(cue.last()).form();
    return (cueWord.equals("said") || cueWord.equals("says")) && EN_CONDITIONS.contains(toks.get(next).form())
        && subjectBefore(f, cue) && !EN_NEGATIONS.contains(toks.get(cue.first() - 1).form());
  }

  /** Verbs of saying that take a clause, hardly ever an object: any word after them opens the clause. */
  private static final Set<String> EN_CLAUSE_ONLY_CUES = StringSet.of("said", "says", "added", "adds", "argued", "argues",
      "insisted", "insists", "contended", "believes");
  /** Verbs whose bare clause may open with any noun ('added' and 'adds' take objects too: 'added two goals'). */
  private static final Set<String> EN_BARE_NOUN_CUES = StringSet.of("said", "says", "argued", "argues", "insisted",
      "insists", "contended", "believes");
  /** What 'said' takes as an object, a manner word or a preposition rather than a clause ('said sorry', 'argued against'). */
  private static final Set<String> EN_SAID_OBJECTS = StringSet.of("nothing", "something", "anything", "everything",
      "sorry", "goodbye", "hello", "thanks", "farewell", "grace", "prayers", "yes", "no", "so", "otherwise", "little",
      "much", "less", "enough", "such", "goodnight", "against", "outside", "about", "for", "with", "of", "from", "by",
      "into", "over", "under", "how", "why", "what", "whether", "wants", "plans", "hopes");

  /**
   * After a verb that takes a clause and a subject right before it ('Kodak said sales rose …', 'Mr Lee said more
   * than 300 people voted'), a lower-case word opens the clause even without an auxiliary ahead, unless it is an
   * adjunct, a conjunction, a manner adverb or one of the few objects such verbs take.
   */
  private static boolean bareNounOpener(FieldView f, int i) {
    Token t = f.tokens.get(i);
    String w = t.form();
    if (i >= 2 && EN_RELATIVES.contains(f.tokens.get(i - 2).form())) {
      return false; // 'who said wants …': the relative's own verb follows, no clause
    }
    return !t.capitalized() && !w.endsWith("ly") && !EN_NOT_SUBJECT.contains(w) && !EN_SAID_OBJECTS.contains(w)
        && !EN_FINITE.contains(w) // 'everything Trump says is true': a relative's verb, no clause
        && !EN_RELATIVES.contains(w) && f.lexicon.matchAny(f.tokens, i, CueKind.STOP, CueKind.VERB, CueKind.COMP) == null
        && !f.insideQuote(t) && i + 1 < f.tokens.size() && f.blankBetween(t.end(), f.tokens.get(i + 1).start());
  }

  /**
   * Lower-case offices a name may carry before it, after a capitalised qualifier ('Subcommittee chairman John
   * Dingell, a Michigan Democrat, said …', 'Labour leader Ann Lee, …'): the head is still a person's name. Only
   * offices held by one person, so a sentence that opens with a clause ('Sales rose in May, …') is no head.
   */
  private static final Set<String> TITLES_BEFORE_NAME = StringSet.of("chairman", "chairwoman", "president", "leader",
      "minister", "secretary", "governor", "senator", "director", "boss", "coach", "manager", "spokesman",
      "spokeswoman", "economist", "analyst");
  /** Most capitalised words of the name that opens a sentence before its appositive. */
  private static final int MAX_HEAD_NAME = 4;
  /** Most words of the appositive between that name and the verb ('X, head of Y at Z, said'). */
  private static final int MAX_APPOSITIVE = 15;

  /**
   * 'Ann Lee, deputy editor of X, said several …': the sentence opens with a name (capitalised words up to a
   * comma) and a comma-closed appositive runs from there to the verb. The subject then stands before the verb,
   * so the words after it are the reported clause, whatever word opens it, and the words before the comma are
   * no clause of an inverted '…, said Y' (a name and its description hold no statement).
   */
  static boolean appositiveSubject(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int c = cue.first();
    if (c < 3 || commasAmidAngles(f, toks.get(c - 1).end(), toks.get(c).start()) != 1) {
      return false; // one comma closes the appositive, after the '>' of a Reuters firm name if there is one
    }
    int first = f.tokenAtOrAfter(f.sentenceStart(toks.get(c).start()));
    if (first >= c - 1 || f.lexicon.matchAny(toks, first, CueKind.STOP, CueKind.PRONOUN) != null) {
      return false; // 'In London, …' opens with an adjunct, 'He, …' needs no appositive reading
    }
    int headEnd = -1;
    for (int k = first; k < c - 1 && k - first < MAX_HEAD_NAME; k++) {
      Token t = toks.get(k);
      if (!t.capitalized() && !(k > first && TITLES_BEFORE_NAME.contains(t.form())) || f.insideQuote(t)) {
        return false;
      }
      int gapEnd = toks.get(k + 1).start();
      if (!f.blankBetween(t.end(), gapEnd)) {
        if (!f.blankOrOneComma(t.end(), gapEnd)) {
          return false;
        }
        headEnd = k;
        break;
      }
    }
    if (headEnd < 0 || c - 1 - headEnd > MAX_APPOSITIVE) {
      return false;
    }
    boolean relative = false;
    for (int k = headEnd + 1; k < c; k++) {
      Token t = toks.get(k);
      if (f.insideQuote(t) || k > headEnd + 1 && commasAmidAngles(f, toks.get(k - 1).end(), t.start()) != 0
          || f.lexicon.match(toks, k, CueKind.VERB) != null) {
        return false; // another comma or mark, a quotation or a verb of its own: not one appositive
      }
      relative |= EN_RELATIVES.contains(t.form());
      if (!relative && EN_FINITE.contains(t.form())) {
        return false; // 'Currently, a project can take months, says …': a clause, not a description
      }
    }
    return true;
  }

  /**
   * The commas in [from, to) when nothing else but blanks and angle brackets lies there, or -1. Reuters wraps
   * a firm's name in angle brackets ('chief economist at the <Bangkok Bank Ltd>, said'); they mark the name,
   * not the sentence, so the appositive still runs up to its comma (round 38).
   */
  private static int commasAmidAngles(FieldView f, int from, int to) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char ch = f.text.charAt(i);
      if (ch == ',') {
        commas++;
      } else if (ch > ' ' && ch != '<' && ch != '>') {
        return -1;
      }
    }
    return commas;
  }

  /** The index after a time adjunct of at most three words opening at token from ('on Thursday', 'last week'). */
  private static int timeAdjunctEnd(FieldView f, int from) {
    List<Token> toks = f.tokens;
    int i = from;
    while (i < toks.size() && i - from < 3 && (f.lexicon.match(toks, i, CueKind.STOP) != null || timeNounAfterStop(f, i, from))
        && f.blankBetween(toks.get(i - 1).end(), toks.get(i).start())) {
      i++;
    }
    return i;
  }

  /** 'said last week it …': a time noun after 'last'/'this' continues the adjunct those words open. */
  private static boolean timeNounAfterStop(FieldView f, int i, int adjunctStart) {
    if (i == adjunctStart || !EN_TIME_AFTER_THE.contains(f.tokens.get(i).form())) {
      return false;
    }
    String before = f.tokens.get(i - 1).form();
    return before.equals("last") || before.equals("this");
  }

  /** '…, sources said.' / '…, said the spokesman.': the clause before the comma, if the sentence ends soon. */
  private static Candidate trailing(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    if (appositiveSubject(f, cue)) {
      return null;
    }
    if (cue.first() > 0 && "en".equals(f.lang()) && toks.get(cue.first() - 1).form().equals("than")) {
      return null; // '…, slightly higher than forecast.': a comparison with what was forecast, no one's words
    }
    int cueStart = toks.get(cue.first()).start();
    int sentenceEnd = f.sentenceEnd(toks.get(cue.last()).end());
    int tail = f.tokenAtOrAfter(sentenceEnd) - cue.last() - 1;
    if ((tail > 5 || f.hasCharBetween(toks.get(cue.last()).end(), sentenceEnd, ",;:")) && !longTail(f, cue, tail, sentenceEnd)) {
      return null;
    }
    int sentenceStart = f.sentenceStart(cueStart);
    int comma = commaBefore(f, cueStart, sentenceStart);
    if (tail > 0 && comma >= 0 && f.tokenAtOrAfter(comma) == cue.first() && toks.get(cue.last()).form().endsWith("ing")) {
      // '…, explaining Syria's alleged role.', '…, adding 10 points.': a participle right after the comma, with its
      // object and no subject of its own, reports nothing of the clause before it (round 50)
      return null;
    }
    int maxSubject = MAX_TRAILING_SUBJECT;
    boolean shortTail = tail > 0 && shortTail(f, cue, tail, sentenceEnd);
    // after a verb of telling the few words are the one told; after 'said in an interview' a time or place adjunct
    boolean told = shortTail && EN_TELLING.contains(toks.get(cue.last()).form());
    boolean adjunct = shortTail && EN_ADJUNCT_OPENERS.contains(toks.get(cue.last() + 1).form());
    if (comma >= 0 && f.tokenAtOrAfter(comma) == cue.first() && (tail == 0 || told || adjunct)) {
      // '…, the governor of the central bank, Ann Lee, said.': the comma before the verb closes an
      // appositive; the subject holds one more comma and the clause ends at the one before it (with
      // words after the verb, '…, said Mr Lee', the comma is the clause's own; after a verb of telling,
      // '…, Ann Lee, a union official, told Reuters.', the words are the one told)
      int inner = commaBefore(f, comma, sentenceStart);
      int outer = inner < 0 ? -1 : commaBefore(f, inner, sentenceStart);
      boolean fits = outer >= 0 && f.tokenAtOrAfter(cueStart) - f.tokenAtOrAfter(outer) <= 2 * MAX_TRAILING_SUBJECT
          && (told || toks.get(f.tokenAtOrAfter(outer)).capitalized());
      if (tail == 0 || fits) {
        comma = outer;
        maxSubject = 2 * MAX_TRAILING_SUBJECT;
      }
    }
    if (EnglishAcronyms.closesSubject(f, cue)) {
      maxSubject++; // '…, the Office of the Deputy Prime Minister (ODPM) has said.': the name's acronym adds no words
    }
    if (comma >= 0 && tail == 0 && titledPersonSubject(f, f.tokenAtOrAfter(comma), cue.first())) {
      // '…, President of the Rio Coffee Trade Association Carlos Calmon said.': a title naming its body, then the
      // person, is one subject however long the body's name (round 58)
      maxSubject = 2 * MAX_TRAILING_SUBJECT;
    }
    if (comma < 0 || f.tokenAtOrAfter(cueStart) - f.tokenAtOrAfter(comma) > maxSubject) {
      return null;
    }
    int cs = Trim.start(f.text, sentenceStart, comma);
    int ce = Trim.end(f.text, cs, comma);
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < MIN_CLAUSE_TOKENS + 1) {
      return null;
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, comma, true), null, false);
  }

  /**
   * Lower-case words a title may hold between its capitalised ones: 'President of the X Association', and the
   * particles of a place's or body's name ('Rio de Janeiro').
   */
  private static final Set<String> EN_TITLE_JOINERS = StringSet.of("of", "the", "and", "for", "de", "du", "des", "da",
      "do", "del", "la", "le", "van", "von", "al");

  /**
   * Tokens [first, cue) are a title and the person it introduces: a person mention closes them right before
   * the cue, and every word before it is capitalised, a role word or a joiner of a title, in English.
   */
  private static boolean titledPersonSubject(FieldView f, int first, int cue) {
    List<Token> toks = f.tokens;
    if (!"en".equals(f.lang()) || cue <= first + 1) {
      return false;
    }
    MentionRef m = f.mentionAt(toks.get(cue - 1));
    if (m == null || !m.person() || m.end() != toks.get(cue - 1).end()) {
      return false;
    }
    int name = f.tokenAtOrAfter(m.start());
    if (name <= first) {
      return false;
    }
    boolean role = false;
    for (int k = first; k < name; k++) {
      Token t = toks.get(k);
      boolean roleWord = f.lexicon.match(toks, k, CueKind.ROLE) != null;
      if (!t.capitalized() && !roleWord && !EN_TITLE_JOINERS.contains(t.form()) || f.spanAt(t.start()) != null) {
        return false;
      }
      role |= roleWord;
    }
    return role;
  }

  /** The English articles (asked by EnglishAttributiveCues and EnglishEventAddressees too). */
  static final Set<String> EN_ARTICLES = StringSet.of("the", "a", "an");

  /** Most words of an inverted subject after its article, up to the comma or the sentence's end. */
  private static final int MAX_INVERTED_SUBJECT = 8;

  /**
   * '…, predicts the report by telecoms giant BT.', '…, said the MDA, with forecasts …': a verb right after a
   * comma has no subject before it, so an article after it opens its inverted subject, not a clause, when
   * that noun phrase runs to a comma or the sentence's end with no verb of its own. The reported clause is
   * the one before the comma (round 33); a short subject with nothing after it is trailing's case already.
   */
  private static Candidate invertedAfterComma(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (cue.first() != cue.last() || cue.first() == 0 || next + 1 >= toks.size()
        || !EN_INVERTING.contains(toks.get(cue.first()).form()) || !EN_ARTICLES.contains(toks.get(next).form())
        || !f.blankOrOneComma(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start())
        || f.blankBetween(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start())) {
      return null;
    }
    int sentenceEnd = f.sentenceEnd(toks.get(cue.last()).end());
    int k = next + 1;
    for (; k < toks.size() && toks.get(k).start() < sentenceEnd; k++) {
      Token t = toks.get(k);
      if (f.hasCharBetween(toks.get(k - 1).end(), t.start(), ",;:")) {
        break;
      }
      if (k - next > MAX_INVERTED_SUBJECT || f.insideQuote(t) || EN_FINITE.contains(t.form())
          || EN_NOT_SUBJECT.contains(t.form()) || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return null; // 'said the talks would …', 'said the firm that …': a clause after all
      }
    }
    int cueStart = toks.get(cue.first()).start();
    int sentenceStart = f.sentenceStart(cueStart);
    int comma = commaBefore(f, cueStart, sentenceStart);
    if (comma < 0 || f.tokenAtOrAfter(comma) != cue.first()) {
      return null;
    }
    int cs = Trim.start(f.text, sentenceStart, comma);
    int ce = Trim.end(f.text, cs, comma);
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < MIN_CLAUSE_TOKENS + 1 || f.spanAt(cs) != null
        || appositiveBefore(f, comma, sentenceStart)) {
      return null;
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, comma, true), null, false);
  }

  /** Verbs that hardly take a noun object, so an article after them opens their subject, not their object. */
  private static final Set<String> EN_INVERTING = StringSet.of("said", "says", "say", "added", "adds", "argued", "argues",
      "insisted", "insists", "predicts", "predicted", "forecast", "forecasts", "suggests", "concludes", "estimates");

  /**
   * 'Ann Lee, an official of X, said the …' / 'X, who had moved to …, said the …': the words between the comma
   * before the cue and the one before it hold no auxiliary outside a relative, so they describe a subject
   * named before them, and the verb is not inverted.
   */
  private static boolean appositiveBefore(FieldView f, int comma, int sentenceStart) {
    int inner = commaBefore(f, comma, sentenceStart);
    if (inner < 0) {
      return false;
    }
    boolean relative = false;
    for (int k = f.tokenAtOrAfter(inner); k < f.tokens.size() && f.tokens.get(k).start() < comma; k++) {
      String w = f.tokens.get(k).form();
      relative |= EN_RELATIVES.contains(w);
      if (!relative && EN_FINITE.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of telling: the words after them name who was told, never the one who spoke. */
  static final Set<String> EN_TELLING = StringSet.of("told", "tells", "tell", "informed", "informs");

  /**
   * A few words (no comma) after a one-word trailing cue that leave its subject before it, as nothing after the verb
   * does, when they are the one told ('…, Ann Lee, a union official, told Reuters.', round 32) or a time or place
   * adjunct ('…, Ann Lee, deputy trade representative of X, said in an interview.', round 49; then the subject, the
   * words after the earlier comma, must open with a capital, a name, so a list's comma does not pass for an
   * appositive's).
   */
  private static boolean shortTail(FieldView f, CueLexicon.Hit cue, int tail, int sentenceEnd) {
    return tail <= 4 && cue.first() == cue.last() && !f.hasCharBetween(f.tokens.get(cue.last()).end(), sentenceEnd, ",;:");
  }

  /** Words that open a time or place adjunct after a trailing verb ('said in an interview', 'said recently'). */
  private static final Set<String> EN_ADJUNCT_OPENERS = StringSet.of("in", "at", "on", "during", "after", "before",
      "today", "yesterday", "tonight", "earlier", "recently", "later", "last", "this");

  /** Most words after a trailing cue that still close its sentence ('…, said Ann Lee, chairman of X Corp.'). */
  private static final int MAX_LONG_TAIL = 12;

  /**
   * A trailing cue followed by more than a short subject: a prepositional adjunct with no comma ('…, the
   * ministry said in its yearly review of the fishing trade.') or, after a comma, an inverted subject with its
   * appositive ('…, said Ann Lee, chairman of X Corp.'). No other cue, colon or semicolon in the tail.
   */
  private static boolean longTail(FieldView f, CueLexicon.Hit cue, int tail, int sentenceEnd) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (tail > MAX_LONG_TAIL || next >= toks.size() || f.hasCharBetween(toks.get(cue.last()).end(), sentenceEnd, ";:")
        || !f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())) {
      return false;
    }
    for (int k = next; k < toks.size() && toks.get(k).start() < sentenceEnd; k++) {
      if (f.insideQuote(toks.get(k)) || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.COMP) != null) {
        return false;
      }
    }
    boolean commaInTail = f.hasCharBetween(toks.get(cue.last()).end(), sentenceEnd, ",");
    if (EN_PREPOSITIONS.contains(toks.get(next).form())) {
      return !commaInTail;
    }
    // the inverted subject follows a verb of saying ('said', not 'saying', 'called him', 'accused the …'),
    // and opens with a name or a description, not a pronoun that would open a clause of its own
    String verb = toks.get(cue.last()).form();
    String subject = withoutContraction(toks.get(next).form());
    return cue.first() > 0 && cue.first() == cue.last() && EN_BARE_CLAUSE_CUES.contains(verb) && !verb.endsWith("ing")
        && f.hasCharBetween(toks.get(cue.first() - 1).end(), toks.get(cue.first()).start(), ",")
        && f.lexicon.matchAny(toks, next, CueKind.STOP, CueKind.PRONOUN) == null
        && (toks.get(next).capitalized() || !EN_CLAUSE_OPENERS.contains(subject) || EN_ARTICLES.contains(subject));
  }

  /** The last comma before {@code at} in the sentence, outside quotations and at most 80 characters back; -1 if none. */
  private static int commaBefore(FieldView f, int at, int sentenceStart) {
    for (int k = at - 1; k >= sentenceStart && at - k < 80; k--) {
      if (f.spanAt(k) != null) {
        return -1;
      }
      if (f.text.charAt(k) == ',') {
        return k;
      }
    }
    return -1;
  }

  private static Candidate clause(FieldView f, CueLexicon.Hit cue, int contentStart) {
    return clause(f, cue, contentStart, -1);
  }

  /**
   * Links that, after a comma and before a speech verb, open the speaker's next statement (، كما نفت أن …,
   * ، لكنها حذرت من أنه …, ، عندما قال إن …): the reported clause ends at that comma.
   */
  private static final Set<String> AR_LINKS_BEFORE_VERB = StringSet.of("كما", "لكن", "لكنه", "لكنها", "لكنهم", "ولكن",
      "ولكنه", "ولكنها", "ولكنهم", "عندما", "حين", "حينما", "فيما");

  /**
   * Words after a comma that end an Arabic reported clause: a new clause of the narrative (، بينما اعتقل …).
   * فيما, وذلك and مما mostly go on with the speaker's clause (، فيما بلغ عدد …، وذلك بعد …، مما أسفر عن …: the
   * development annotations before round 53 keep them inside 8, 11 and 6 times, cut 4, 3 and 0); فيما ends it
   * only before a speech verb (a link above) or one of publishing,
   * وذلك only before a source phrase (see {@link #AR_SOURCE_AFTER_DHALIKA}).
   */
  private static final Set<String> AR_CLAUSE_BREAKS = StringSet.of("بينما");

  /** فيما before a verb of publishing opens another source's report (، فيما نشرت صحف سودانية نعيًا …). */
  private static final String AR_FIMA = "فيما";
  private static final Set<String> AR_PUBLISHED = StringSet.of("نشر", "نشرت", "نشرتا", "نشروا");

  /** Heads (folded) of a source phrase after ، وذلك (وذلك بحسب ما كشفت …، وذلك نقلا عن …): the clause ends before it. */
  private static final Set<String> AR_SOURCE_AFTER_DHALIKA = StringSet.of("حسب", "بحسب", "حسبما", "وفق", "وفقا", "وفقما",
      "طبقا", "نقلا", "استنادا", "علي", "كما");

  /**
   * 'where, since' after a comma (، حيث يعتمد على …) goes on explaining the reported clause, so the clause runs on
   * through it (the annotations keep it inside 15 times to 2); only a speech verb after it (، حيث قال إن …)
   * opens a statement of its own and ends the clause there.
   */
  private static final String AR_WHERE = "حيث";

  /**
   * Participles of announcing, praising, voicing and demanding (folded) that take an object, not a clause
   * (، معلنًا عن التزام …، مبرزة تنديد …، مشيدًا بـ…): after a comma they add the speaker's next act, so the
   * reported clause ends there, as before a continuation cue, unless a quotation follows (see quotationAhead).
   */
  private static final Set<String> AR_ACT_PARTICIPLES = StringSet.of("معلنا", "معلنة", "مبرزا", "مبرزة", "مشيدا", "مشيدة",
      "معربا", "معربة", "منددا", "منددة", "مثمنا", "مثمنة", "مطالبا", "داعيا", "متهما", "متهمة", "مستعرضا", "مستعرضة");

  /**
   * The clause ends at a comma followed by a continuation cue or a speech verb (، مؤكدا أن …، كما نفت …:
   * a clause of its own), a participle of another act (، معلنًا عن …) or a narrative conjunction (، بينما
   * اعتقل 12 مهربا).
   */
  private static int arabicClauseEnd(FieldView f, int from, int end) {
    List<Token> toks = f.tokens;
    for (int j = f.tokenAtOrAfter(from) + 1; j < toks.size() && toks.get(j).start() < end; j++) {
      if (!f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), "،,") || f.insideQuote(toks.get(j))) {
        continue;
      }
      boolean newCue = f.lexicon.matchAny(toks, j, CueKind.CONT, CueKind.VERB) != null
          || AR_LINKS_BEFORE_VERB.contains(toks.get(j).form()) && j + 1 < toks.size()
              && f.lexicon.match(toks, j + 1, CueKind.VERB) != null;
      boolean otherAct = AR_ACT_PARTICIPLES.contains(toks.get(j).form()) && !quotationAhead(f, j, end);
      boolean whereSaid = toks.get(j).form().equals(AR_WHERE) && j + 1 < toks.size()
          && f.lexicon.matchAny(toks, j + 1, CueKind.CONT, CueKind.VERB) != null;
      boolean sourceAfter = j + 1 < toks.size() && (toks.get(j).form().equals(AR_DHALIKA)
          && AR_SOURCE_AFTER_DHALIKA.contains(toks.get(j + 1).form())
          || toks.get(j).form().equals(AR_FIMA) && AR_PUBLISHED.contains(toks.get(j + 1).form()));
      if (AR_CLAUSE_BREAKS.contains(toks.get(j).form()) || newCue || otherAct || whereSaid || sourceAfter) {
        int k = toks.get(j - 1).end();
        QuoteSpan q = f.spanAt(k - 1);
        return q != null && q.outerEnd() <= toks.get(j).start() ? q.outerEnd() : k;
      }
    }
    return end;
  }

  /**
   * A quotation opens between token j and {@code end}: the act's object quotes the speaker (، معربًا عن
   * استغرابه من طروحات «…»), and those words keep the clause's cue, so the clause is not cut before them.
   */
  private static boolean quotationAhead(FieldView f, int j, int end) {
    for (int k = j + 1; k < f.tokens.size() && f.tokens.get(k).start() < end; k++) {
      if (f.insideQuote(f.tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * 'با بیان اینکه X، افزود: Y': a که/اینکه clause ends at the comma before a speech verb and its colon,
   * which opens the statement proper, or before the و that joins that verb to the clause.
   */
  private static int persianClauseEnd(FieldView f, int from, int end) {
    List<Token> toks = f.tokens;
    int first = f.tokenAtOrAfter(from);
    for (int j = first + 1; j < toks.size() && toks.get(j).start() < end; j++) {
      CueLexicon.Hit h = f.lexicon.matchAny(toks, j, CueKind.VERB, CueKind.CONT);
      if (h == null || h.last() + 1 >= toks.size()
          || !f.text.substring(toks.get(h.last()).end(), toks.get(h.last() + 1).start()).trim().equals(":")) {
        continue;
      }
      for (int k = toks.get(j).start() - 1; k > from; k--) {
        char c = f.text.charAt(k);
        if (c == '،' || c == ',') {
          return k;
        }
      }
      if (j - 2 >= first && toks.get(j - 1).form().equals("و")) {
        // 'گزارش داد که X و تاکید کرد: Y' (round 48): with no comma, the و joining the speaker's next verb
        // ends the clause
        return toks.get(j - 2).end();
      }
      return end;
    }
    return end;
  }

  /** Adverbs that may stand between 'and' and a coordinated speech verb ('and later said'). */
  private static final Set<String> EN_COORDINATED_ADVERBS = StringSet.of("also", "later", "then", "again", "further");

  /**
   * 'X said the talks had stalled and added that …', '…, and told reporters …': the clause ends before
   * an 'and' whose verb is a speech verb in the same sentence; that verb opens a statement of its own.
   * The verb must introduce something ('that', an addressee, a clause opener or a quotation), so that
   * 'and added 500 jobs' or 'and announced' at the end of a clause do not cut it.
   */
  private static int englishClauseEnd(FieldView f, int from, int end) {
    List<Token> toks = f.tokens;
    for (int j = f.tokenAtOrAfter(from) + 1; j + 1 < toks.size() && toks.get(j).start() < end; j++) {
      Token and = toks.get(j);
      int colon = colonBeforeQuotation(f, j);
      if (colon >= 0) {
        return colon; // 'said she had the quality for the job: "Steadiness …"': the quotation stands alone
      }
      if (f.insideQuote(and)) {
        continue;
      }
      int participle = participleAfterComma(f, j);
      if (participle >= 0) {
        return participle; // '… it had lost the rights, saying it had …': the participle opens a statement of its own
      }
      if (trailingCueAfterComma(f, j, end)) {
        return f.text.lastIndexOf(',', and.start()); // '… he reported that X, an NEC spokeswoman said.': the cue is the outer clause's
      }
      // 'but' with or without its comma: '… was below forecasts but stressed that …', '… but argued: "…"' (the
      // speech verb after it must introduce a statement of its own, below)
      boolean but = and.form().equals("but");
      if (but && sameSubjectSpeechAfterComma(f, j, end)) {
        return f.text.lastIndexOf(',', and.start()); // '… said X, but said Y': Y is a statement of its own
      }
      if (but && EnglishWithholdings.at(f, j, end)) {
        return endBefore(f, from, and); // '… said X, but declined to say Y': what the speaker kept back is the narrator's
      }
      if (and.form().equals("and") && unnamedSourcesSpeak(f, j, end)) {
        return endBefore(f, from, and); // '… is slowing, and economists forecast a drop …': their statement, not the clause's
      }
      int subjectVerb = and.form().equals("and") || and.form().equals("but") ? verbAfterNewSubject(f, j + 1, end) : -1;
      if (!and.form().equals("and") && !but && subjectVerb < 0) {
        continue;
      }
      int v = j + 1;
      if (EN_COORDINATED_ADVERBS.contains(toks.get(v).form()) && v + 1 < toks.size()) {
        v++;
      }
      if (toks.get(v).start() >= end) {
        break;
      }
      CueLexicon.Hit h = f.lexicon.match(toks, subjectVerb >= 0 ? subjectVerb : v, CueKind.VERB);
      if (h == null || h.last() + 1 >= toks.size() || !introducesStatement(f, h) && !bareClauseAfterConjunction(f, h, subjectVerb)) {
        continue;
      }
      return endBefore(f, from, and);
    }
    return end;
  }

  /**
   * '… said the offer was too low but argued talks should continue': the same subject's second verb of saying
   * right after the conjunction, then a noun subject and its auxiliary within a few words, a clause of its own
   * that {@link #introducesStatement} does not take for want of a pronoun or determiner (round 56).
   */
  private static boolean bareClauseAfterConjunction(FieldView f, CueLexicon.Hit h, int subjectVerb) {
    int next = h.last() + 1;
    return subjectVerb < 0 && h.last() == h.first() && EN_BARE_CLAUSE_CUES.contains(f.tokens.get(h.first()).form())
        && f.blankBetween(f.tokens.get(h.last()).end(), f.tokens.get(next).start()) && finiteVerbAhead(f, next);
  }

  /** Plural nouns of unnamed sources, who are never the speaker of the clause before them (round 59). */
  private static final Set<String> EN_PLURAL_SOURCES = StringSet.of("analysts", "economists", "traders", "dealers",
      "experts", "officials", "sources", "critics", "observers", "forecasters", "strategists", "bankers", "brokers",
      "diplomats");

  /**
   * Token j is an 'and' after a comma, followed by a plural noun of unnamed sources and a speech verb: '…
   * said that the market is slowing, and economists forecast a drop in prices'. Those sources speak for
   * themselves, whatever their verb takes (an object here), so the clause before ends at the comma.
   */
  private static boolean unnamedSourcesSpeak(FieldView f, int j, int end) {
    List<Token> toks = f.tokens;
    int k = j + 1;
    if (j < 1 || k + 1 >= toks.size() || !f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ",")
        || !EN_PLURAL_SOURCES.contains(toks.get(k).form())) {
      return false;
    }
    int v = k + 1;
    if (EN_SPEECH_AUXILIARIES.contains(toks.get(v).form()) && v + 1 < toks.size()) {
      v++;
    }
    return toks.get(v).start() < end && f.lexicon.match(toks, v, CueKind.VERB) != null;
  }

  /** The clause's end before a conjunction: its offset less the blanks and the comma before it. */
  private static int endBefore(FieldView f, int from, Token conjunction) {
    int k = conjunction.start();
    while (k > from && (Character.isWhitespace(f.text.charAt(k - 1)) || f.text.charAt(k - 1) == ',')) {
      k--;
    }
    return k;
  }

  /**
   * Token j is a 'but' right after a comma and followed (perhaps after 'also', 'later') by a speech verb with no
   * subject of its own: '… said they were checking the figures, but said the reports were exaggerated'. The
   * subject of the first 'said' goes on speaking, so the first clause ends at the comma, whatever the second
   * verb introduces (a bare clause with a name or noun subject, which {@link #introducesStatement} does not take,
   * or 'nothing about …', which the first clause does not hold either) (round 43b).
   */
  private static boolean sameSubjectSpeechAfterComma(FieldView f, int j, int end) {
    List<Token> toks = f.tokens;
    if (j < 1 || j + 2 >= toks.size() || !f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ",")) {
      return false;
    }
    int v = j + 1;
    if (EN_COORDINATED_ADVERBS.contains(toks.get(v).form())) {
      v++;
    }
    Token verb = toks.get(v);
    return verb.start() < end && !verb.capitalized() && EN_BARE_CLAUSE_CUES.contains(verb.form())
        && f.blankBetween(toks.get(v - 1).end(), verb.start()) && f.lexicon.match(toks, v, CueKind.VERB) != null;
  }

  /** Auxiliaries between a new subject and its speech verb ('but Kuwait has said …'). */
  private static final Set<String> EN_SPEECH_AUXILIARIES = StringSet.of("has", "have", "had", "also");
  /** Most words of a capitalised subject opening a new statement after 'and'/'but'. */
  private static final int MAX_NEW_SUBJECT = 3;

  /**
   * '… had difficulty selling oil but Kuwait has said there are no plans …': after 'and'/'but', a new subject (a
   * subject pronoun, or up to three capitalised words) and perhaps an auxiliary, then a speech verb at the
   * returned token; -1 when the words are no such subject and verb. That statement is its own, not part of the
   * clause before it (round 38b).
   */
  private static int verbAfterNewSubject(FieldView f, int from, int end) {
    List<Token> toks = f.tokens;
    int k = from;
    if (k < toks.size() && EN_SUBJECT_PRONOUNS.contains(toks.get(k).form()) && !toks.get(k).form().equals("there")) {
      k++;
    } else {
      while (k < toks.size() && k - from < MAX_NEW_SUBJECT && toks.get(k).capitalized() && !f.insideQuote(toks.get(k))
          && f.blankBetween(toks.get(k - 1).end(), toks.get(k).start())) {
        k++;
      }
    }
    if (k == from || k >= toks.size() || toks.get(k).start() >= end || !f.blankBetween(toks.get(k - 1).end(), toks.get(k).start())) {
      return -1;
    }
    if (EN_SPEECH_AUXILIARIES.contains(toks.get(k).form()) && k + 1 < toks.size()) {
      k++;
    }
    return toks.get(k).start() < end && f.lexicon.match(toks, k, CueKind.VERB) != null ? k : -1;
  }

  /**
   * Where a clause ends before ', saying …', ', adding that …', ', arguing that …' at token j (the comma's
   * offset), or -1: a participle of saying followed by 'that', a colon or a quotation (or, after 'saying' and
   * 'adding', a subject pronoun)
   * reports a statement of its own, which the finder then reads as a clause of its own instead of leaving it
   * inside this one. Not ', telling him to …': an order, part of what is reported.
   */
  private static int participleAfterComma(FieldView f, int j) {
    List<Token> toks = f.tokens;
    Token p = toks.get(j);
    if (!p.form().endsWith("ing") || j + 1 >= toks.size() || !f.hasCharBetween(toks.get(j - 1).end(), p.start(), ",")) {
      return -1;
    }
    CueLexicon.Hit h = f.lexicon.matchAny(toks, j, CueKind.VERB, CueKind.CONT);
    if (h == null || h.last() != j) {
      return -1;
    }
    Token next = toks.get(j + 1);
    String gap = f.text.substring(p.end(), next.start()).strip();
    // a pronoun only after 'saying'/'adding': ', calling it "…"' and ', describing it as …' name, not report
    boolean statement = gap.equals(":") || f.insideQuote(next) || gap.isEmpty() && (next.form().equals("that")
        || EN_PARTICIPLE_CUES.contains(p.form()) && EN_SUBJECT_PRONOUNS.contains(withoutContraction(next.form())));
    return statement ? f.text.lastIndexOf(',', p.start()) : -1;
  }

  /** Words that keep what follows the comma from being a trailing cue's subject (', as he said.', ', twice what it had forecast'). */
  private static final Set<String> EN_NOT_TRAILING_SUBJECT = StringSet.of("as", "which", "who", "what", "that", "and",
      "but", "or", "than", "so", "while", "when", "where", "if", "according", "to");

  /**
   * Token j follows a bare comma (not one inside quotation marks) and opens the sentence's trailing cue: a
   * short subject and a lower-case speech verb that ends the sentence ('…, an agency spokeswoman said.').
   * A clause reported inside the sentence ('X reported that …') ends there: the trailing speaker reports the
   * whole sentence, and the trailing cue reads it so. The subject holds no auxiliary, relative word or
   * participle ('…, letting it lift the fares it charged.'), and a pronoun only alone (', he said.').
   */
  private static boolean trailingCueAfterComma(FieldView f, int j, int end) {
    List<Token> toks = f.tokens;
    if (!f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ",")
        || !f.blankOrOneComma(toks.get(j - 1).end(), toks.get(j).start()) || toks.get(j).form().endsWith("ing")) {
      return false;
    }
    for (int k = j; k < toks.size() && k - j <= MAX_TRAILING_SUBJECT && toks.get(k).start() < end; k++) {
      Token t = toks.get(k);
      if (k > j && !f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t)) {
        return false;
      }
      CueLexicon.Hit h = k > j ? f.lexicon.match(toks, k, CueKind.VERB) : null;
      if (h != null) {
        return h.first() == k && !t.capitalized() && (h.last() + 1 >= toks.size() || toks.get(h.last() + 1).start() >= end);
      }
      String w = t.form();
      if (EN_NOT_TRAILING_SUBJECT.contains(w) || EN_FINITE.contains(w) || k > j && EN_SUBJECT_PRONOUNS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** The colon between token j-1 and a quotation opening at token j, or -1. */
  private static int colonBeforeQuotation(FieldView f, int j) {
    List<Token> toks = f.tokens;
    QuoteSpan q = f.spanAt(toks.get(j).start());
    if (q == null || q.outerStart() < toks.get(j - 1).end() || f.insideQuote(toks.get(j - 1))) {
      return -1;
    }
    int colon = f.text.indexOf(':', toks.get(j - 1).end());
    return colon >= 0 && colon < q.outerStart() ? colon : -1;
  }

  /** A speech verb followed by 'that', an addressee, a clause opener, a colon or a quotation. */
  private static boolean introducesStatement(FieldView f, CueLexicon.Hit h) {
    List<Token> toks = f.tokens;
    Token next = toks.get(h.last() + 1);
    String gap = f.text.substring(toks.get(h.last()).end(), next.start()).trim();
    if (gap.equals(":") || f.insideQuote(next)) {
      return true;
    }
    if (!(gap.isEmpty() || gap.equals(","))) {
      return false;
    }
    String w = next.form();
    String verb = toks.get(h.first()).form();
    boolean opener = EN_CLAUSE_OPENERS.contains(withoutContraction(w));
    return w.equals("that")
        || EN_ADDRESSEE_CUES.contains(verb) && (h.last() > h.first() ? opener : ADDRESSEES.contains(w) || next.capitalized())
        || EN_BARE_CLAUSE_CUES.contains(verb) && opener;
  }

  /** @param clauseEnd where the clause ends, or -1 for the end of its sentence */
  private static Candidate clause(FieldView f, CueLexicon.Hit cue, int contentStart, int clauseEnd) {
    return clause(f, cue, contentStart, clauseEnd, MIN_CLAUSE_TOKENS);
  }

  /** @param minTokens the fewest words the clause may hold (a request's object may be one word) */
  private static Candidate clause(FieldView f, CueLexicon.Hit cue, int contentStart, int clauseEnd, int minTokens) {
    QuoteSpan opening = f.spanAt(contentStart);
    if (opening != null && opening.open() >= 0 && f.noWordsBetween(opening.outerStart(), contentStart)) {
      contentStart = opening.outerStart(); // 'said that "…"': the clause starts with the quotation, marks and all
    }
    int end = clauseEnd >= 0 ? clauseEnd : f.sentenceEnd(contentStart);
    if ("ar".equals(f.lang())) {
      end = arabicClauseEnd(f, contentStart, end);
    } else if ("fa".equals(f.lang()) && clauseEnd < 0) {
      end = persianClauseEnd(f, contentStart, end);
    } else if ("en".equals(f.lang())) {
      end = EnglishRelativeSpeech.end(f, cue, contentStart, englishClauseEnd(f, contentStart, end));
    }
    int cs = Trim.start(f.text, contentStart, end);
    int ce = Trim.end(f.text, cs, end);
    if (f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs) < minTokens) {
      return null;
    }
    if ("ar".equals(f.lang())) {
      cs = afterComplementizer(f, cs, ce);
    }
    return new Candidate(QuoteKind.INDIRECT, cs, ce, new Attribution(cue, cs, ce, false), null, false);
  }

  /**
   * An Arabic reported clause starts after a bare complementizer (قال إن الوزير سيعود: 'الوزير سيعود'), as the
   * annotation convention has it; one that carries a pronoun opens the clause, the pronoun being its subject
   * (قال إنه سيعود: 'إنه سيعود', as the seed's gold). The complementizer still counted toward the clause's
   * length above. A clause that opens with a quotation after it (أن «…» Y) keeps it: the quotation's
   * DIRECT/INDIRECT pairing goes by that start.
   */
  private static int afterComplementizer(FieldView f, int cs, int ce) {
    int j = f.tokenAtOrAfter(cs);
    if (j + 1 >= f.tokens.size() || f.tokens.get(j).start() != cs || f.tokens.get(j + 1).start() >= ce
        || f.insideQuote(f.tokens.get(j + 1)) || f.lexicon.match(f.tokens, j, CueKind.COMP) == null
        || carriesPronoun(f.text, f.tokens.get(j).start(), f.tokens.get(j).end())) {
      return cs;
    }
    return Trim.start(f.text, f.tokens.get(j).end(), ce);
  }

  /** أنه، إنها، بأنهم: more than the two letters of أن/إن once a leading ب/و/ف and diacritics are left out. */
  static boolean carriesPronoun(CharSequence text, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640') {
        continue; // harakat, shadda, tatweel
      }
      if (letters == 0 && (c == '\u0628' || c == '\u0648' || c == '\u0641')) {
        continue; // ب، و، ف before the complementizer
      }
      letters++;
    }
    return letters > 2;
  }

}
