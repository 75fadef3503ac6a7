package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * 'He' or 'she' opening a sentence refers to the subject of the sentence just before it when that subject
 * is a named person: '… said the manager. X has apologised for his actions. He said: "…"' is X's, not the
 * manager's, though the manager spoke last. The preference of a sentence-initial pronoun for the previous
 * sentence's subject holds however many speakers came before; a trailing 'he said' after a quotation is left
 * to the speaker tracker, since the quotation in between may talk about the person it names.
 */
final class EnglishPronounSubjects {
  private static final Set<String> PRONOUNS = StringSet.of("he", "she");
  /** Words that may come before a pronoun's cue: 'He also said', 'She later told'. */
  private static final Set<String> ADVERBS = StringSet.of("also", "later", "then", "has", "had", "again");
  /** Words that may open a sentence before its subject: 'But X has …', 'Mr X was …'. */
  private static final Set<String> OPENERS = StringSet.of("and", "but", "mr", "mrs", "ms", "miss", "dr");

  /** Titles written with a full stop before a name ('Mr.', 'Sen.', 'Gov.'). */
  private static final Set<String> ABBREVIATIONS = StringSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
      "lt", "col", "capt", "sgt", "prof", "rev", "st", "jr", "sr", "messrs");

  private EnglishPronounSubjects() {}

  /**
   * The named person who is the subject of the sentence before the one that the pronoun before token
   * {@code cue} of field {@code v} opens; null when the cue's subject is no sentence-initial he/she or that
   * sentence's subject is no named person.
   */
  static SpeakerRef previousSubject(List<FieldView> views, int v, int cue) {
    FieldView f = views.get(v);
    List<Token> toks = f.tokens;
    int p = cue - 1;
    while (p >= 0 && ADVERBS.contains(toks.get(p).form())) {
      p--;
    }
    if (p < 0 || !PRONOUNS.contains(toks.get(p).form()) || f.insideQuote(toks.get(p))) {
      return null;
    }
    if (p > 0) {
      if (f.insideQuote(toks.get(p - 1))) {
        // 'he added' goes on with the speaker of the quotations before (round 4), whoever the sentence names
        return CONTINUING.contains(toks.get(cue).form()) ? null
            : onlyPersonBeforeQuotation(f, f.spanAt(toks.get(p - 1).start()));
      }
      if (!f.hasCharBetween(toks.get(p - 1).end(), toks.get(p).start(), ".!?")
          || f.hasCharBetween(toks.get(p - 1).end(), toks.get(p).start(), "\"“”")) {
        return null; // mid-sentence: the tracker's
      }
      return subjectOfLastSentence(f, p);
    }
    return subjectOfPreviousParagraph(views, v); // the pronoun opens a paragraph
  }

  /**
   * '… star David Jason criticised British TV. "We've got to be careful," he said': a trailing he/she after a
   * quotation that opens its sentence is the one person the sentence before it names, when that sentence
   * names exactly one (and quotes no one); otherwise null, and the tracker decides (round 58).
   */
  private static SpeakerRef onlyPersonBeforeQuotation(FieldView f, QuoteSpan span) {
    if (span == null || ".!?".indexOf(f.charBefore(span.outerStart())) < 0) {
      return null; // a quotation inside its sentence, or opening the paragraph
    }
    int first = f.tokenAtOrAfter(span.outerStart());
    int s = lastSentenceStart(f, first);
    if (s < 0) {
      return null;
    }
    List<Token> toks = f.tokens;
    MentionRef only = null;
    for (MentionRef m : f.mentionsIn(toks.get(s).start(), toks.get(first - 1).end())) {
      if (!m.person()) {
        continue;
      }
      if (only != null && !only.entity().getId().equals(m.entity().getId())) {
        return null; // two people: either could be meant
      }
      only = only == null ? m : only;
    }
    if (only == null) {
      return null;
    }
    int name = f.tokenAtOrAfter(only.start());
    if (name > s && OBJECT_PREPOSITIONS.contains(toks.get(name - 1).form())) {
      return null; // 'a clash with X': the person is an object, the sentence's subject someone else
    }
    int after = f.tokenAtOrAfter(only.end());
    if (after < toks.size() && toks.get(after).form().equals("s") || f.hasCharBetween(only.end(), only.end() + 1, "'’")) {
      return null; // 'Mr X's claim': the possessor is no subject
    }
    for (int j = s; j < name; j++) {
      if (PRONOUNS.contains(toks.get(j).form()) || UNNAMED_SPEAKERS.contains(toks.get(j).form())) {
        return null; // 'She thanked X', 'A spokeswoman insisted X …': the subject is someone else
      }
    }
    int k = s;
    while (k < name && SENTENCE_OPENERS.contains(toks.get(k).form())) {
      k++;
    }
    boolean identified = name > 0 && EnglishSubjectFinder.BE.contains(toks.get(name - 1).form()); // 'The director is X'
    if (k < name && toks.get(k).form().equals("the") && !identified) {
      for (int j = k + 1; j < name && j <= k + MAX_DESCRIPTION_WORDS; j++) {
        if (f.lexicon.matchAny(toks, j, CueKind.EPITHET, CueKind.ROLE) != null || toks.get(j).form().endsWith("year-old")) {
          return null; // 'The Brazilian confirmed … Sir Alex Ferguson': the description is the subject, back to the tracker
        }
      }
    }
    return SpeakerRef.of(only, only.text());
  }

  /** Cues that go on with the speaker before: 'he added'. */
  private static final Set<String> CONTINUING = StringSet.of("added", "adds", "continued", "continues");
  /** Unnamed speakers a sentence may have before naming a person it talks about. */
  private static final Set<String> UNNAMED_SPEAKERS = StringSet.of("spokesman", "spokeswoman", "spokesperson");
  /** Prepositions whose object a person named after them is ('with X', 'at United boss X'). */
  private static final Set<String> OBJECT_PREPOSITIONS = StringSet.of("with", "at", "to", "against", "by", "for",
      "from", "of", "on", "over", "about");
  /** Words that may open a sentence before its subject ('But the Tory leader …', 'However, the …'). */
  private static final Set<String> SENTENCE_OPENERS = StringSet.of("and", "but", "however", "yet", "so");
  /** Most words of a definite description opening the sentence ('the 24-year-old Reds skipper'). */
  private static final int MAX_DESCRIPTION_WORDS = 5;

  /**
   * The one organisation named as the subject or agent of the sentence just before an 'It said' that no
   * speaker before could take ('One problem identified by Acme was … . It said that …'): null unless 'it'
   * opens its sentence and that sentence, reporting no one's words, names exactly one organisation and no
   * person, opening it or after 'by'. Round 51b; wider readings ('the last body that spoke') went more wrong than right in round 51.
   */
  static SpeakerRef previousBody(List<FieldView> views, int v, int cue) {
    FieldView f = views.get(v);
    List<Token> toks = f.tokens;
    int p = cue - 1;
    while (p >= 0 && ADVERBS.contains(toks.get(p).form())) {
      p--;
    }
    if (p < 0 || !toks.get(p).form().equals("it") || f.insideQuote(toks.get(p))) {
      return null;
    }
    if (p > 0) {
      if (!f.hasCharBetween(toks.get(p - 1).end(), toks.get(p).start(), ".!?")
          || f.hasCharBetween(toks.get(p - 1).end(), toks.get(p).start(), "\"“”")) {
        return null;
      }
      return bodyOfLastSentence(f, p);
    }
    if (v == 0 || !views.get(v - 1).name().startsWith("paragraphs")) {
      return null;
    }
    FieldView prev = views.get(v - 1);
    return bodyOfLastSentence(prev, prev.tokens.size());
  }

  private static SpeakerRef bodyOfLastSentence(FieldView f, int end) {
    int s = lastSentenceStart(f, end);
    if (s < 0) {
      return null;
    }
    List<Token> toks = f.tokens;
    if (!f.noCueBetween(toks.get(s).start(), toks.get(end - 1).end())) {
      return null; // 'The Acme unit said …. It said': that sentence's own speaker, the tracker's business
    }
    MentionRef body = null;
    for (MentionRef m : f.mentionsIn(toks.get(s).start(), toks.get(end - 1).end())) {
      if (!m.personOrOrg()) {
        continue; // places and events leave 'it' to the body
      }
      if (m.person() || body != null && !body.entity().getId().equals(m.entity().getId())) {
        return null; // a person or a second body: 'it' could be either
      }
      body = body == null ? m : body;
    }
    if (body == null) {
      return null;
    }
    int k = s;
    while (k < end - 1 && (OPENERS.contains(toks.get(k).form()) || toks.get(k).form().equals("the"))) {
      k++;
    }
    int first = s;
    while (first < end && toks.get(first).end() <= body.start()) {
      first++;
    }
    boolean subject = first <= k; // 'Acme …', 'The Acme board …'
    boolean agent = first > s && toks.get(first - 1).form().equals("by"); // 'One problem identified by Acme'
    return subject || agent ? SpeakerRef.of(body, body.text()) : null;
  }

  /**
   * The named person who is the subject of the sentence before a quotation with no cue of its own that
   * opens a sentence: 'But the union's leader X criticised the plans. "…"' quotes X, who was brought in by a
   * verb of no saying, not whoever spoke before. Null when the quotation does not open its sentence or that
   * sentence's subject is no named person.
   */
  static SpeakerRef subjectBeforeQuotation(List<FieldView> views, int v, int quoteStart) {
    FieldView f = views.get(v);
    QuoteSpan span = f.spanAt(quoteStart);
    if (span == null) {
      return null;
    }
    if (f.charBefore(span.contentEnd()) == ',' || f.charAfter(span.outerEnd()) == ',') {
      return null; // '"…," X added, "…"': the cue comes after the quotation
    }
    int mark = span.outerStart();
    char before = f.charBefore(mark);
    if (before != 0) {
      if (".!?".indexOf(before) < 0) {
        return null; // a fragment inside its sentence
      }
      int first = f.tokenAtOrAfter(mark);
      return first == 0 ? null : subjectOfLastSentence(f, first);
    }
    return subjectOfPreviousParagraph(views, v);
  }

  /** The named person opening the last sentence of the paragraph before field {@code v}, or null. */
  private static SpeakerRef subjectOfPreviousParagraph(List<FieldView> views, int v) {
    if (v == 0 || !views.get(v - 1).name().startsWith("paragraphs")) {
      return null;
    }
    FieldView prev = views.get(v - 1);
    return subjectOfLastSentence(prev, prev.tokens.size());
  }

  /** The named person opening the last sentence that ends before token {@code end} of f, or null. */
  private static SpeakerRef subjectOfLastSentence(FieldView f, int end) {
    List<Token> toks = f.tokens;
    int s = lastSentenceStart(f, end);
    if (s < 0) {
      return null;
    }
    int k = s;
    while (k < end - 1 && OPENERS.contains(toks.get(k).form())) {
      k++;
    }
    MentionRef m = f.mentionAt(toks.get(k));
    if (m == null || !m.person()) {
      return null;
    }
    int after = k;
    while (after < end && toks.get(after).start() < m.end()) {
      after++;
    }
    if (after >= end || f.hasCharBetween(m.end(), toks.get(after).start(), "'’")
        || toks.get(after).form().equals("s")) {
      return null; // 'X's view': the possessor is no subject
    }
    return SpeakerRef.of(m, m.text());
  }

  /**
   * The first token of the last sentence ending before token {@code end} of f; -1 when there is none or it holds
   * a quotation (the tracker's business) or does not open with a capital ('Sen. and …').
   */
  private static int lastSentenceStart(FieldView f, int end) {
    List<Token> toks = f.tokens;
    if (end == 0) {
      return -1;
    }
    int s = end - 1;
    while (s > 0 && (!f.hasCharBetween(toks.get(s - 1).end(), toks.get(s).start(), ".!?")
        || ABBREVIATIONS.contains(toks.get(s - 1).form()) || toks.get(s - 1).raw().length() == 1)) {
      s--; // 'Mrs. Clinton also spoke', 'George W. Bush': the full stop of a title or an initial ends no sentence
    }
    if (!toks.get(s).capitalized() || f.insideQuote(toks.get(s)) || f.insideQuote(toks.get(end - 1))
        || f.hasCharBetween(toks.get(s).start(), toks.get(end - 1).end(), "\"“”")) {
      return -1;
    }
    return s;
  }
}
