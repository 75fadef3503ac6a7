package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the quotations of a field into DIRECT candidates and finds the cue of each: a cue before the
 * opening mark in the same sentence (وقال الرئيس: "…", Smith said: "…"), else one right after the closing
 * mark ("…," Smith said), else a continuation of the current speaker (a quotation opening a paragraph
 * right after another quotation, or following a quotation of the same sentence chain). A short quotation
 * with no cue and no speaker is a scare quote and is dropped.
 */
final class DirectQuoteFinder {
  /** Shorter unattributed quotations are scare quotes or titles. */
  static final int MIN_UNATTRIBUTED_TOKENS = 6;
  /** How far after the closing mark a trailing cue may sit. */
  private static final int MAX_TRAILING_CUE_DISTANCE = 24;

  private DirectQuoteFinder() {}

  /**
   * @param carriedSpeaker true when the previous paragraph ended in a quotation or a colon cue, so a
   *     quotation opening this paragraph continues that speaker
   */
  static List<Candidate> find(FieldView f, boolean carriedSpeaker, SpeakerRef colonSpeaker) {
    List<Candidate> out = new ArrayList<>();
    QuoteSpan prev = null;
    boolean prevAttributed = false;
    CueLexicon.Hit usedAfter = null; // the trailing cue of the previous quotation
    for (QuoteSpan s : f.spans) {
      int cs = Trim.start(f.text, s.contentStart(), s.contentEnd());
      int ce = Trim.end(f.text, cs, s.contentEnd());
      if (ce <= cs || f.noWordsBetween(cs, ce)) {
        prev = s;
        continue;
      }
      int words = f.tokenAtOrAfter(ce) - f.tokenAtOrAfter(cs);
      int regionStart = Math.max(f.sentenceStart(s.outerStart()), prev == null ? 0 : prev.outerEnd());
      CueLexicon.Hit before = lastCue(f, regionStart, s.outerStart());
      char lead = f.charBefore(s.outerStart());
      if (before != null && before.equals(usedAfter) && !f.hasCharBetween(f.tokens.get(before.last()).end(),
          f.tokens.get(before.last()).end() + 2, ":")) {
        // '"A," she said, but … "B," said Kunin': the cue already closed the previous quotation
        before = null;
      }
      boolean introduced = lead == 0 || ":،,؛;—-–(".indexOf(lead) >= 0 || ".!?؟".indexOf(lead) >= 0
          || QuotationMarkScanner.isMark(lead);
      boolean startsParagraph = f.noWordsBetween(0, s.outerStart());
      // وقال الوزير إن «…», وأضاف أن "…", مشيرا إلى أن "…", وصفها بـ«…»; 'called the tax "a money grab"', 'was
      // described as a "revelatory debut"': the marked words are the speaker's, however short, even when the
      // sentence goes on after them
      boolean complementized = before != null && rtl(f)
          && (afterComplementizer(f, s, before) && !nameInClause(f, s, before, cs, ce, words)
              || words >= QuotedName.MIN_SAID_TOKENS && complementizerBetween(f, before, s)
                  && !QuotedName.afterNamingNoun(f, cs)); // أن الجمعية نظمت برنامج "…": a title in the clause
      boolean described = before != null && describing(f, before)
          && f.tokenAtOrAfter(s.outerStart()) - before.last() - 1 <= MAX_DESCRIBED_GAP && !nameInMention(f, cs, ce);
      if (complementized || described) {
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(before, s.outerStart(), s.outerEnd(), false),
            null, false));
        prevAttributed = true;
        usedAfter = null;
        prev = s;
        continue;
      }
      int governor = ArabicFragments.governor(f, s);
      if (governor >= 0 && !nameInMention(f, cs, ce)) {
        // ما سماه «الجهاد», المتهمة بـ«…», وعبر عن «الأمل»: a word of saying, describing, naming or charging
        // governs the marks, so they hold words said however short; the speaker is the subject of the
        // sentence's cue, else of the governing verb itself (وعبر الوزير عن «…», وتحدثت صحيفة … عن وجود «…»)
        CueLexicon.Hit cue = lastCue(f, f.sentenceStart(s.outerStart()), s.outerStart());
        if (cue == null && ArabicFragments.finiteVerb(f, governor)) {
          cue = new CueLexicon.Hit(CueKind.VERB, governor, governor);
        }
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(cue, s.outerStart(), s.outerEnd(), false),
            null, false));
        prevAttributed = true;
        usedAfter = null;
        prev = s;
        continue;
      }
      int judging = ArabicFragments.judgingVerbBefore(f, s);
      if (judging >= 0 && !nameInMention(f, cs, ce) && !QuotedName.afterNamingNoun(f, cs)) {
        // اعتبرها كاميرون «صراع جيلنا»: the judgement in marks is the judging verb's subject's, however short
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(new CueLexicon.Hit(CueKind.VERB, judging, judging),
            s.outerStart(), s.outerEnd(), false), null, false));
        prevAttributed = true;
        usedAfter = null;
        prev = s;
        continue;
      }
      int naming = "fa".equals(f.lang()) ? persianNamingVerbAfter(f, s) : -1;
      if (naming >= 0 && !nameInMention(f, cs, ce)) {
        // X را «…» خواند: the words the sentence's subject called it, however short
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(new CueLexicon.Hit(CueKind.VERB, naming, naming),
            s.outerStart(), s.outerEnd(), false), null, false));
        prevAttributed = true;
        usedAfter = null;
        prev = s;
        continue;
      }
      if (QuotedName.is(f, cs, ce, words, lead)) {
        // a name in marks (قال … لـ«الشرق الأوسط»: «…») is part of the narrative: it neither ends the region
        // where the next quotation's cue is looked for nor counts as a quotation before it
        out.add(new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true));
        continue;
      }
      Candidate c = null;
      if (before != null && before.kind() == CueKind.SOURCE && words < 3 && lead != ':') {
        // 'بحسب تقرير "صحارى"', 'according to the "Daily Planet"': a quoted name, not words said
        c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
      } else if (before != null && !midSentence(f, before, s, introduced)) {
        c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(before, s.outerStart(), s.outerEnd(), false),
            null, false);
      } else if (before != null) {
        c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
      } else {
        CueLexicon.Hit after = trailingCue(f, s, lead == ':');
        QuoteSpan reopened = after == null ? reopenedWithCue(f, s) : null;
        if (reopened != null) {
          // '"A. "B," said X.': a quotation never closed and opened again goes on with the same speaker,
          // whom the cue of the one that closes names (not whoever the sentence before it was about)
          out.add(new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(trailingCue(f, reopened, false),
              reopened.outerStart(), reopened.outerEnd(), true), null, false));
          prevAttributed = true;
          usedAfter = null;
          prev = s;
          continue;
        }
        SpeakerRef signed = after == null ? DashSource.after(f, s) : null;
        if (signed != null) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, signed, false); // '"…" ― Jane Doe': signed with a dash
        } else if (after != null && (introduced || words >= MIN_UNATTRIBUTED_TOKENS)) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(after, s.outerStart(), s.outerEnd(), true),
              null, false);
        } else if (startsParagraph && colonSpeaker != null && prev == null) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, colonSpeaker, false);
        } else if (startsParagraph && carriedSpeaker && prev == null || prevAttributed && introduced) {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, false);
        } else if (introduced && words >= MIN_UNATTRIBUTED_TOKENS && (lead == ':' || startsParagraph || !rtl(f))) {
          // Arabic and Persian mark titles, slogans and corrections with guillemets too («…» صحیح است):
          // there, words in marks with no cue are a quote only when a colon or the paragraph opens them
          // no cue: the sentence's subject when narrative introduces it ('Hoff proposes: "…"'), else the current speaker
          c = new Candidate(QuoteKind.DIRECT, cs, ce, new Attribution(null, s.outerStart(), s.outerEnd(), false),
              null, false);
        } else {
          c = new Candidate(QuoteKind.DIRECT, cs, ce, null, null, true);
        }
      }
      out.add(c);
      prevAttributed = !c.embedded();
      usedAfter = c.attribution() != null && c.attribution().cueAfter() ? c.attribution().cue() : null;
      prev = s;
    }
    return out;
  }

  /**
   * A quotation inside a reported clause ('said the plan was "dead"', 'أكد أن "…"'): no colon or comma
   * introduces it and words other than the subject separate it from the cue.
   */
  private static boolean midSentence(FieldView f, CueLexicon.Hit cue, QuoteSpan s, boolean introduced) {
    if (introduced) {
      return false;
    }
    int from = cue.last() + 1;
    int to = f.tokenAtOrAfter(s.outerStart());
    for (int j = from; j < to; j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.COMP) != null) {
        return true;
      }
    }
    if (fragmentInClause(f, s)) {
      return true; // 'said "zero" voters would follow'
    }
    if ("en".equals(f.lang())) {
      // English introduces a quotation with a colon or comma; words between cue and mark are a clause
      // ('said it was "impossible"'), except an addressee ('told CNN "…"')
      return to - from > (OBJECT_CUES.contains(f.tokens.get(cue.last()).form()) ? 2 : 0);
    }
    if ("ar".equals(f.lang())) {
      // VSO: the words between the verb and the mark are its subject, titles and adjuncts included
      // (وقال وزير المالية البرتغالي جواو مارتينيز "…", وقالت هانسن في مقابلة إذاعية «…»), unless
      // another speech verb starts a clause of its own there
      for (int j = from; j < to; j++) {
        if (f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT) != null) {
          return true;
        }
      }
      return to - from > MAX_ARABIC_SUBJECT_GAP;
    }
    if ("fa".equals(f.lang())) {
      // 'این گزارش حاکی است: خانم X "…': words between the cue's colon and the mark name a new subject
      for (int j = from; j < to; j++) {
        if (f.hasCharBetween(f.tokens.get(j - 1).end(), f.tokens.get(j).start(), ":")) {
          return true;
        }
      }
    }
    return to - from > 2;
  }

  /** Words a VSO subject with its titles and adjuncts may take between an Arabic verb and its quotation. */
  private static final int MAX_ARABIC_SUBJECT_GAP = 16;

  /** Verbs of describing: the marked words after them are the subject's, however short (وصفهم بانهم "ارهابيون"). */
  private static final java.util.Set<String> DESCRIBING = StringSet.of("وصف", "وصفت", "وصفه", "وصفها", "وصفهم",
      "وصفته", "وصفتها", "واصفا", "واصفة", "واصفين", "اعتبر", "اعتبرت", "معتبرا", "معتبرة", "ندد", "نددت");

  private static String stripClitic(String form) {
    return form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') && !DESCRIBING.contains(form)
        ? form.substring(1) : form;
  }

  /** Persian verbs of calling something so (folded): X را «…» خواند / نامید. */
  private static final java.util.Set<String> NAMING_FA = StringSet.of("خواند", "خواندند", "نامید", "نامیدند")
      .stream().map(w -> MatchForm.fold(w, "fa")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Nouns of a name or title: what is called so with them is a work's title. */
  private static final java.util.Set<String> TITLE_NOUNS_FA = StringSet.of("نام", "اسم", "عنوان")
      .stream().map(w -> MatchForm.fold(w, "fa")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * A Persian quotation set between the object marker را and a verb of calling (این اقدام را «…» خواند،
   * X را «…» خوانده بود): the verb's token, else -1.
   */
  private static int persianNamingVerbAfter(FieldView f, QuoteSpan s) {
    if (!s.closed()) {
      return -1;
    }
    int before = f.tokenAtOrAfter(s.outerStart()) - 1;
    int after = f.tokenAtOrAfter(s.outerEnd());
    if (before < 0 || after >= f.tokens.size() || !f.tokens.get(before).form().equals(MatchForm.fold("را", "fa"))
        || !f.blankBetween(s.outerEnd(), f.tokens.get(after).start())) {
      return -1;
    }
    for (int k = Math.max(0, before - 4); k < before; k++) {
      if (TITLE_NOUNS_FA.contains(f.tokens.get(k).form())) {
        return -1; // نام فیلم خود را «…» نامیده: a title given to a work, not words said
      }
    }
    String verb = f.tokens.get(after).form();
    for (String v : NAMING_FA) {
      if (verb.equals(v) || verb.startsWith(v) && verb.length() <= v.length() + 2) {
        return after; // خواند, خوانده (بود / است)
      }
    }
    return -1;
  }

  /** Words between a describing verb and its quoted words ('called the new tax "…"'). */
  private static final int MAX_DESCRIBED_GAP = 4;
  private static final java.util.Set<String> DESCRIBING_EN = StringSet.of("described", "describes", "describing",
      "called", "calls", "branded", "brands", "dubbed", "labelled", "labeled", "termed", "hailed", "denounced");

  /** An English verb of describing or calling (described, branded, was described as). */
  static boolean describing(FieldView f, CueLexicon.Hit cue) {
    if (!"en".equals(f.lang())) {
      return false;
    }
    for (int j = cue.first(); j <= cue.last(); j++) {
      if (DESCRIBING_EN.contains(f.tokens.get(j).form())) {
        return j + 1 >= f.tokens.size() || !Set.of("for", "on", "off", "in", "up").contains(f.tokens.get(j + 1).form());
      }
    }
    return false;
  }

  private static boolean nameInMention(FieldView f, int cs, int ce) {
    for (MentionRef m : f.mentions) {
      if (m.start() <= cs && m.end() >= ce && m.personOrOrg()) {
        return true;
      }
    }
    return false;
  }

  /** A complementizer between the cue and the quotation: the quotation is part of a reported clause. */
  private static boolean complementizerBetween(FieldView f, CueLexicon.Hit cue, QuoteSpan s) {
    for (int j = cue.last() + 1; j < f.tokens.size() && f.tokens.get(j).start() < s.outerStart(); j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.COMP) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quotation opens right after a complementizer (إن، أن، بأن، إلى أن) or the preposition بـ of a
   * describing verb (وصفها بـ«…»), in the sentence of the cue.
   */
  static boolean afterComplementizer(FieldView f, QuoteSpan s, CueLexicon.Hit cue) {
    int k = f.tokenAtOrAfter(s.outerStart()) - 1;
    if (k <= cue.last() || f.insideQuote(f.tokens.get(k))
        || !f.noWordsBetween(f.tokens.get(k).end(), s.outerStart())
        || f.hasCharBetween(f.tokens.get(k).end(), s.outerStart(), ".!?؟")) {
      return false;
    }
    Token t = f.tokens.get(k);
    return f.lexicon.match(f.tokens, k, CueKind.COMP) != null || t.form().equals("ب");
  }

  /**
   * A short quotation after أن that is only the clause's subject, a name or term the clause goes on about
   * (أن «حماس» قبلت…): a mention covers it, or words follow it straight, without punctuation.
   */
  private static boolean nameInClause(FieldView f, QuoteSpan s, CueLexicon.Hit cue, int cs, int ce, int words) {
    if (nameInMention(f, cs, ce)) {
      return true;
    }
    if (ArabicFragments.predicate(f, s, cs, ce)) {
      return false; // أنه «مرتاح جدا» لـ…, أن «هذه الخطوة» فاقت: the clause's predicate or a description
    }
    boolean described = f.tokens.get(f.tokenAtOrAfter(s.outerStart()) - 1).form().equals("ب")
        || DESCRIBING.contains(stripClitic(f.tokens.get(cue.first()).form()));
    if (described || words >= QuotedName.MIN_SAID_TOKENS || !s.closed()) {
      return false; // وصفها بـ«المتهورة» لكنه…: the describing verb's words, whatever follows
    }
    int k = s.outerEnd();
    while (k < f.text.length() && Character.isWhitespace(f.text.charAt(k))) {
      k++;
    }
    return k < f.text.length() && Character.isLetterOrDigit(f.text.charAt(k));
  }

  private static final java.util.Set<String> CLAUSE_OPENERS = StringSet.of("he", "she", "they", "it", "we", "i",
      "the", "there", "his", "her", "their", "this", "that");
  /**
   * Question words after a verb opening the next sentence: the verb has an object clause of its own ('X
   * explained what went wrong'), so that sentence is new narrative, not the attribution of the quotation
   * before it (round 32).
   */
  private static final java.util.Set<String> WH_OBJECTS = StringSet.of("what", "why", "how", "whether", "where", "who");
  private static final java.util.Set<String> OBJECT_CUES = StringSet.of("told", "tells", "tell", "asked", "asks", "telling");

  /** A short quotation followed straight by more words of the same clause, not by punctuation. */
  static boolean fragmentInClause(FieldView f, QuoteSpan s) {
    if (!s.closed()) {
      return false;
    }
    int k = s.outerEnd();
    if (k >= f.text.length() || !Character.isWhitespace(f.text.charAt(k))) {
      return false;
    }
    while (k < f.text.length() && Character.isWhitespace(f.text.charAt(k))) {
      k++;
    }
    return k < f.text.length() && Character.isLowerCase(f.text.charAt(k));
  }

  /** The last cue in [from, to) outside quotations. */
  static CueLexicon.Hit lastCue(FieldView f, int from, int to) {
    CueLexicon.Hit found = null;
    for (int j = f.tokenAtOrAfter(from); j < f.tokens.size() && f.tokens.get(j).start() < to; j++) {
      if (f.insideQuote(f.tokens.get(j))) {
        continue;
      }
      CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.SOURCE);
      if (h != null && f.tokens.get(h.last()).end() <= to) {
        // 'the watchdog is said to believe': hearsay, no cue
        found = "en".equals(f.lang()) && IndirectSpeechFinder.hearsay(f, h) ? null : h;
        j = h.last();
      }
    }
    return found;
  }

  /**
   * A cue just after the closing mark, in the same sentence ("…," he said / "…," said Smith). A cue that
   * introduces the next quotation or a clause of its own (، مبينا: "…" / مضيفا أن) is not this one's.
   */
  private static CueLexicon.Hit trailingCue(FieldView f, QuoteSpan s, boolean colonIntroduced) {
    if (!s.closed()) {
      return null;
    }
    int from = s.outerEnd();
    int end = f.sentenceEnd(from);
    QuoteSpan next = nextSpan(f, s);
    if (next != null) {
      end = Math.min(end, next.outerStart());
    }
    int first = f.tokenAtOrAfter(from);
    // '…win." Ohio Gov. Kasich said he would…': after a quotation that ends its sentence, a cue further on
    // belongs to a new sentence unless that sentence is only the attribution ('"Why?" he asked.')
    boolean newSentence = endsWithTerminator(f, s) && first < f.tokens.size() && f.tokens.get(first).capitalized()
        && f.tokenAtOrAfter(f.sentenceEnd(from)) - first > 4;
    if (newSentence && colonIntroduced) {
      return null; // 'Perez lobbies for a wage rise: "…" He says…': the colon's sentence names the speaker
    }
    if (newSentence) {
      // still ours when the next sentence opens with a short attribution ('"Why?" Trump said of Apple')
      for (int j = first; j < f.tokens.size() && j - first < 5 && f.tokens.get(j).start() < end; j++) {
        CueLexicon.Hit h = f.lexicon.match(f.tokens, j, CueKind.VERB);
        if (h != null) {
          int n = h.last() + 1;
          boolean clauseFollows = n < f.tokens.size() && (f.lexicon.match(f.tokens, n, CueKind.COMP) != null
              || CLAUSE_OPENERS.contains(f.tokens.get(n).form()) || "en".equals(f.lang()) && WH_OBJECTS.contains(f.tokens.get(n).form()));
          return clauseFollows || !attributesBack(f, h, end) ? null : h;
        }
      }
      return null;
    }
    for (int j = first; j < f.tokens.size() && j - first < MAX_TRAILING_CUE_DISTANCE
        && f.tokens.get(j).start() < end; j++) {
      CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT, CueKind.SOURCE);
      if (h == null) {
        continue;
      }
      int after = f.tokens.get(h.last()).end();
      int nextWord = h.last() + 1 < f.tokens.size() ? f.tokens.get(h.last() + 1).start() : f.text.length();
      boolean introducesNext = f.hasCharBetween(after, Math.min(end, nextWord), ":")
          || next != null && f.noWordsBetween(after, next.outerStart())
              && !f.hasCharBetween(after, next.outerStart(), ".!?؟");
      boolean ownClause = h.last() + 1 < f.tokens.size() && f.tokens.get(h.last() + 1).start() < end
          && f.lexicon.match(f.tokens, h.last() + 1, CueKind.COMP) != null;
      if (introducesNext || ownClause) {
        return null;
      }
      return h;
    }
    return null;
  }

  /** Verbs that attribute the quotation before them from a sentence of their own ('"Why?" Trump said of Apple'). */
  private static final java.util.Set<String> BACKWARD_CUES = StringSet.of("said", "says", "added", "adds",
      "asked", "asks", "told", "tells", "explained", "insisted", "admitted", "continued", "warned", "wrote",
      "writes", "joked", "recalled", "replied", "responded", "argued", "noted", "went on");

  /**
   * Whether a speech verb opening the next sentence attributes the quotation before it: a participle
   * ('Describing him as …, the mother said') or a verb with an object ('Nissan also announced a number of
   * appointments') starts narrative of its own; 'said', 'added' and the like, or a verb ending its clause, do.
   */
  private static boolean attributesBack(FieldView f, CueLexicon.Hit h, int sentenceEnd) {
    Token verb = f.tokens.get(h.last());
    if (f.tokens.get(h.first()).form().endsWith("ing")) {
      return false;
    }
    int n = h.last() + 1;
    boolean clauseEnds = n >= f.tokens.size() || f.tokens.get(n).start() >= sentenceEnd
        || !f.blankBetween(verb.end(), f.tokens.get(n).start());
    return clauseEnds || BACKWARD_CUES.contains(f.text.substring(f.tokens.get(h.first()).start(), verb.end())
        .toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean rtl(FieldView f) {
    return "ar".equals(f.lang()) || "fa".equals(f.lang());
  }

  private static boolean endsWithTerminator(FieldView f, QuoteSpan s) {
    int k = s.contentEnd() - 1;
    while (k > s.contentStart() && (Character.isWhitespace(f.text.charAt(k)) || QuotationMarkScanner.isMark(f.text.charAt(k)))) {
      k--;
    }
    return k >= 0 && ".!?؟".indexOf(f.text.charAt(k)) >= 0;
  }

  /**
   * English only: the quotation that {@code s}, left unclosed, runs into (the next one opens right after
   * its words, as the scanner splits '"A. "B') and the chain of such quotations closes with a trailing
   * cue; null otherwise.
   */
  private static QuoteSpan reopenedWithCue(FieldView f, QuoteSpan s) {
    if (!"en".equals(f.lang())) {
      return null;
    }
    QuoteSpan cur = s;
    for (int hops = 0; hops < 4 && !cur.closed(); hops++) {
      QuoteSpan next = nextSpan(f, cur);
      if (next == null || next.open() < 0 || !f.text.substring(cur.contentEnd(), next.open()).isBlank()) {
        return null;
      }
      if (next.closed()) {
        return trailingCue(f, next, false) != null ? next : null;
      }
      cur = next;
    }
    return null;
  }

  private static QuoteSpan nextSpan(FieldView f, QuoteSpan s) {
    for (QuoteSpan o : f.spans) {
      if (o.outerStart() >= s.outerEnd()) {
        return o;
      }
    }
    return null;
  }
}
