package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;

/**
 * Finds the speaker of a cue: the subject of the speech verb. Arabic names it after the verb (وقال الرئيس
 * بزشكيان), Persian at the start of the sentence (رئیس جمهور ... گفت), English just before the verb or,
 * inverted, just after it ("…," said Smith). An entity mention in that position wins; a role phrase
 * resolves through the roles bound earlier; a cue with no subject of its own (وتابع:, مضيفا, he added)
 * keeps the current speaker. Without entities a short subject phrase is kept as text. English has its own
 * finder, {@link EnglishSubjectFinder}.
 */
final class SubjectFinder {
  private static final int MAX_SUBJECT_TOKENS = 12;
  private SubjectFinder() {}

  static SpeakerRef resolve(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a == null ? null : a.cue();
    if (cue == null) {
      if (a != null && "en".equals(f.lang()) && ":,—–-".indexOf(f.charBefore(a.quoteStart())) >= 0) {
        SpeakerRef s = EnglishSubjectFinder.sentenceSubject(f, f.sentenceStart(a.quoteStart()), f.tokenAtOrAfter(a.quoteStart()), tracker);
        if (s != null) {
          return s;
        }
      }
      if (a != null && "en".equals(f.lang())) {
        // 'X criticised the plans. "…"': a person the sentence just before the quotation opens with, who has
        // not spoken yet, says the words rather than the speaker of earlier quotes
        SpeakerRef introduced = EnglishSubjectFinder.introducedBefore(f, a.quoteStart(), tracker);
        SpeakerRef current = tracker.current();
        if (introduced != null && introduced.entityId() != null
            && (current == null || !introduced.entityId().equals(current.entityId()))) {
          return introduced;
        }
      }
      if (a != null && "fa".equals(f.lang()) && tracker.inDocument()
          && !PersianDocumentStatements.marksAfterCue(f, a.quoteStart())) {
        return null; // «…» inside a message's words (the Leader's, a verse) is whom it cites, not its issuer
      }
      return tracker.current();
    }
    if ("fa".equals(f.lang())) {
      tracker.inDocument(PersianDocumentStatements.isCue(f, cue));
    }
    if (cue.kind() == CueKind.CONT) {
      if ("ar".equals(f.lang()) && pluralParticiple(f.tokens.get(cue.first()).form())) {
        // ذكر باحثون …، مؤكدين أن: a plural subject goes on, an unnamed group or several speakers, no one
        // person (null, as unnamed groups and coordinated speakers are)
        return null;
      }
      int next = cue.last() + 1;
      if ("ar".equals(f.lang()) && next < f.tokens.size() && Honorifics.is(f.tokens.get(next).form())) {
        return Honorifics.antecedent(f, next, tracker); // مؤكداً سموه
      }
      SpeakerRef opening = "ar".equals(f.lang()) ? openingSubject(f, cue.first()) : null;
      if (opening != null) {
        return opening;
      }
      // after a switch marker (من جهته شكر X الجمهور، مؤكدا) an older topic is not the one going on
      int sentence = f.tokenAtOrAfter(f.sentenceStart(f.tokens.get(cue.first()).start()));
      return switchBefore(f, cue.first(), sentence) ? tracker.current() : tracker.implicitSpeaker();
    }
    if ("ar".equals(f.lang()) && cue.kind() == CueKind.VERB && ownMasdar(f.tokens.get(cue.first()).form())) {
      return ownMasdar(f, cue, tracker);
    }
    return switch (f.lang()) {
      case "ar" -> arabic(f, a, tracker);
      case "fa" -> PersianDocumentStatements.issuer(f, a.cue(), persian(f, a, tracker), tracker);
      default -> english(f, a, tracker);
    };
  }

  /** A continuing participle in the masculine plural (مؤكدين، واصفين): the singular ones end in ا or ة. */
  private static boolean pluralParticiple(String form) {
    return form.endsWith("ين");
  }

  // ---------------------------------------------------------------- Arabic: verb, then subject

  /**
   * Verbal nouns of saying that carry their agent as a pronoun or take it from the sentence's verb
   * (folded forms): نقلت الوكالة عن المسؤول قوله إن …, واكتفى المتحدث بالقول إن ….
   */
  private static final java.util.Set<String> AR_OWN_MASDAR = StringSet.of("قوله", "قولها", "قولهم", "بقوله",
      "بقولها", "بقولهم", "بالقول", "تاكيده", "تاكيدها", "اعلانه", "اعلانها");

  /** Verbs of relaying someone's words (folded, without و): نقلت الوكالة عن X أن …. */
  private static final java.util.Set<String> RELAYING = StringSet.of("نقل", "نقلت", "ينقل", "تنقل", "نقلوا");
  /** أبلغ (informed): a ditransitive verb, its subject first and the one informed after it. */
  private static final java.util.Set<String> INFORMING = StringSet.of("أبلغ", "أبلغت", "ابلغ", "ابلغت", "أبلغوا", "ابلغوا");

  private static boolean ownMasdar(String form) {
    return AR_OWN_MASDAR.contains(form) || AR_OWN_MASDAR.contains(IndirectSpeechFinder.stripClitic(form));
  }

  /**
   * The speaker of a verbal noun of saying: whom the sentence quotes it from (نقلت … عن X قوله), else the
   * subject its sentence opened with (اكتفى X بالقول), else the cue's implicit speaker.
   */
  private static SpeakerRef ownMasdar(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    int first = f.tokenAtOrAfter(f.sentenceStart(f.tokens.get(cue.first()).start()));
    for (int k = cue.first() - 1; k >= first; k--) {
      if (f.tokens.get(k).form().equals("عن")) {
        SpeakerRef from = namedSubject(f, k + 1, cue.first(), tracker);
        if (from != null) {
          return from;
        }
        break;
      }
      if (k > first && onTongueAt(f, k - 1)) {
        return tongueSpeaker(f, k + 1, cue.first(), tracker); // ونشرت الصحيفة على لسان X قوله: X's words
      }
    }
    SpeakerRef opening = openingSubject(f, cue.first());
    if (opening == null && first + 1 < cue.first() && !ArabicObjectWords.notVerbFirst(f.tokens, first)) {
      // واكتفى الناطق باسمها X بالقول: the verb's subject; a sentence opening on its topic (وعن X ردت بالقول)
      // or a noun (الحديث يجذب …) has no verb there whose subject follows
      opening = namedSubject(f, first + 1, cue.first(), tracker);
    }
    return opening != null ? opening : implicit(f, cue, tracker);
  }

  private static SpeakerRef arabic(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    SpeakerRef antecedent = relativeAntecedent(f, cue.first());
    if (antecedent != null) {
      return antecedent; // بحسب الخبير كريم داوود، الذي صرح لموقع …: the relative's antecedent, not the addressee
    }
    SpeakerRef kana = kanaSubject(f, cue, tracker);
    if (kana != null) {
      return kana; // وكانت الوزارة قد أعلنت أمس أن: the subject between كان and its verb
    }
    SpeakerRef author = ArabicDocumentAuthors.author(f, cue);
    if (author != null) {
      return author; // وأصدر المفتش العام بيانا أكد فيه أن: the one who issued the statement
    }
    int i = cue.last() + 1;
    if (cue.kind() == CueKind.SOURCE && i + 1 < toks.size() && AR_WHAT.contains(toks.get(i).form())) {
      // وفقا لما أعلنته مجلة «X»: the subject of the verb (its object pronoun glued on) the source phrase runs into
      CueLexicon.Hit verb = f.lexicon.match(toks, i + 1, CueKind.VERB);
      i = verb != null ? verb.last() + 1 : i + 2;
    }
    if (!a.cueAfter()) {
      i = afterQuotedAddressee(f, i); // وأكد لـ«الشرق الأوسط» X …: the paper is told; the subject follows it
    }
    int limit = subjectLimit(f, a, i);
    int tongue = onTongueOf(f, i, relayLimit(f, a, i));
    if (tongue >= 0) {
      // وأكدت الوزارة على لسان المتحدث باسمها X أن …: the one whose tongue the words come from speaks, not
      // the body or medium that voices or prints them
      return tongueSpeaker(f, tongue, subjectLimit(f, a, tongue), tracker);
    }
    if (RELAYING.contains(IndirectSpeechFinder.stripClitic(toks.get(cue.first()).form()))) {
      // ونقلت الوكالة عن البروفسور X أن «…»: the one quoted from, not the medium relaying the words
      for (int k = i, relayEnd = relayLimit(f, a, i); k < relayEnd; k++) {
        if (toks.get(k).form().equals("عن")) {
          SpeakerRef from = namedSubject(f, k + 1, subjectLimit(f, a, k + 1), tracker);
          if (from != null) {
            return from;
          }
          break;
        }
      }
      if (!a.cueAfter()) {
        return null; // ونقلت الصحافة تصريحات …: words relayed with no one quoted from by name
      }
      // …، على ما نقلت وكالة «X»: after its clause, with no one quoted from, the medium is the source
    }
    if (i > 0 && i < limit && INFORMING.contains(IndirectSpeechFinder.stripClitic(toks.get(i - 1).form()))) {
      int informed = lastNounPhraseStart(f, i, limit);
      if (informed == i && nounPhraseEnd(f, i) >= toks.get(limit - 1).end()) {
        // X … أبلغت مجلس الأمن بأنها: the one named after the verb is the one informed; the subject came before
        SpeakerRef group = UnnamedGroups.before(f, cue);
        SpeakerRef before = group != null ? group : mentionJustBefore(f, cue.first());
        return before != null ? before : implicit(f, cue, tracker);
      }
      if (informed > i) {
        limit = informed; // وأبلغ المصدر وكالة الأنباء X بأن: the source, not the agency it told
      }
    }
    // وأردف قائلا: a second cue right after the verb means the verb had no subject of its own
    if (i < limit && f.lexicon.matchAny(toks, i, CueKind.CONT, CueKind.VERB) != null) {
      return tracker.current();
    }
    SpeakerRef group = UnnamedGroups.after(f, i, limit);
    if (group != null) {
      return group;
    }
    SpeakerRef quotedName = quotedSubject(f, i);
    if (quotedName == null && cue.kind() == CueKind.SOURCE) {
      quotedName = sourceKindThenQuotedName(f, i); // ووفقا لمجلة «X»: the ل is the source phrase's own
    }
    if (quotedName == null) {
      quotedName = kindThenQuotedName(f, i, a);
    }
    if (quotedName != null) {
      return quotedName;
    }
    if (i < limit && toks.get(i).form().equals("الله")) {
      return implicit(f, cue, tracker); // ودعا الله عز وجل أن …: God is what the speaker prays to, not the speaker
    }
    SpeakerRef issuer = documentIssuer(f, i);
    if (issuer != null) {
      return issuer; // وأوضح بيان أصدرته وزارة الزراعة بأن: the ministry, not the statement
    }
    SpeakerRef named = namedSubject(f, i, limit, tracker);
    if (named != null) {
      return named;
    }
    SpeakerRef described = antecedentOfRelativeClause(f, cue);
    if (described != null) {
      return described; // أيكان، الذي اتخذ إجراء …، قال: the name the relative clause describes
    }
    group = UnnamedGroups.before(f, cue);
    if (group != null) {
      return group;
    }
    SpeakerRef before = mentionJustBefore(f, cue.first());
    if (before != null) {
      return before;
    }
    if (i < limit && Honorifics.is(toks.get(i).form())) {
      return Honorifics.antecedent(f, i, tracker);
    }
    if (i < limit && f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker, toks.get(i).raw());
    }
    if (cue.kind() == CueKind.SOURCE && !a.cueAfter() && i < limit && UnnamedGroups.pluralSource(toks.get(i).form())) {
      // وفقا للمعلومات المتاحة، فإن …: a source phrase with a plural head (information, data, sources) names
      // sources the story leaves unnamed, not the last speaker; a singular definite one (وفقا للمجلة, the
      // magazine named before) and a pronoun (وفقا له) still go on from the speaker
      int end = i + 1;
      while (end < limit && !f.hasCharBetween(toks.get(end - 1).end(), toks.get(end).start(), ",،")) {
        end++;
      }
      return new SpeakerRef(null, null, f.text.substring(toks.get(i).start(), toks.get(end - 1).end()));
    }
    return implicit(f, cue, tracker);
  }

  /**
   * The first token of the last person or organisation named, or name in marks, in tokens [i, limit), or -1:
   * after أبلغ that last noun phrase is the one informed.
   */
  private static int lastNounPhraseStart(FieldView f, int i, int limit) {
    List<Token> toks = f.tokens;
    int last = -1;
    for (int k = i; k < limit; k++) {
      Token t = toks.get(k);
      MentionRef m = f.mentionAt(t);
      boolean opensMention = m != null && m.personOrOrg() && (k == i || f.mentionAt(toks.get(k - 1)) != m)
          // رئيس اللجنة خالد العمري: a person right after a plain word holds the subject's role, not the one informed
          && (k == i || !m.person() || f.mentionAt(toks.get(k - 1)) != null || f.spanAt(toks.get(k - 1).start()) != null);
      boolean opensQuoted = f.spanAt(t.start()) != null && (k == i || f.spanAt(toks.get(k - 1).start()) == null);
      if (opensMention || opensQuoted) {
        last = k;
      }
    }
    return last;
  }

  /** Where the name (mention or name in marks) opening at token i ends. */
  private static int nounPhraseEnd(FieldView f, int i) {
    Token t = f.tokens.get(i);
    MentionRef m = f.mentionAt(t);
    if (m != null) {
      return m.end();
    }
    QuoteSpan q = f.spanAt(t.start());
    return q != null ? q.outerEnd() : t.end();
  }

  /** Whether tokens j, j + 1 are على لسان (on the tongue of: the words are the next noun's). */
  private static boolean onTongueAt(FieldView f, int j) {
    String w = f.tokens.get(j).form();
    return (w.equals("علي") || w.equals("على")) && j + 1 < f.tokens.size()
        && f.tokens.get(j + 1).form().equals("لسان") && f.blankBetween(f.tokens.get(j).end(), f.tokens.get(j + 1).start());
  }

  /**
   * Token index after على لسان in the cue's subject window [from, to), else -1. A comma ends the subject's
   * phrase unless على لسان comes right after it (أعلنت الجبهة، على لسان …): past it a new clause may begin
   * (كما قال X، فيما جاء … على لسان Y).
   */
  private static int onTongueOf(FieldView f, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (onTongueAt(f, k)) {
        return k + 2;
      }
      if (k > from && f.hasCharBetween(f.tokens.get(k - 1).end(), f.tokens.get(k).start(), ",،")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whom على لسان names in tokens [from, limit): an unnamed group (مصادر), else the named subject; a role
   * with no name (متحدث باسم الشرطة) keeps its words and no entity, never the body it speaks for.
   */
  private static SpeakerRef tongueSpeaker(FieldView f, int from, int limit, SpeakerTracker tracker) {
    SpeakerRef group = UnnamedGroups.after(f, from, limit);
    if (group != null) {
      return group;
    }
    SpeakerRef named = quotedSubject(f, from);
    if (named == null) {
      named = namedSubject(f, from, limit, tracker);
    }
    return named != null ? named : new SpeakerRef(null, null, f.text.substring(f.tokens.get(from).start(),
        f.tokens.get(Math.max(from, limit - 1)).end()));
  }

  /** How far into an Arabic subject a description may run before the name that closes it. */
  private static final int MAX_DESCRIPTION_TOKENS = 6;

  /**
   * An Arabic subject of tokens [from, limit) that is a description closed by a name the entity step did
   * not know (مدافع المنتخب الغاني كوفي مينساه، مدرب كوستاريكا لويس فارغاس): two or three plain words right
   * after a definite word (see {@link RolePhrase#arabicNameAfterDefinite}), ending the subject (the
   * limit, punctuation, or the article of the verb's object). The name is published, the words kept.
   */
  static SpeakerRef nameClosingDescription(FieldView f, int from, int limit) {
    List<Token> toks = f.tokens;
    for (int k = from + 1; k + 1 < limit && k - from <= MAX_DESCRIPTION_TOKENS; k++) {
      if (!f.blankBetween(toks.get(k - 1).end(), toks.get(k).start()) || f.mentionAt(toks.get(k - 1)) != null
          && f.mentionAt(toks.get(k - 1)).person()) {
        return null; // punctuation or a known person first: not a description closed by an unknown name
      }
      if (!RolePhrase.arabicNameAfterDefinite(f, k)) {
        continue;
      }
      int end = k + 2;
      if (end < limit && f.blankBetween(toks.get(end - 1).end(), toks.get(end).start())
          && RolePhrase.plainArabicWord(f, end)
          && (end + 1 == limit || !f.blankBetween(toks.get(end).end(), toks.get(end + 1).start()))) {
        end++; // a third name word right before the subject ends
      }
      boolean closes = end == limit || end < toks.size()
          && (!f.blankBetween(toks.get(end - 1).end(), toks.get(end).start()) || toks.get(end).form().startsWith("ال"));
      if (!closes) {
        return null;
      }
      String name = f.text.substring(toks.get(k).start(), toks.get(end - 1).end());
      return new SpeakerRef(null, name, f.text.substring(toks.get(from).start(), toks.get(end - 1).end()));
    }
    return null;
  }

  /**
   * A description closed by a name the entity step did not know (see {@link #nameClosingDescription}) that
   * fills the subject from token {@code from} up to a comma before mention {@code m}: the body named after
   * the comma is only the apposition's (a player's former club, an official's ministry).
   */
  private static SpeakerRef describedBeforeComma(FieldView f, int from, MentionRef m) {
    List<Token> toks = f.tokens;
    for (int c = from + 1; c < toks.size() && toks.get(c).start() <= m.start(); c++) {
      if (f.hasCharBetween(toks.get(c - 1).end(), toks.get(c).start(), ",،")) {
        return nameClosingDescription(f, from, c);
      }
    }
    return null;
  }

  /** ما / لما after a source head (وفقا لما، حسب ما), before the verb whose subject is the source. */
  private static final java.util.Set<String> AR_WHAT = StringSet.of("ما", "لما");

  private static final java.util.Set<String> AR_RELATIVES = StringSet.of("الذي", "التي");

  /**
   * A speech verb right after الذي/التي: its subject is the person or body named just before the relative
   * (a comma between them allowed). Null when no mention ends there.
   */
  private static SpeakerRef relativeAntecedent(FieldView f, int cueToken) {
    if (cueToken == 0 || !AR_RELATIVES.contains(f.tokens.get(cueToken - 1).form())) {
      return null;
    }
    int rel = f.tokens.get(cueToken - 1).start();
    MentionRef found = null;
    for (MentionRef m : f.mentionsIn(Math.max(0, rel - 80), rel)) {
      if (m.personOrOrg() && m.end() <= rel && f.text.substring(m.end(), rel).replace("،", "").replace(",", "").isBlank()) {
        found = m;
      }
    }
    if (found != null) {
      return SpeakerRef.of(found, found.text());
    }
    return apposedAntecedent(f, cueToken - 1, rel);
  }

  /** How many words a relative clause set off by commas may hold between its antecedent and the verb after it. */
  private static final int MAX_RELATIVE_CLAUSE_TOKENS = 30;

  /**
   * Round 33: a verb of saying right after the comma that closes a relative clause (X، الذي يسعى إلى …، قال
   * إن): with no subject of its own after it, its subject is the person or body the clause describes, named
   * right before الذي/التي (a comma between), not the last speaker. Null when the clause holds marks or a cue
   * of its own, or the sentence opens first.
   */
  private static SpeakerRef antecedentOfRelativeClause(FieldView f, CueLexicon.Hit cue) {
    int c = cue.first();
    if (cue.kind() != CueKind.VERB || c < 3 || !f.hasCharBetween(f.tokens.get(c - 1).end(), f.tokens.get(c).start(), "،,")) {
      return null;
    }
    for (int j = c - 1, n = 0; j >= 1 && n < MAX_RELATIVE_CLAUSE_TOKENS; j--, n++) {
      Token t = f.tokens.get(j);
      if (f.terminatorBetween(f.tokens.get(j - 1).end(), t.start()) || f.spanAt(t.start()) != null) {
        return null;
      }
      if (AR_RELATIVES.contains(t.form())) {
        if (j == c - 1 || !f.hasCharBetween(f.tokens.get(j - 1).end(), t.start(), "،,")) {
          return null;
        }
        MentionRef m = f.mentionAt(f.tokens.get(j - 1));
        return m != null && m.personOrOrg() && m.end() <= t.start() ? SpeakerRef.of(m, m.text()) : null;
      }
      if (f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.COMP, CueKind.SOURCE) != null) {
        return null;
      }
    }
    return null;
  }

  /** كان and its forms that open a past-perfect sentence (folded, with or without و). */
  private static final java.util.Set<String> AR_KANA = StringSet.of("كان", "كانت", "وكان", "وكانت");

  /** How many words the subject between كان and its verb may hold. */
  private static final int MAX_KANA_SUBJECT_TOKENS = 8;

  /**
   * Round 27: after كان the subject comes before the verb (وكانت الوزارة قد أعلنت أن, وكان X مدير الشركة أكد
   * أن, وكانت المحكمة العليا أكدت): the words between كان and the finite speech verb (a قد
   * between allowed) are its subject, not those after it. Null when punctuation, marks, a cue or a
   * complementizer stands between, the cue is no finite verb or كان does not open the sentence.
   */
  private static SpeakerRef kanaSubject(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    if (cue.kind() != CueKind.VERB || ownMasdar(f.tokens.get(cue.first()).form())) {
      return null;
    }
    int end = cue.first();
    if (end > 0 && f.tokens.get(end - 1).form().equals("قد")) {
      end--;
    }
    int sentence = f.tokenAtOrAfter(f.sentenceStart(f.tokens.get(cue.first()).start()));
    for (int j = end - 1; j >= Math.max(sentence, end - 1 - MAX_KANA_SUBJECT_TOKENS); j--) {
      Token t = f.tokens.get(j);
      if (f.hasCharBetween(t.end(), f.tokens.get(j + 1).start(), ".!?؟,،:؛;()\"«»")) {
        return null;
      }
      if (AR_KANA.contains(t.form())) {
        // only كان opening its sentence: inside one it is an auxiliary of another verb (كان ينام … قال)
        return j == sentence && j + 1 < end ? namedSubject(f, j + 1, end, tracker) : null;
      }
      if (f.spanAt(t.start()) != null || AR_NEGATIONS.contains(t.form())
          || f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.COMP, CueKind.SOURCE) != null) {
        return null; // وكان المسؤولون لا يعرفون …: a negated verb of its own is كان's predicate
      }
    }
    return null;
  }

  private static final java.util.Set<String> AR_NEGATIONS = StringSet.of("لا", "لم", "لن", "ما", "ليس", "ليست");

  /** How many words an apposed role set off by commas may hold between a name and its relative. */
  private static final int MAX_APPOSED_ROLE_TOKENS = 8;

  /**
   * Round 27: the antecedent of الذي/التي set off from it by an apposed role (X، المدعي العام في المدينة،
   * الذي قال إن) or standing in marks right before it (وكالة «X» التي قالت إنها): the
   * relative takes up the name, the role only describes it. Null when anything but plain words of the role
   * (a cue, other marks, a sentence end) stands between.
   */
  private static SpeakerRef apposedAntecedent(FieldView f, int relToken, int rel) {
    QuoteSpan q = relToken > 0 ? f.spanAt(f.tokens.get(relToken - 1).start()) : null;
    if (q != null && q.closed() && f.blankBetween(q.outerEnd(), rel)) {
      return quotedName(f, q);
    }
    int j = relToken - 1;
    if (j < 1 || !f.hasCharBetween(f.tokens.get(j).end(), rel, "،,")) {
      return null;
    }
    for (int n = 0; j >= 1 && n < MAX_APPOSED_ROLE_TOKENS; j--, n++) {
      Token t = f.tokens.get(j);
      if (f.spanAt(t.start()) != null || f.mentionAt(t) != null && f.mentionAt(t).person()
          || f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.COMP, CueKind.SOURCE) != null
          || f.terminatorBetween(f.tokens.get(j - 1).end(), t.start())) {
        return null;
      }
      if (f.hasCharBetween(f.tokens.get(j - 1).end(), t.start(), "،,")) {
        MentionRef m = f.mentionAt(f.tokens.get(j - 1));
        return m != null && m.person() && m.end() <= t.start() ? SpeakerRef.of(m, m.text()) : null;
      }
    }
    return null;
  }

  /** How far into an Arabic sentence its opening verb's subject may be named (من جهته وجه العتيبي …). */
  private static final int MAX_OPENING_SUBJECT_TOKEN = 10;

  /**
   * The person a continuation participle goes on from when its sentence opened with a verb of its own
   * (دعا رئيس الشركة كيم سونغهو … قائلا إن …, من جهته وجه العتيبي شكره … مؤكداً أن …): the first person
   * named near the sentence's start, before any complementizer or quotation. Null when there is none.
   */
  private static SpeakerRef openingSubject(FieldView f, int cueToken) {
    int first = f.tokenAtOrAfter(f.sentenceStart(f.tokens.get(cueToken).start()));
    if (first + 1 < cueToken && f.lexicon.match(f.tokens, first, CueKind.VERB) != null
        && (f.lexicon.match(f.tokens, first + 1, CueKind.STOP) != null || ArabicParticles.opensAdjunct(f.tokens.get(first + 1)))) {
      return null; // وأشار إلى حرص الجهاز الطبي بقيادة X …، مضيفا: the verb had no subject, X is in its object
    }
    for (int j = first; j < cueToken && j - first < MAX_OPENING_SUBJECT_TOKEN; j++) {
      Token t = f.tokens.get(j);
      if (f.spanAt(t.start()) != null) {
        continue; // a name in marks («هيونداي موتور غروب») is part of the subject's titles
      }
      if (f.lexicon.matchAny(f.tokens, j, CueKind.COMP, CueKind.VERB, CueKind.CONT) != null && j > first) {
        return null;
      }
      if (j > first + 1 && UnnamedGroups.qualifier(t)) {
        // وواصلت القوات الموالية للرئيس X …، مشيرة: the forces, whom X only qualifies, left unnamed
        return new SpeakerRef(null, null, f.text.substring(f.tokens.get(first + 1).start(), f.tokens.get(j - 1).end()));
      }
      MentionRef m = f.mentionAt(t);
      if (m != null && m.person()) {
        return SpeakerRef.of(m, m.text());
      }
    }
    return null;
  }

  /** A quoted name right after the verb (وأوضح "نادر سليم" أن …): the name is the subject. */
  static SpeakerRef quotedSubject(FieldView f, int i) {
    if (i >= f.tokens.size()) {
      return null;
    }
    QuoteSpan q = f.spanAt(f.tokens.get(i).start());
    if (q == null || !q.closed() || !f.noWordsBetween(f.tokens.get(i - 1).end(), q.outerStart())) {
      return null;
    }
    return quotedName(f, q);
  }

  /** How many words of a kind (شركة, صحيفة, پایگاه خبری, سناتور) may stand before the quoted name they introduce. */
  private static final int MAX_KIND_WORDS = 2;

  /**
   * A subject that opens with a word or two of its kind and then the name in marks: 'وذكرت شركة «نور
   * للطاقة» أن', 'روزنامه "دیلی اکسپرس" نوشت', 'سناتور "جیمز هالوی" گفت'.
   * The quoted name is the speaker (its mention, else its words). Null when the words before the marks
   * are a cue, a complementizer or a preposition, or the marks hold words said.
   */
  static SpeakerRef kindThenQuotedName(FieldView f, int i, Attribution a) {
    QuoteSpan q = kindThenQuotedSpan(f, i, a);
    return q == null ? null : quotedName(f, q);
  }

  /** After an Arabic source phrase, its kind word with the phrase's ل and then a name in marks (لمجلة «X»), or null. */
  private static SpeakerRef sourceKindThenQuotedName(FieldView f, int i) {
    if (i + 1 >= f.tokens.size() || !f.tokens.get(i).raw().startsWith("ل")) {
      return null;
    }
    QuoteSpan q = f.spanAt(f.tokens.get(i + 1).start());
    return q != null && q.closed() && f.noWordsBetween(f.tokens.get(i).end(), q.outerStart()) ? quotedName(f, q) : null;
  }

  /**
   * Arabic bodies whose kind word may take its describing adjectives before the name in marks (شركة النقل
   * البحري الخاصة «X», صحيفة المساء المحلية «X»): the kind, a field and a nationality come before the name.
   */
  private static final java.util.Set<String> AR_BODY_KINDS = StringSet.of("شركة", "مجموعة", "صحيفة", "جريدة", "مجلة",
      "وكالة", "قناة", "محطة", "شبكة", "موقع", "منظمة", "حركة", "حزب", "جماعة", "جمعية", "بنك", "مصرف", "تلفزيون",
      "اذاعة", "ائتلاف", "تحالف", "هيئة");

  /** How many words an Arabic body's kind word and its adjectives may hold before its name in marks. */
  private static final int MAX_AR_BODY_KIND_WORDS = 4;

  /** The marks of {@link #kindThenQuotedName}'s name, or null. */
  static QuoteSpan kindThenQuotedSpan(FieldView f, int i, Attribution a) {
    List<Token> toks = f.tokens;
    // round 27: an Arabic body's kind word may keep its adjectives before the name (not a role: رئيس شركة «X»
    // speaks for himself, and a role word stops the walk below)
    int maxWords = "ar".equals(f.lang()) && i < toks.size() && AR_BODY_KINDS.contains(toks.get(i).form())
        ? MAX_AR_BODY_KIND_WORDS : MAX_KIND_WORDS;
    if (f.spans.isEmpty() || !marksWithin(f, i + 1, i + maxWords)) {
      return null; // the cheap test first: no marks right after the first word or two
    }
    int quoteAt = a.cueAfter() ? Integer.MAX_VALUE : a.quoteStart();
    for (int j = i; j < toks.size() && j < i + maxWords; j++) {
      Token t = toks.get(j);
      if (f.spanAt(t.start()) != null || t.start() >= quoteAt
          || f.lexicon.matchAny(toks, j, CueKind.VERB, CueKind.CONT, CueKind.COMP, CueKind.STOP, CueKind.PRONOUN) != null
          || j >= i + MAX_KIND_WORDS && f.lexicon.match(toks, j, CueKind.ROLE) != null
          || "ar".equals(f.lang()) && ArabicParticles.opensAdjunct(t)) {
        return null;
      }
      int next = j + 1;
      if (next >= toks.size() || toks.get(next).start() >= quoteAt) {
        return null;
      }
      QuoteSpan q = f.spanAt(toks.get(next).start());
      if (q != null && q.closed() && f.noWordsBetween(t.end(), q.outerStart())) {
        return quotedName(f, q) == null ? null : q;
      }
      if (!f.text.substring(t.end(), toks.get(next).start()).isBlank()) {
        return null; // punctuation ends the subject
      }
    }
    return null;
  }

  /** Whether one of tokens [from, to] opens a quotation span. */
  private static boolean marksWithin(FieldView f, int from, int to) {
    for (int j = from; j <= to && j < f.tokens.size(); j++) {
      QuoteSpan q = f.spanAt(f.tokens.get(j).start());
      if (q != null && q.contentStart() <= f.tokens.get(j).start()
          && f.tokenAtOrAfter(q.contentStart()) == j) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token index where the عن of a relaying verb may still come: the subject window run on over its time
   * and place adjuncts (نقلت وكالة X اليوم عن الوزارة «…») and a name in marks (وكالة «X»), up to
   * punctuation, the quote or a complementizer.
   */
  static int relayLimit(FieldView f, Attribution a, int i) {
    List<Token> toks = f.tokens;
    int quoteAt = a.cueAfter() ? Integer.MAX_VALUE : a.quoteStart();
    int k = i;
    for (; k < toks.size() && k - i < MAX_SUBJECT_TOKENS; k++) {
      Token t = toks.get(k);
      QuoteSpan q = f.spanAt(t.start());
      if (q != null && t.start() < quoteAt && q.closed()
          && f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart()) < QuotedName.MIN_SAID_TOKENS) {
        k = f.tokenAtOrAfter(q.outerEnd()) - 1; // ونقلت وكالة «X» عن …: the relaying medium's name in marks
        continue;
      }
      if (t.start() >= quoteAt || q != null || f.lexicon.match(toks, k, CueKind.COMP) != null
          || k > i && f.hasCharBetween(toks.get(k - 1).end(), t.start(), ":.!?؟;؛")) {
        break;
      }
    }
    return k;
  }

  /** Token index where the Arabic subject window ends: a colon, the quote, a complementizer, an adjunct. */
  static int subjectLimit(FieldView f, Attribution a, int i) {
    List<Token> toks = f.tokens;
    int limit = i;
    int quoteAt = a.cueAfter() ? Integer.MAX_VALUE : a.quoteStart();
    boolean aliFirst = i < toks.size() && f.mentionAt(toks.get(i)) == null && givenNameAli(f, i, toks.size());
    while (limit < toks.size() && limit - i < MAX_SUBJECT_TOKENS) {
      Token t = toks.get(limit);
      if (t.start() >= quoteAt) {
        break;
      }
      if (f.spanAt(t.start()) != null) {
        if (limit == i && quotedSubject(f, i) != null) {
          limit = f.tokenAtOrAfter(f.spanAt(t.start()).outerEnd()); // the quoted name is the subject
          continue;
        }
        break;
      }
      int prevEnd = limit == 0 ? 0 : toks.get(limit - 1).end();
      if (f.hasCharBetween(prevEnd, t.start(), ":.!?؟;؛")) {
        break;
      }
      if (limit > i && "ar".equals(f.lang()) && f.hasCharBetween(prevEnd, t.start(), ",،")
          && (t.raw().startsWith("و") && f.mentionAt(t) == null || aliFirst)) {
        // …، بحسب مراسل لوكالة X، وكان الوزير Y …: past a comma, و opens the next clause, not the subject's phrase;
        // وقال علي X، المتحدث باسم Y: the name the entity step missed ends at its comma, the body after it is spoken for
        break;
      }
      if (f.lexicon.matchAny(toks, limit, CueKind.COMP, CueKind.STOP) != null && limit > i
          && !givenNameAli(f, limit, toks.size())) {
        break;
      }
      if (limit > i && a.cue().kind() == CueKind.SOURCE && "ar".equals(f.lang()) && IndirectSpeechFinder.faInna(t.form())) {
        break; // وبحسب دريك فإن …: فإن opens the clause, the source ends before it (after a verb it may be «van»)
      }
      if (limit == i && f.lexicon.matchAny(toks, limit, CueKind.COMP, CueKind.STOP) != null
          && !givenNameAli(f, limit, toks.size())) {
        break; // right after the verb too: وقال علي X is Ali speaking, not a preposition (the fold makes it على)
      }
      limit++;
    }
    return limit;
  }

  /**
   * The subject in tokens [i, limit): a person or organisation mention (with the role phrase before it,
   * binding that role), else a role phrase (resolved through bound roles when possible), else a short
   * phrase kept as text.
   */
  private static SpeakerRef namedSubject(FieldView f, int i, int limit, SpeakerTracker tracker) {
    return namedSubject(f, i, limit, tracker, false);
  }

  /** As above; {@code newSpeaker}: the verb marks someone new ('… نیز گفت'), so a bare role is not the current speaker. */
  private static SpeakerRef namedSubject(FieldView f, int i, int limit, SpeakerTracker tracker, boolean newSpeaker) {
    if (i >= limit) {
      return null;
    }
    if ("ar".equals(f.lang())) {
      limit = UnnamedGroups.ownWordsEnd(f, i, limit); // القوات الموالية لـX: X only qualifies the forces
    }
    List<Token> toks = f.tokens;
    int from = toks.get(i).start();
    int to = toks.get(limit - 1).end();
    RolePhrase role = RolePhrase.at(f, i);
    for (MentionRef m : f.mentionsIn(from, to)) {
      if (role == null && "ar".equals(f.lang()) && addressee(f, m)) {
        continue; // وقال لوكالة الصحافة الفرنسية: the one spoken to, not the speaker
      }
      if (role != null && m.person() && m.start() <= toks.get(role.first()).start()) {
        return SpeakerRef.of(m, m.text()); // the entity step merged the role into the person: رئيس الجمهورية
      }
      if (m.personOrOrg()) {
        if (role != null && m.person() && m.start() >= toks.get(role.end() - 1).end() && titleJustBefore(f, m)) {
          // عميد كلية الهندسة بجامعة الملك سعود الدكتور سامي الراشد: the title right before the name closes the
          // role's complements, however long
          SpeakerRef s = SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end()));
          tracker.bindRole(role.key(), s);
          return s;
        }
        if (role != null && m.start() >= toks.get(role.end() - 1).end() && gapIsTitleOrComma(f, role.end(), m)) {
          MentionRef person = m.person() ? m : personAfter(f, m.end(), to);
          if (person != null) {
            m = person; // عميد معهد … الدكتور عادل باناعمة: the body the role heads, then its holder
          }
          SpeakerRef s = SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end()));
          tracker.bindRole(role.key(), s);
          return s;
        }
        if (role != null && m.start() < toks.get(role.end() - 1).end()) {
          continue; // inside the role phrase: المتحدث باسم الخارجية is a role, not the ministry
        }
        if (role == null) {
          MentionRef person = m.person() ? null : personAfter(f, m.end(), to);
          if (person != null && (titleJustBefore(f, person) || spokenFor(f, m) && onlyCommaBetween(f, m.end(), person.start()))) {
            // أستاذ بجامعة X الدكتور Y: the titled person, not the body; نائبة المتحدث باسم الحكومة، Y،:
            // the body spoken for, then the one who spoke
            return SpeakerRef.of(person, person.text());
          }
          SpeakerRef named = m.person() || !"ar".equals(f.lang()) ? null : unknownNameBeforeRole(f, i, m);
          if (named != null) {
            return named; // وقال X Y المتحدث باسم الحركة: the name the entity step missed, not the body of the role
          }
          SpeakerRef described = m.person() || !"ar".equals(f.lang()) ? null : describedBeforeComma(f, i, m);
          if (described != null) {
            return described; // قال نجم الوسط X Y، لاعب نادي Z السابق: the name before the comma, not the club after it
          }
          return SpeakerRef.of(m, m.text());
        }
        break; // a mention further on belongs to an adjunct (…مع أمير قطر)
      }
    }
    if (role != null) {
      MentionRef holder = "ar".equals(f.lang()) ? holderClosingSubject(f, role.end()) : null;
      if (holder != null) {
        // مدير عام فرع الوزارة … سامي بن خالد العنزي أن, مسؤول (برنامج) في المنطقة X أن: the role's complement,
        // then the person holding it right before the clause
        SpeakerRef s = SpeakerRef.of(holder, f.text.substring(toks.get(i).start(), holder.end()));
        tracker.bindRole(role.key(), s);
        return s;
      }
      SpeakerRef apposed = "ar".equals(f.lang()) ? apposedUnknownName(f, role.first(), limit, true) : null;
      if (apposed != null) {
        // عضو لجنة … في المجلس، النائبة سوزان كريم أمين، / المتحدث باسم المركز … مازن الحداد، أنه: the name the
        // entity step missed, set off after the role, is the speaker and the role is theirs from here on
        tracker.bindRole(role.key(), apposed);
        return apposed;
      }
      SpeakerRef bound = tracker.role(role.key());
      String text = role.text(f);
      String unknownName = nameAfterRole(f, role, limit);
      // an Arabic role runs into a name the entity step missed (الناطق باسم المجلس علي الأحمدي): a long one
      // may hold a name, and is not taken for the current speaker
      boolean mayHoldName = "ar".equals(f.lang()) && role.end() - role.first() > MAX_ARABIC_BARE_ROLE_TOKENS;
      if (bound == null && unknownName.isEmpty() && !mayHoldName && !"en".equals(f.lang())
          && !switchBefore(f, i, f.tokenAtOrAfter(f.sentenceStart(from))) && !indefiniteArabic(f, role) && !newSpeaker
          && !indefinite(text)) {
        // an unbound role after a named speaker is that speaker ('فرهاد اسدی … اظهار داشت' then 'مسؤول
        // اطلاع‌رسانی … گفت'); a switch marker (من جانبه) turns to someone new instead, and so does Persian
        // 'one' (یک منبع … گفت, round 43: someone new left unnamed)
        SpeakerRef current = tracker.current();
        bound = current != null && current.entityId() != null && !Pronouns.impersonal(current) ? current : null;
      }
      // a name the entity step missed is still a name: published as the speaker's name, the role kept in the text
      return bound != null ? bound.namedAs(text)
          : new SpeakerRef(null, unknownName.isEmpty() ? null : unknownName.strip(), text + unknownName);
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return null;
    }
    if ("ar".equals(f.lang()) && limit < toks.size() && HOLDER_COMPLEMENT_PREPOSITIONS.contains(toks.get(limit).form())
        && !ArabicParticles.opensAdjunct(toks.get(i))) {
      MentionRef holder = holderClosingSubject(f, i);
      if (holder != null) {
        // القيادي في الجيش السوري الحر X، أن: the window stops at the role's preposition; the person closing
        // the subject right before the clause holds the role
        return SpeakerRef.of(holder, f.text.substring(toks.get(i).start(), holder.end()));
      }
    }
    if ("ar".equals(f.lang()) && !ArabicParticles.opensAdjunct(toks.get(i))) {
      SpeakerRef described = nameClosingDescription(f, i, limit);
      if (described != null) {
        return described; // مدافع المنتخب الغاني كوفي مينساه: the name, not the first four words
      }
    }
    if ("ar".equals(f.lang()) && !ArabicParticles.opensAdjunct(toks.get(i))) {
      // set off by a comma or a title only: a bare subject window runs on over objects and adjuncts (… هذا
      // العام حتى يوليو), where a definite word followed by plain words is no description closed by a name
      SpeakerRef apposed = apposedUnknownName(f, i, limit, false);
      if (apposed != null) {
        return apposed; // رئيس الفريق الذي أجرى التجربة، مارك دونوفان إن: the name set off after the description
      }
    }
    if (!f.articleHasEntities || "ar".equals(f.lang()) && !ArabicParticles.opensAdjunct(toks.get(i))) {
      // no entity here (the entity step has not run, or missed an Arabic name right after the verb:
      // وقال المسعد:): keep the subject words as the speaker's name rather than the previous speaker
      int window = Math.min(limit, i + 4);
      if ("ar".equals(f.lang())) {
        // وروى ما جرى قائلا, وشرحت فكرتها قائلة: the words before the participle are the verb's object (round 46)
        int cueAt = ArabicObjectWords.cueWithin(f, i + 1, window);
        if (ArabicObjectWords.object(f, i, cueAt < window && f.lexicon.match(toks, cueAt, CueKind.CONT) != null)) {
          return null;
        }
        window = cueAt;
      }
      int end = i + 1;
      while (end < window && f.text.substring(toks.get(end - 1).end(), toks.get(end).start()).isBlank()
          && !ArabicParticles.opensAdjunct(toks.get(end))) {
        end++;
      }
      return new SpeakerRef(null, null, f.text.substring(toks.get(i).start(), toks.get(end - 1).end()));
    }
    return null;
  }

  /** Most words of a name before its role: ذبيح الله مجاهد, سيد كبير أميري. */
  private static final int MAX_NAME_BEFORE_ROLE = 4;

  /**
   * An Arabic subject that opens with a name the entity step did not know, followed by the person's role in a
   * body (X Y المتحدث باسم طالبان, X Y Z مدير إدارة مستشفيات كابل): two to four name words right before a role
   * word, with only spaces between, and the body's mention {@code m} after the role. The body only qualifies
   * the role; the name is the speaker, published with the role kept in the text. Null otherwise.
   */
  private static SpeakerRef unknownNameBeforeRole(FieldView f, int i, MentionRef m) {
    List<Token> toks = f.tokens;
    if (i > 0 && f.lexicon.match(toks, i - 1, CueKind.SOURCE) != null) {
      return null; // وفقا لقرار معالي وزير …: a document and its issuer after a source word, no name
    }
    int bodyToken = f.tokenAtOrAfter(m.start());
    for (int r = i; r < bodyToken && r - i <= MAX_NAME_BEFORE_ROLE; r++) {
      boolean comma = r > i && !f.blankBetween(toks.get(r - 1).end(), toks.get(r).start());
      if (comma && !(onlyCommaBetween(f, toks.get(r - 1).end(), toks.get(r).start())
          && f.lexicon.match(toks, r, CueKind.ROLE) != null)) {
        return null; // only a comma may set the role off from the name (X Y، المتحدث باسم الحكومة)
      }
      if (f.lexicon.match(toks, r, CueKind.ROLE) != null) {
        if (r - i < 2) {
          return null;
        }
        String name = f.text.substring(toks.get(i).start(), toks.get(r - 1).end());
        return new SpeakerRef(null, name, f.text.substring(toks.get(i).start(), m.end()));
      }
      if (!(r == i ? RolePhrase.plainArabicWord(f, r) : nameWord(f, r) || ALLAH.equals(toks.get(r).form()))
          && !givenNameAli(f, r, toks.size())) {
        return null; // علي أحمدي متحدث باسم …, محمد علي جعفري، قائد …: Ali is a name word, not the preposition على
      }
    }
    return null;
  }

  /** The second half of a compound given name (عبد الله، وحد الله، ذبيح الله). */
  private static final String ALLAH = "الله";

  /** How far past the subject window (an adjunct: في البرلمان) an apposed name set off by commas is looked for. */
  private static final int MAX_APPOSITION_TOKENS = 16;
  private static final int MAX_APPOSED_NAME_TOKENS = 3;

  /**
   * An Arabic subject that describes its speaker and then names them with a name the entity step did not
   * know: two or three name words set off by a comma (or a title after one) or following the description's
   * definite last word, and closed by a comma or the subject's end ('عضو لجنة … في مجلس المحافظة، النائبة
   * سوزان كريم أمين، …', '… والشؤون الإغاثية مازن الحداد، أنه', 'رئيس الفريق …، مارك دونوفان إن'). A run after a
   * comma may lie past an adjunct that ends the subject window, up to the clause. The name is published,
   * the words from the subject's start kept as the text; {@code afterDefiniteToo}: a run after a definite
   * word with no comma counts too (for a role phrase's window only). Null when there is no such run.
   */
  static SpeakerRef apposedUnknownName(FieldView f, int from, int limit, boolean afterDefiniteToo) {
    List<Token> toks = f.tokens;
    int scanEnd = from;
    boolean bounded = false; // the scan stopped at the clause (a complementizer, cue, quote, colon), not at its cap
    while (scanEnd < toks.size() && scanEnd - from < MAX_APPOSITION_TOKENS) {
      Token t = toks.get(scanEnd);
      if (f.spanAt(t.start()) != null || scanEnd > from
          && f.hasCharBetween(toks.get(scanEnd - 1).end(), t.start(), ":.!?؟;؛«»\"")
          || scanEnd > from && f.lexicon.matchAny(toks, scanEnd, CueKind.COMP, CueKind.VERB, CueKind.CONT) != null
          && !givenNameAli(f, scanEnd, toks.size())) {
        bounded = true;
        break;
      }
      scanEnd++;
    }
    bounded |= scanEnd == toks.size();
    for (int k = from + 1; k + 1 < scanEnd; k++) {
      if (APPOSITION_BARRIERS.contains(toks.get(k - 1).form()) || toks.get(k - 1).form().startsWith("نظير")) {
        return null; // مع نظيره التونسي، كمال الزيدي: the one met or spoken to, not the speaker
      }
      boolean afterComma = commaBetween(f, k - 1, k);
      boolean afterTitle = k - 2 >= from && commaBetween(f, k - 2, k - 1) && blankBetween(f, k - 1, k)
          && f.lexicon.matchAny(toks, k - 1, CueKind.HONORIFIC, CueKind.ROLE) != null;
      MentionRef person = afterComma || afterTitle ? personOpeningAt(f, k, scanEnd, bounded) : null;
      if (person != null) {
        // … في مجلس المحافظة، النائبة سوزان كريم أمين، في تصريح: the person the entity step found, in part
        return SpeakerRef.of(person, f.text.substring(toks.get(from).start(), person.end()));
      }
      boolean afterDefinite = afterDefiniteToo && k < limit && k - 1 > from && blankBetween(f, k - 1, k) && toks.get(k - 1).form().startsWith("ال");
      if (!(afterComma || afterTitle || afterDefinite) || !RolePhrase.plainArabicWord(f, k)) {
        continue;
      }
      int end = k + 1;
      while (end < scanEnd && end - k < MAX_APPOSED_NAME_TOKENS && blankBetween(f, end - 1, end) && nameWord(f, end)) {
        end++;
      }
      boolean commaClosed = end < toks.size() && commaBetween(f, end - 1, end);
      boolean closes;
      if (afterComma || afterTitle) {
        closes = commaClosed && end < scanEnd || end == scanEnd && bounded;
      } else {
        // after a definite word, with no comma to set it off: all plain words up to the subject's end
        // (مدرب كوستاريكا لويس فارغاس), or a family name with the article closed by a comma before the clause
        // (… الإغاثية مازن الحداد، أنه); 'واحد من الحضور بعد الندوة' is no name
        closes = end == limit && allPlain(f, k, end)
            || commaClosed && f.lexicon.match(toks, end, CueKind.COMP) != null;
      }
      if (end - k >= 2 && closes) {
        String name = f.text.substring(toks.get(k).start(), toks.get(end - 1).end());
        return new SpeakerRef(null, name, f.text.substring(toks.get(from).start(), toks.get(end - 1).end()));
      }
    }
    return null;
  }

  private static boolean allPlain(FieldView f, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!RolePhrase.plainArabicWord(f, j)) {
        return false;
      }
    }
    return true;
  }

  /** Words between a subject's head and an apposed name that make the name someone else's (met, spoken to). */
  private static final java.util.Set<String> APPOSITION_BARRIERS = StringSet.of("مع", "عن", "الى", "على", "لدى",
      "عند", "امام", "بين", "ضد");

  /**
   * A person mention at token k, or after one plain word there (a given name the entity step left out:
   * سوزان كريم أمين), closed by a comma or by the clause. Null otherwise.
   */
  private static MentionRef personOpeningAt(FieldView f, int k, int scanEnd, boolean bounded) {
    List<Token> toks = f.tokens;
    for (int j = k; j <= k + 1 && j < scanEnd; j++) {
      MentionRef m = f.mentionAt(toks.get(j));
      if (m != null && m.person() && m.start() == toks.get(j).start()) {
        int after = f.tokenAtOrAfter(m.end());
        boolean closed = after < toks.size() && commaBetween(f, after - 1, after) && after < scanEnd
            || after >= scanEnd && bounded;
        return closed ? m : null;
      }
      if (j == k && (!RolePhrase.plainArabicWord(f, j) || !blankBetween(f, j, j + 1))) {
        return null;
      }
    }
    return null;
  }

  /** A name word after the first: a plain word, or a family name with the article (رأفت الصباغ). */
  private static boolean nameWord(FieldView f, int j) {
    if (RolePhrase.plainArabicWord(f, j)) {
      return true;
    }
    Token t = f.tokens.get(j);
    String s = t.form();
    return s.startsWith("ال") && s.length() > 4 && !s.endsWith("ة") && f.mentionAt(t) == null && f.spanAt(t.start()) == null
        && f.lexicon.matchAny(f.tokens, j, CueKind.STOP, CueKind.HONORIFIC, CueKind.COMP, CueKind.VERB, CueKind.CONT,
            CueKind.PRONOUN, CueKind.ROLE) == null;
  }

  /** A comma (Arabic or Latin) and nothing else but spaces between tokens a and b. */
  private static boolean commaBetween(FieldView f, int a, int b) {
    return f.hasCharBetween(f.tokens.get(a).end(), f.tokens.get(b).start(), "،,")
        && !f.hasCharBetween(f.tokens.get(a).end(), f.tokens.get(b).start(), ":.!?؟;؛«»()\"");
  }

  /** Arabic nouns of a document that speaks for whoever issued it. */
  private static final java.util.Set<String> AR_DOCUMENTS = StringSet.of("بيان", "بيانا", "البيان", "تقرير",
      "التقرير", "رسالة", "الرسالة", "وثيقة", "الوثيقة", "منشور", "المنشور", "بيانات", "البيانات");
  /** The definite ones, which go on from the document of the body speaking (وأكد البيان، وذكر التقرير). */
  private static final java.util.Set<String> AR_DEFINITE_DOCUMENTS = StringSet.of("البيان", "التقرير", "البيانات");

  /** Whether a speaker's words are only a definite Arabic document noun (البيان، التقرير، البيانات). */
  static boolean definiteDocument(String text) {
    return text != null && AR_DEFINITE_DOCUMENTS.contains(MatchForm.fold(text.strip(), "ar"));
  }
  private static final java.util.Set<String> AR_ISSUED = StringSet.of("صادر", "الصادر", "صادرة", "الصادرة");
  private static final java.util.Set<String> AR_ISSUED_BY = StringSet.of("عن", "من");

  /**
   * 'بيان صادر عن X', 'تقرير من X', 'بيانات X' as a cue's subject: the person or body X that issued the
   * document (a name mention right after عن/من, or owning the indefinite noun), not the document. Null otherwise.
   */
  static SpeakerRef documentIssuer(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (!"ar".equals(f.lang()) || i >= toks.size() || !document(toks.get(i).form())) {
      return null;
    }
    int k = i + 1;
    if (k < toks.size() && !toks.get(i).form().startsWith("ال") && blankBetween(f, i, k)) {
      MentionRef owner = f.mentionAt(toks.get(k));
      if (owner != null && owner.personOrOrg() && owner.start() == toks.get(k).start()) {
        // بيانات معهد البترول، تقرير وزارة الصحة: the document's owner in the construct is its issuer
        return SpeakerRef.of(owner, f.text.substring(toks.get(i).start(), owner.end()));
      }
    }
    SpeakerRef by = issuerAfterLam(f, i);
    if (by != null) {
      return by;
    }
    if (k < toks.size() && AR_ISSUED.contains(toks.get(k).form()) && blankBetween(f, k - 1, k)) {
      k++;
    } else {
      SpeakerRef later = issuerAfterModifiers(f, i);
      if (later != null) {
        return later;
      }
    }
    if (k + 1 >= toks.size() || !AR_ISSUED_BY.contains(toks.get(k).form()) || !blankBetween(f, k - 1, k)
        || !blankBetween(f, k, k + 1)) {
      return null;
    }
    MentionRef m = f.mentionAt(toks.get(k + 1));
    return m != null && m.personOrOrg() && m.start() == toks.get(k + 1).start()
        ? SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end())) : null;
  }

  /**
   * Whether token {@code k} (a word opening with the preposition ل) follows an indefinite document noun with
   * only a space between: the ل then names the document's author (تقرير لـ«رويترز», دراسة لجامعة …), not
   * one told the words.
   */
  static boolean documentBefore(FieldView f, int k) {
    if (k < 1 || !"ar".equals(f.lang())) {
      return false;
    }
    String doc = f.tokens.get(k - 1).form();
    return document(doc) && !doc.startsWith("ال") && !doc.startsWith("لل") && blankBetween(f, k - 1, k);
  }

  /** A document noun, also with the ل of a source phrase glued on (وفقا لتقرير X, the phrase's own ل). */
  private static boolean document(String form) {
    return AR_DOCUMENTS.contains(form) || form.startsWith("ل") && AR_DOCUMENTS.contains(form.substring(1));
  }

  /**
   * 'تقرير لـ«رويترز»', 'تقرير لوكالة الأنباء X': an indefinite document and then its author after the
   * preposition ل (a report of, by), the name in marks or a mention opening right after the ل. Null otherwise.
   */
  private static SpeakerRef issuerAfterLam(FieldView f, int i) {
    List<Token> toks = f.tokens;
    int k = i + 1;
    if (k >= toks.size() || !toks.get(k).raw().startsWith("ل") || !documentBefore(f, k)) {
      return null;
    }
    SpeakerRef quoted = sourceKindThenQuotedName(f, k);
    if (quoted != null) {
      return quoted;
    }
    MentionRef m = f.mentionAt(toks.get(k));
    int lam = toks.get(k).start() + (toks.get(k).raw().startsWith("لـ") ? 2 : 1);
    return m != null && m.personOrOrg() && m.start() == lam
        ? SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end())) : null;
  }

  /** Verbs of issuing with the document as their object pronoun (التقرير الذي أصدرته X). */
  private static final java.util.Set<String> AR_ISSUED_IT = StringSet.of("اصدرته", "اصدرتها", "اصدره", "اصدرها",
      "اعدته", "اعدتها", "اعده", "اعدها", "نشرته", "نشرتها", "نشره", "نشرها");
  /** صدر عن X: the passive of issuing, after an indefinite document (تقرير صدر عن X). */
  private static final java.util.Set<String> AR_WAS_ISSUED = StringSet.of("صدر", "صدرت");
  /** How many words may qualify a document before its issuer is named (تقرير الأداء الاقتصادي لإمارة X الصادر عن). */
  private static final int MAX_DOCUMENT_MODIFIER_TOKENS = 6;

  /**
   * 'تقرير الأداء الاقتصادي لإمارة X الصادر عن Y', 'التقرير الـ51 الذي أصدرته Y', 'تقرير صدر عن Y': the issuer
   * Y named after the words that qualify the document, before any punctuation. Null otherwise.
   */
  private static SpeakerRef issuerAfterModifiers(FieldView f, int i) {
    List<Token> toks = f.tokens;
    for (int j = i + 1; j + 1 < toks.size() && j - i <= MAX_DOCUMENT_MODIFIER_TOKENS; j++) {
      if (!blankBetween(f, j - 1, j) || f.lexicon.matchAny(toks, j, CueKind.VERB, CueKind.COMP) != null) {
        return null;
      }
      String form = toks.get(j).form();
      int by = -1;
      if ((AR_ISSUED.contains(form) || AR_WAS_ISSUED.contains(form)) && AR_ISSUED_BY.contains(toks.get(j + 1).form())) {
        by = j + 2;
      } else if (AR_RELATIVES.contains(form) && AR_ISSUED_IT.contains(toks.get(j + 1).form())) {
        by = j + 2;
      } else if (AR_ISSUED_IT.contains(form)) {
        by = j + 1; // تقرير حديث أعده «X»: the verb right after the qualifying words, no relative
      }
      if (by >= 0 && by < toks.size()) {
        // an issuer the entity step did not know, in marks right after the verb (أعده «ساكسو بنك»)
        QuoteSpan q = f.spanAt(toks.get(by).start());
        if (q != null && q.closed() && f.noWordsBetween(toks.get(by - 1).end(), q.outerStart())) {
          SpeakerRef named = quotedName(f, q);
          // published under the words in marks, as a body named once by its kind and marks is (Epithets)
          return named == null || named.entityId() != null ? named : new SpeakerRef(null, named.text(), named.text());
        }
      }
      if (by >= 0) {
        if (by >= toks.size() || !blankBetween(f, by - 1, by)) {
          return null;
        }
        MentionRef m = f.mentionAt(toks.get(by));
        return m != null && m.personOrOrg() && m.start() == toks.get(by).start()
            ? SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end())) : null;
      }
    }
    return null;
  }

  /**
   * وأكد التقرير, بحسب البيان: the issuer of the latest document of the same noun named before {@code position}
   * (outside quotations, in the quote's field or the {@link Epithets#FIELDS_BACK} before it) when that document
   * names its issuer (ووفقا لتقرير أعده «X», بيان صادر عن Y). Null when the latest such indefinite document
   * names none (في بيان: the body speaking issued it), or none is named. Only the same noun: the report is
   * not the data (بيانات) a sentence between mentions.
   */
  static SpeakerRef latestDocumentIssuer(String speaker, List<FieldView> views, int fieldIndex, int position) {
    String noun = documentNoun(MatchForm.fold(speaker.strip(), "ar"));
    for (int v = fieldIndex; v >= Math.max(0, fieldIndex - Epithets.FIELDS_BACK); v--) {
      FieldView f = views.get(v);
      for (int j = f.tokens.size() - 1; j >= 0; j--) {
        Token t = f.tokens.get(j);
        if (v == fieldIndex && t.end() > position || f.spanAt(t.start()) != null || !document(t.form())
            || !documentNoun(t.form()).equals(noun)) {
          continue;
        }
        SpeakerRef issuer = documentIssuer(f, j);
        if (issuer != null || !t.form().startsWith("ال")) {
          return issuer; // a definite document without its issuer is the story's own mention of it: go on back
        }
      }
    }
    return null;
  }

  /** A document noun without its article, the ل of a source phrase or the accusative's alif: تقرير, بيان. */
  private static String documentNoun(String form) {
    String s = form.startsWith("ال") ? form.substring(2)
        : form.startsWith("ل") && AR_DOCUMENTS.contains(form.substring(1)) ? form.substring(1) : form;
    return s.equals("بيانا") ? "بيان" : s;
  }

  private static boolean blankBetween(FieldView f, int a, int b) {
    return f.blankBetween(f.tokens.get(a).end(), f.tokens.get(b).start());
  }

  /** Words after an Arabic role that bring in someone beside the speaker (مع نظيره X), not the role's holder. */
  private static final java.util.Set<String> AR_COMPANIONS = StringSet.of("مع", "ومع", "نظيره", "نظيرته",
      "بحضور", "أمام", "لدى", "برفقة", "وبحضور");
  /** Most words between a role and the complementizer when the role's holder is named right before it. */
  private static final int MAX_ROLE_TO_CLAUSE_TOKENS = 16;
  /**
   * Prepositions that open a role's complement (القيادي في …, المسؤول على …), where the subject window stops;
   * على folds to علي.
   */
  private static final java.util.Set<String> HOLDER_COMPLEMENT_PREPOSITIONS = StringSet.of("في", "على", "علي", "عن");

  /**
   * The person named right before the complementizer that opens the reported clause, after an Arabic role
   * and its complements with no comma, colon, quotation, other speech verb or companion between (مدير عام
   * فرع وزارة الإسكان … سامي بن خالد العنزي أن). Null when more than one person is named there.
   */
  private static MentionRef holderClosingSubject(FieldView f, int from) {
    List<Token> toks = f.tokens;
    int e = from;
    int told = -1;
    for (; e < toks.size() && e - from < MAX_ROLE_TO_CLAUSE_TOKENS; e++) {
      Token t = toks.get(e);
      int afterAddressee = afterQuotedAddressee(f, e, true);
      if (afterAddressee > e) {
        told = afterAddressee; // … سامي العنزي لـ«الشرق الأوسط» أن: the one told, not a quotation
        e = afterAddressee - 1;
        continue;
      }
      if (e > from && e != told && f.hasCharBetween(toks.get(e - 1).end(), t.start(), ":.!?؟;؛\"«»“”")) {
        return null;
      }
      if (e > 0 && f.hasCharBetween(toks.get(e - 1).end(), t.start(), ",،")
          && f.lexicon.match(toks, e, CueKind.COMP) == null && !personStartsAt(f, t)) {
        return null; // a comma only sets the holder's name off (رئيس لجنة … ، فهد المطيري، أن)
      }
      if (f.lexicon.match(toks, e, CueKind.COMP) != null) {
        break;
      }
      if (f.spanAt(t.start()) != null || AR_COMPANIONS.contains(t.form())
          || f.lexicon.matchAny(toks, e, CueKind.VERB, CueKind.CONT) != null) {
        return null;
      }
    }
    if (e == from || e >= toks.size() || f.lexicon.match(toks, e, CueKind.COMP) == null) {
      return null;
    }
    MentionRef holder = null;
    for (MentionRef m : f.mentionsIn(toks.get(from).start(), toks.get(e - 1).end())) {
      if (m.person()) {
        if (holder != null) {
          return null;
        }
        holder = m;
      }
    }
    if (holder == null) {
      return null;
    }
    return f.onlySpaceOrComma(holder.end(), toks.get(e).start()) || surnameLeftOut(f, holder, e)
        || toldBetween(f, holder, e) ? holder : null;
  }

  /** Nouns of a talk or statement in 'في حديث لـ«…»' between a speaker's name and the clause. */
  private static final java.util.Set<String> AR_TALK_NOUNS = StringSet.of("حديث", "تصريح", "تصريحات", "اتصال", "لقاء");
  /** Words that may qualify such a noun: خاص (exclusive), هاتفي (by telephone). */
  private static final java.util.Set<String> AR_TALK_QUALIFIERS = StringSet.of("خاص", "هاتفي");

  /**
   * Only the medium the holder spoke to lies between the holder and the complementizer at token {@code comp}
   * (X لـ«الشرق الأوسط» إن, X في حديث لـ«الشرق الأوسط» أن, X، في تصريح خاص لـ«…»، أن): the words go on being X's.
   */
  private static boolean toldBetween(FieldView f, MentionRef holder, int comp) {
    List<Token> toks = f.tokens;
    int k = f.tokenAtOrAfter(holder.end());
    if (k < comp && toks.get(k).form().equals("في") && k + 1 < comp && AR_TALK_NOUNS.contains(toks.get(k + 1).form())) {
      k += 2;
      if (k < comp && AR_TALK_QUALIFIERS.contains(toks.get(k).form())) {
        k++;
      }
    }
    return afterQuotedAddressee(f, k, true) == comp;
  }

  /**
   * A holder named after a title or rank (… العميد محمد X Y إنه) whose last word or two the entity step left
   * out of its mention: at most two plain words, none of them a known word of the lexicon, lie between the
   * mention and the complementizer at token {@code comp}.
   */
  private static boolean surnameLeftOut(FieldView f, MentionRef holder, int comp) {
    if (!titleJustBefore(f, holder)) {
      return false;
    }
    int k = f.tokenAtOrAfter(holder.end());
    if (comp - k < 1 || comp - k > 2) {
      return false;
    }
    for (int j = k; j < comp; j++) {
      if (f.lexicon.matchAny(f.tokens, j, CueKind.STOP, CueKind.ROLE, CueKind.HONORIFIC) != null
          || ArabicParticles.opensAdjunct(f.tokens.get(j))
          || !f.blankBetween(f.tokens.get(j - 1).end(), f.tokens.get(j).start())) {
        return false;
      }
    }
    return true;
  }

  private static boolean personStartsAt(FieldView f, Token t) {
    MentionRef m = f.mentionAt(t);
    return m != null && m.person() && m.start() == t.start();
  }


  /** مسؤول عسكري, مصدر أمني: an Arabic role with no article and no idafa introduces someone new. */
  private static boolean indefiniteArabic(FieldView f, RolePhrase role) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    String head = f.tokens.get(role.first()).form();
    boolean article = head.startsWith("ال") || head.length() > 3 && head.startsWith("ال", 1);
    boolean idafa = role.end() - role.first() > 1 && f.tokens.get(role.first() + 1).form().startsWith("ال");
    return !article && !idafa;
  }

  /** An Arabic role of more words than this may end in a name (وزير الدفاع has two, وزير الدفاع الأميركي three). */
  private static final int MAX_ARABIC_BARE_ROLE_TOKENS = 3;
  /** Most words of a name the entity step did not know, kept after its role (الناطق باسم … علي الأحمدي). */
  private static final int MAX_UNKNOWN_NAME_TOKENS = 3;

  /**
   * The words right after a role phrase up to the end of the subject, when they can be a name the entity
   * step missed: the speaker's text then holds the name as well as the role. Empty otherwise.
   */
  private static String nameAfterRole(FieldView f, RolePhrase role, int limit) {
    if (!"ar".equals(f.lang())) {
      return "";
    }
    List<Token> toks = f.tokens;
    int end = role.end();
    while (end < limit && end - role.end() < MAX_UNKNOWN_NAME_TOKENS
        && f.text.substring(toks.get(end - 1).end(), toks.get(end).start()).isBlank()
        && (f.lexicon.matchAny(toks, end, CueKind.STOP, CueKind.COMP, CueKind.VERB, CueKind.CONT, CueKind.HONORIFIC) == null
            || givenNameAli(f, end, limit))
        && !ArabicParticles.opensAdjunct(toks.get(end)) && f.spanAt(toks.get(end).start()) == null
        && toks.get(end).form().replace("ـ", "").length() > 1 // لـ«الشرق الأوسط»: the preposition is no name
        && !(end - role.end() >= 2 && toks.get(end).form().startsWith("ال"))) {
      end++;
    }
    // a name of two plain words closed the role (مدافع المنتخب الغاني كوفي مينساه الأجواء …): the definite
    // word after it opens the verb's object
    boolean pairBeforeObject = end - role.end() >= 2 && end < limit && toks.get(end).form().startsWith("ال")
        && RolePhrase.arabicNameAfterDefinite(f, role.end());
    boolean endsSubject = end == limit || pairBeforeObject
        || end < toks.size() && !f.text.substring(toks.get(end - 1).end(), toks.get(end).start()).isBlank();
    return end > role.end() && endsSubject ? f.text.substring(toks.get(role.end() - 1).end(), toks.get(end - 1).end()) : "";
  }

  /**
   * علي written with ي and followed by another word of the subject is the given name Ali, not the
   * preposition على (folded to the same form): الناطق باسم المجلس علي الأحمدي إن.
   */
  private static boolean givenNameAli(FieldView f, int j, int limit) {
    return f.tokens.get(j).raw().equals("علي") && j + 1 < limit
        && f.lexicon.matchAny(f.tokens, j + 1, CueKind.COMP, CueKind.STOP) == null;
  }

  /** A title (الدكتور، الشيخ، المهندس) is the word right before mention m. */
  private static boolean titleJustBefore(FieldView f, MentionRef m) {
    int j = f.tokenAtOrAfter(m.start()) - 1;
    for (int k = Math.max(0, j - 2); k <= j; k++) {
      CueLexicon.Hit h = f.lexicon.match(f.tokens, k, CueKind.HONORIFIC);
      if (h != null && h.last() == j && f.noWordsBetween(f.tokens.get(j).end(), m.start())) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic body named right after باسم (المتحدث باسم الحكومة): the one spoken for, not the speaker. */
  private static boolean spokenFor(FieldView f, MentionRef m) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    int k = f.tokenAtOrAfter(m.start()) - 1;
    return k >= 0 && f.tokens.get(k).form().equals(BISM) && f.noWordsBetween(f.tokens.get(k).end(), m.start());
  }

  private static final String BISM = MatchForm.fold("باسم", "ar");

  /** Only spaces and commas (Arabic or Latin) between two offsets. */
  private static boolean onlyCommaBetween(FieldView f, int from, int to) {
    boolean comma = false;
    for (int i = from; i < to; i++) {
      char c = f.text.charAt(i);
      if (c == '،' || c == ',') {
        comma = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return comma;
  }

  /** The first person mention in [from, to) of a subject, or null. */
  private static MentionRef personAfter(FieldView f, int from, int to) {
    for (MentionRef p : f.mentionsIn(from, to)) {
      if (p.person()) {
        return p;
      }
    }
    return null;
  }

  private static boolean gapIsTitleOrComma(FieldView f, int fromToken, MentionRef m) {
    List<Token> toks = f.tokens;
    for (int j = fromToken; j < toks.size() && toks.get(j).start() < m.start(); j++) {
      if (f.lexicon.match(toks, j, CueKind.HONORIFIC) == null) {
        return false;
      }
      j = f.lexicon.match(toks, j, CueKind.HONORIFIC).last();
    }
    return true;
  }

  /** A person mention ending right before the cue (الرئيس بزشكيان قال, Smith said). */
  private static SpeakerRef mentionJustBefore(FieldView f, int cueToken) {
    int cueStart = f.tokens.get(cueToken).start();
    for (MentionRef m : f.mentions) {
      if (m.personOrOrg() && m.end() <= cueStart && f.text.substring(m.end(), cueStart).isBlank()) {
        return SpeakerRef.of(m, m.text());
      }
    }
    return null;
  }

  /**
   * A cue with no subject (وقال:، وتابع:): the sentence's own subject if it names one before the cue
   * (وأعرب الرئيس بزشكيان عن شكره ... وقال:), else the current speaker. After a switch marker (من جانبه)
   * there is no falling back.
   */
  private static SpeakerRef implicit(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    int sentence = f.sentenceStart(f.tokens.get(cue.first()).start());
    int firstTok = f.tokenAtOrAfter(sentence);
    for (int j = firstTok; j < cue.first() && j < firstTok + 4; j++) {
      Token t = f.tokens.get(j);
      if (f.spanAt(t.start()) != null) {
        break;
      }
      MentionRef m = f.mentionAt(t);
      // Arabic opens with the subject's own verb: بدورها، انتقدت الحكومة الأردنية … ووصفتها بأنها «…»
      if (m != null && (m.person() || "ar".equals(f.lang()) && m.personOrOrg())) {
        SpeakerRef holder = m.person() || !"ar".equals(f.lang()) ? null : holderAfterRoleBody(f, firstTok, m);
        return holder != null ? holder : SpeakerRef.of(m, m.text());
      }
    }
    if (switchBefore(f, cue.first(), firstTok)) {
      return null;
    }
    SpeakerRef source = "ar".equals(f.lang()) ? openingSource(f, firstTok, cue.first()) : null;
    if (source != null) {
      return source;
    }
    SpeakerRef topic = "ar".equals(f.lang()) ? ammaTopic(f, firstTok, cue.first()) : null;
    if (topic == null && "ar".equals(f.lang())) {
      topic = ArabicClauseSubjects.before(f, firstTok, cue.first()); // …، لكن محكمة النقض ألغت …، بعد أن قالت
    }
    return topic != null ? topic : tracker.implicitSpeaker();
  }

  /**
   * 'وكانت المدير العام لمنظمة X مارغريت تشان قد أعلنت …': the body a role opening the sentence heads, then
   * the name the entity step did not know (two plain words after the body, see
   * {@link RolePhrase#arabicNameAfterDefinite}). The name is the subject, not the body. Null otherwise.
   */
  private static SpeakerRef holderAfterRoleBody(FieldView f, int firstTok, MentionRef body) {
    int k = f.tokenAtOrAfter(body.end());
    boolean role = false;
    for (int j = firstTok; j < k && f.tokens.get(j).start() < body.start(); j++) {
      role |= f.lexicon.match(f.tokens, j, CueKind.ROLE) != null;
    }
    if (!role || k >= f.tokens.size() || !f.blankBetween(body.end(), f.tokens.get(k).start())
        || !RolePhrase.arabicNameAfterDefinite(f, k)) {
      return null;
    }
    String name = f.text.substring(f.tokens.get(k).start(), f.tokens.get(k + 1).end());
    return new SpeakerRef(null, name, f.text.substring(f.tokens.get(firstTok).start(), f.tokens.get(k + 1).end()));
  }

  /**
   * The token after a medium's name in marks governed by لـ that opens the window right after the verb
   * (وأكد لـ«الشرق الأوسط» عبد العزيز …, وقال لـ"واس"، مدير …), when a word of the subject follows it; else
   * {@code i}. Verb, addressee, subject is the order of VSO with a short addressee; the window used to stop at
   * the marks, leaving the verb no subject and the clause to the speaker before.
   */
  private static int afterQuotedAddressee(FieldView f, int i) {
    return afterQuotedAddressee(f, i, false);
  }

  /** As above; {@code anyNext}: the token after the addressee may be anything (the clause's complementizer too). */
  private static int afterQuotedAddressee(FieldView f, int i, boolean anyNext) {
    List<Token> toks = f.tokens;
    if (i >= toks.size()) {
      return i;
    }
    Token t = toks.get(i);
    if (!t.raw().startsWith("ل")) {
      return i;
    }
    QuoteSpan q = null;
    for (QuoteSpan s : f.spans) {
      if (s.outerStart() >= t.start() && s.outerStart() <= t.end() + 1) {
        q = s;
        break;
      }
    }
    if (q == null || !IndirectSpeechFinder.quotedAddresseesOnly(f, q.outerStart(), q.outerEnd())) {
      return i;
    }
    int n = f.tokenAtOrAfter(q.outerEnd());
    if (anyNext) {
      return n;
    }
    if (n >= toks.size() || !f.onlySpaceOrComma(q.outerEnd(), toks.get(n).start())
        || f.lexicon.matchAny(toks, n, CueKind.COMP, CueKind.STOP, CueKind.VERB, CueKind.CONT) != null
        || ArabicParticles.opensAdjunct(toks.get(n)) || f.spanAt(toks.get(n).start()) != null) {
      return i;
    }
    return n;
  }

  /** An Arabic mention glued to the preposition لـ (لوكالة …, لـ«…»): an addressee or a possessor. */
  private static boolean addressee(FieldView f, MentionRef m) {
    int k = f.tokenAtOrAfter(m.start());
    if (k >= f.tokens.size() || f.tokens.get(k).start() > m.start()) {
      k--; // the mention starts inside a token, after its clitic
    }
    if (k < 0) {
      return false;
    }
    Token t = f.tokens.get(k);
    return t.start() <= m.start() && t.end() > m.start() && t.raw().startsWith("ل")
        && (t.start() < m.start() || t.raw().startsWith("لـ")) && ArabicParticles.opensAdjunct(t);
  }

  /**
   * 'ووفقا لمصادر تحدثت للصحيفة، فقد أكدت أن …': a sentence opened by a source phrase before a cue with
   * no subject of its own has that source for speaker (a mention in the phrase, else its first word,
   * unnamed), not the speaker before.
   */
  private static SpeakerRef openingSource(FieldView f, int firstTok, int cueToken) {
    List<Token> toks = f.tokens;
    CueLexicon.Hit h = f.lexicon.match(toks, firstTok, CueKind.SOURCE);
    if (h == null || h.last() + 1 >= cueToken) {
      return null;
    }
    int from = toks.get(h.last() + 1).start();
    int to = toks.get(cueToken).start();
    int comma = indexOfAny(f.text, "،,", from, to);
    if (comma < 0 || f.spanAt(from) != null) {
      return null; // only a source phrase closed by a comma before the verb
    }
    for (MentionRef m : f.mentionsIn(from, comma)) {
      if (m.personOrOrg()) {
        return SpeakerRef.of(m, m.text());
      }
    }
    Token first = toks.get(h.last() + 1);
    String word = first.raw().startsWith("ل") && first.raw().length() > 2 ? first.raw().substring(1) : first.raw();
    return new SpeakerRef(null, null, word.replace("ـ", ""));
  }

  /**
   * 'أما بيرنهارد كوفاتش، الشريك المؤسس، فقال:': أما fronts the new speaker before the verb. With no
   * mention there, the two words after أما are the name.
   */
  private static SpeakerRef ammaTopic(FieldView f, int firstTok, int cueToken) {
    if (firstTok >= cueToken || !f.tokens.get(firstTok).form().equals("اما") || firstTok + 1 >= cueToken) {
      return null;
    }
    SpeakerRef described = nameClosingDescription(f, firstTok + 1, cueToken);
    if (described != null) {
      return described; // أما مدرب كوستاريكا لويس فارغاس فقال: the name after the description
    }
    int end = firstTok + 1;
    while (end + 1 < cueToken && end - firstTok < 2
        && f.text.substring(f.tokens.get(end).end(), f.tokens.get(end + 1).start()).isBlank()
        && f.lexicon.matchAny(f.tokens, end + 1, CueKind.ROLE, CueKind.STOP) == null) {
      end++;
    }
    return new SpeakerRef(null, null, f.text.substring(f.tokens.get(firstTok + 1).start(), f.tokens.get(end).end()));
  }

  static boolean switchBefore(FieldView f, int cueToken, int fromToken) {
    for (int j = fromToken; j < cueToken; j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.SWITCH) != null) {
        return true;
      }
    }
    return false;
  }

  /** The speaker the pronoun text stands for, or null (see {@link Pronouns#antecedent}). */
  static SpeakerRef named(SpeakerTracker tracker, String text) {
    String form = MatchForm.fold(text, "fa").toLowerCase(java.util.Locale.ROOT);
    // 'X … حضور یافت. وی افزود:': a person who opened a sentence after the last speaker is whom وی means
    SpeakerRef s = PERSIAN_PERSONAL.contains(form) ? tracker.newerTopic() : null;
    if (s == null) {
      s = Pronouns.antecedent(form, tracker);
    }
    if (s == null && Pronouns.personal(form) && !ENGLISH_PRONOUNS.contains(form)) {
      // وی / او with no speaker yet: the person the story named last ('«محمد البرادعي» خواستار … شد. وی … افزود')
      s = tracker.lastMentioned();
    }
    if (s != null && s.entityId() == null && s.name() == null && indefinite(s.text())) {
      return new SpeakerRef(null, null, text); // 'یک منبع … گفت', then 'وی افزود': still the unnamed source
    }
    return s == null ? null : s.pronoun(text);
  }

  private static final java.util.Set<String> ENGLISH_PRONOUNS = StringSet.of("he", "she");
  /** Persian pronouns of a person (folded as {@link MatchForm#fold} gives them, both spellings of yeh). */
  private static final java.util.Set<String> PERSIAN_PERSONAL = StringSet.of("وی", "وي", "او");

  /** Words opening with Persian 'one' (یک منبع, يك مقام): someone introduced without a name. */
  private static boolean indefinite(String text) {
    if (text == null) {
      return false;
    }
    int space = text.indexOf(' ');
    return space > 0 && PERSIAN_ONE.contains(text.substring(0, space));
  }

  // ---------------------------------------------------------------- Persian: subject first, verb last

  private static SpeakerRef persian(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    if (cue.kind() == CueKind.SOURCE) {
      int i = cue.last() + 1;
      // به نوشته سایت شبکه خبری «X»، : the source runs to its comma (at most eight words)
      int limit = Math.min(toks.size(), i + 4);
      for (int k = i + 1; k < Math.min(toks.size(), i + 9); k++) {
        if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), "،,")) {
          limit = k;
          break;
        }
      }
      if (!a.cueAfter()) {
        limit = Math.max(i, Math.min(limit, f.tokenAtOrAfter(a.quoteStart()))); // به گفته وی تعداد …: no comma, the clause ends it
      }
      if (limit == i + 1 && f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
        return named(tracker, toks.get(i).raw()); // به گفته وی، …: the speaker the pronoun stands for, as in وی افزود
      }
      SpeakerRef s = namedSubject(f, i, limit, tracker);
      if (s == null || s.entityId() == null && s.name() == null) {
        // به نوشته پایگاه اینترنتی شبکه «X»، : the medium's name in marks, which the entity step left unnamed
        for (int k = i; k < limit; k++) {
          QuoteSpan q = f.spanAt(toks.get(k).start());
          if (q != null && q.closed() && q.contentEnd() <= toks.get(limit - 1).end()) {
            // inside the source phrase, before its comma, marks hold a name whatever its length or dots
            SpeakerRef named = nameInMarks(f, q);
            return named == null ? s : named;
          }
        }
        if (IndirectSpeechFinder.publicRelationsCue(f, cue) && i < limit) {
          // به گزارش روابط عمومی X، (round 28): the body the office speaks for, a name the entity step missed
          String body = f.text.substring(toks.get(i).start(), toks.get(limit - 1).end());
          return new SpeakerRef(null, body, body);
        }
      }
      return s;
    }
    int cueStart = toks.get(cue.first()).start();
    int regionStart = f.sentenceStart(cueStart);
    if (a.cueAfter()) {
      regionStart = Math.max(regionStart, a.quoteEnd());
    }
    for (int k = cueStart - 1; k >= regionStart; k--) {
      if (f.text.charAt(k) == ':' && f.spanAt(k) == null) {
        regionStart = k + 1; // 'خبرگزاری فارس: کارشناس فوتبال گفت': the subject follows the agency prefix
        break;
      }
    }
    int i = f.tokenAtOrAfter(regionStart);
    // skip a leading switch marker or a source clause (از سوی دیگر، / به گزارش خبرگزاری مهر،)
    while (i < cue.first()) {
      CueLexicon.Hit sw = f.lexicon.match(toks, i, CueKind.SWITCH);
      if (sw != null) {
        i = sw.last() + 1;
        continue;
      }
      CueLexicon.Hit src = f.lexicon.match(toks, i, CueKind.SOURCE);
      // a source clause (به گزارش …،) or an opening adjunct (در این مراسم،) ends at its comma
      boolean opener = src != null || f.lexicon.match(toks, i, CueKind.STOP) != null;
      int comma = opener ? indexOfAny(f.text, "،,", toks.get(i).end(), cueStart) : -1;
      if (src != null && comma >= 0) {
        MentionRef person = firstPerson(f, toks.get(src.last()).end(), comma);
        if (person != null && !relayedFrom(f, src.last() + 1, f.tokenAtOrAfter(person.start()))) {
          comma = -1; // 'به گزارش فارس X در … بدون …، …' with the source's comma left out: X opens the subject
          i = f.tokenAtOrAfter(person.start());
          break;
        }
      }
      MentionRef agency = f.mentionAt(toks.get(i));
      if (comma < 0 && agency != null && !agency.person() && agency.start() == toks.get(i).start()
          && "-_".indexOf(f.charAfter(agency.end())) >= 0) {
        comma = agency.end(); // 'خبرگزاری فارس- X گفت', 'خبرگزاري فارس _ X گفت': the agency prefix, not the subject
      }
      if (comma < 0) {
        int past = persianSceneAdjunctEnd(toks, i, cue.first());
        if (past > i) {
          i = past; // 'در این آیین ابتدا X ضمن … اظهار کرد': the subject follows the scene, comma or none
          continue;
        }
        break;
      }
      i = f.tokenAtOrAfter(comma + 1);
    }
    i = unnamedSourceAfterAdjunct(f, i, cue.first());
    i = PersianContrastOpening.subjectStart(f, i, cue.first()); // این در حالی است که X گفت: X speaks
    if (i < cue.first()) {
      SpeakerRef quotedName = quotedPersianName(f, i);
      if (quotedName == null) {
        quotedName = kindThenQuotedName(f, i, a);
      }
      if (quotedName != null) {
        return quotedName; // '"داود شهاب" سخنگوی جنبش … گفت'
      }
    }
    if (i >= cue.first()) {
      return implicit(f, cue, tracker);
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker, toks.get(i).raw());
    }
    if (PERSIAN_DEMONSTRATIVES.contains(toks.get(i).form()) && tracker.current() != null) {
      // 'این مقام جهاد اسلامی ادامه داد': 'this official' is the person speaking
      String words = f.text.substring(toks.get(i).start(), toks.get(cue.first() - 1).end());
      SpeakerRef current = tracker.current();
      // an unnamed official ('یک مقام … گفت', then 'این مقام … گفت') stays unnamed
      return current.entityId() == null && current.name() == null && unnamedDescription(current.text(), f.lexicon)
          ? new SpeakerRef(null, null, words) : current.pronoun(words);
    }
    SpeakerRef bySurname = PersianObjectMarker.surnameSubject(f, i, cue.first(), tracker);
    if (bySurname != null) {
      // 'فیاضی ذات … اندیشه بسیج را … توصیف کرد و گفت': the surname of someone named before, then the verb's
      // object up to را; the speaker is that person, not the object's words nor a name inside the object
      return bySurname;
    }
    int limit = i;
    while (limit < cue.first() && limit - i < 6 && f.lexicon.match(toks, limit, CueKind.STOP) == null
        && !f.hasCharBetween(toks.get(Math.max(i, limit - 1)).end(), toks.get(limit).start(), ":،,")) {
      limit++;
    }
    // 'X نیز گفت', 'X نیز در این مراسم گفت': 'also' after the subject and before its verb brings in someone
    // new, not the speaker before
    boolean also = switchBefore(f, cue.first(), i + 1);
    SpeakerRef s = namedSubject(f, i, Math.max(limit, Math.min(i + 1, cue.first())), tracker, also);
    if (s != null) {
      return s;
    }
    if (limit > i && limit < cue.first() && describedUnnamed(f, i, limit)) {
      // 'یک مقام در دفتر نخست وزیر … گفت': the name after the preposition is where the official works
      SpeakerRef phrase = persianSubjectPhrase(f, i, limit);
      return phrase != null ? phrase : tracker.current();
    }
    for (MentionRef m : f.mentionsIn(toks.get(i).start(), cueStart)) {
      if (m.person() && f.spanAt(m.start()) == null) {
        return SpeakerRef.of(m, m.text());
      }
    }
    SpeakerRef phrase = persianSubjectPhrase(f, i, limit);
    return phrase != null ? phrase : tracker.current();
  }

  private static final java.util.Set<String> PERSIAN_THAT = StringSet.of("این", "اين", "آن", "همین", "همين");
  /** در ادامه, در پایان, در ابتدا: 'in the course, at the end, at the start' of the event reported. */
  private static final java.util.Set<String> PERSIAN_SCENE_NOUNS = StringSet.of("ادامه", "پایان", "پايان", "ابتدا");
  /** First, then: adverbs of order between the scene and the subject. */
  private static final java.util.Set<String> PERSIAN_ORDER = StringSet.of("ابتدا", "سپس", "نخست");

  /**
   * The token after an opening scene adjunct written without a comma (در این نشست, در این آیین ابتدا, در
   * ادامه, در پایان این مراسم), where the subject starts; {@code i} when none opens there. Persian copy sets
   * the scene first and names the speaker after it, so the adjunct is no part of the subject.
   */
  static int persianSceneAdjunctEnd(List<Token> toks, int i, int cueFirst) {
    if (i + 2 >= cueFirst || !toks.get(i).form().equals("در")) {
      return i;
    }
    int j;
    if (PERSIAN_THAT.contains(toks.get(i + 1).form())) {
      j = i + 3; // در این نشست
    } else if (PERSIAN_SCENE_NOUNS.contains(toks.get(i + 1).form())) {
      j = i + 2; // در ادامه
      if (j + 1 < cueFirst && PERSIAN_THAT.contains(toks.get(j).form())) {
        j += 2; // در پایان این مراسم
      }
    } else {
      return i;
    }
    while (j < cueFirst && PERSIAN_ORDER.contains(toks.get(j).form())) {
      j++;
    }
    return j < cueFirst ? j : i;
  }

  /** Speaker words that describe someone without naming them (یک مقام ارشد, منبع آگاه). */
  private static boolean unnamedDescription(String text, CueLexicon lexicon) {
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, lexicon.language());
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).form();
    return PERSIAN_ONE.contains(first) || PERSIAN_DEMONSTRATIVES.contains(first)
        || lexicon.match(words, 0, CueKind.ROLE) != null;
  }

  /** A Persian subject [i, limit) that describes someone without naming them: یک …, or a role head (مقام, منبع). */
  private static boolean describedUnnamed(FieldView f, int i, int limit) {
    String first = f.tokens.get(i).form();
    if (PERSIAN_ONE.contains(first)) {
      return true;
    }
    for (int j = i; j < limit; j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.ROLE) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * 'در واپسین ساعات روز … یک منبع در دولت انگلستان گفت': an opening time or place adjunct with no comma, then
   * an unnamed source ('یک' and a source noun) right before the verb's own words. The subject starts at 'یک':
   * without this the adjunct stopped the subject at its first word and the verb fell back to the speaker
   * before (round 43). Returns {@code i} when the words at {@code i} do not open so.
   */
  private static int unnamedSourceAfterAdjunct(FieldView f, int i, int cueFirst) {
    if (i >= cueFirst || f.lexicon.match(f.tokens, i, CueKind.STOP) == null) {
      return i;
    }
    for (int j = i + 1; j + 1 < cueFirst; j++) {
      if (f.hasCharBetween(f.tokens.get(j - 1).end(), f.tokens.get(j).start(), ":،,")) {
        return i;
      }
      if (PERSIAN_ONE.contains(f.tokens.get(j).form())
          && QuoteExtractor.PERSIAN_SOURCE_NOUNS.contains(f.tokens.get(j + 1).form())) {
        return j;
      }
    }
    return i;
  }

  /** A quoted name opening the Persian subject: its mention, else its words. */
  private static SpeakerRef quotedPersianName(FieldView f, int i) {
    QuoteSpan q = f.spanAt(f.tokens.get(i).start());
    if (q == null || !q.closed()) {
      return null;
    }
    return quotedName(f, q);
  }

  /** The speaker a quoted span names, when the span is a name (its mention, else its words); else null. */
  private static SpeakerRef quotedName(FieldView f, QuoteSpan q) {
    int words = f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart());
    if (!QuotedName.is(f, q.contentStart(), q.contentEnd(), words, f.charBefore(q.outerStart()))) {
      return null;
    }
    return nameInMarks(f, q);
  }

  /** The speaker marks hold as a name: their person or organisation mention, else their words; null when empty. */
  private static SpeakerRef nameInMarks(FieldView f, QuoteSpan q) {
    for (MentionRef m : f.mentionsIn(q.contentStart(), q.contentEnd())) {
      if (m.personOrOrg() && !insideInitials(f, m)) {
        return SpeakerRef.of(m, m.text());
      }
    }
    String text = f.text.substring(q.contentStart(), q.contentEnd()).strip();
    return text.isEmpty() ? null : new SpeakerRef(null, null, text);
  }

  /** A mention that is one letter group of dotted initials (سي of بي.سي.سي): the initials whole name the body. */
  private static boolean insideInitials(FieldView f, MentionRef m) {
    return m.start() > 0 && f.text.charAt(m.start() - 1) == '.'
        || m.end() < f.text.length() && f.text.charAt(m.end()) == '.' && m.end() + 1 < f.text.length()
            && Character.isLetter(f.text.charAt(m.end() + 1));
  }

  /** Persian 'this' in its spellings (این with Persian or Arabic yeh). */
  static final java.util.Set<String> PERSIAN_DEMONSTRATIVES = StringSet.of("این", "اين");
  /** Persian 'one' (a, an) in its spellings: یک مقام introduces someone left unnamed. */
  static final java.util.Set<String> PERSIAN_ONE = StringSet.of("یک", "يک", "يك");

  /**
   * The words opening the sentence up to an adjunct ('فرهاد نیک‌نام در گفت‌وگو با … گفت', '«سلیم الحسنی»
   * در گفتگو … تاکید کرد'): Persian names its speaker there, so with no mention or role the phrase itself
   * is the speaker's text, rather than the previous speaker.
   */
  private static SpeakerRef persianSubjectPhrase(FieldView f, int i, int limit) {
    List<Token> toks = f.tokens;
    if (limit <= i || f.lexicon.matchAny(toks, i, CueKind.STOP, CueKind.COMP, CueKind.SWITCH, CueKind.LABEL) != null) {
      return null;
    }
    QuoteSpan quoted = f.spanAt(toks.get(i).start());
    int end = toks.get(limit - 1).end();
    if (quoted != null) {
      end = Math.min(end, quoted.contentEnd()); // a quoted name: its words only
    }
    String text = f.text.substring(toks.get(i).start(), end).strip();
    return text.isEmpty() ? null : new SpeakerRef(null, null, text);
  }

  /** Persian words by which a source names whom it relays (به نقل از X): X is inside the source clause. */
  private static final java.util.Set<String> PERSIAN_RELAYED = StringSet.of("از", "نقل");

  private static boolean relayedFrom(FieldView f, int from, int to) {
    for (int k = from; k < to; k++) {
      if (PERSIAN_RELAYED.contains(f.tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /** The first person mention starting in [from, to) outside marks, or null. */
  private static MentionRef firstPerson(FieldView f, int from, int to) {
    for (MentionRef m : f.mentionsIn(from, to)) {
      if (m.person() && m.start() >= from && f.spanAt(m.start()) == null) {
        return m;
      }
    }
    return null;
  }

  private static int indexOfAny(String text, String chars, int from, int to) {
    for (int k = from; k < to; k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  private static SpeakerRef english(FieldView f, Attribution a, SpeakerTracker tracker) {
    return EnglishSubjectFinder.resolve(f, a, tracker);
  }
}
