package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An English document that speaks on ('the report said', 'The embassy's annual report on X forecast',
 * 'the statement added') for the source that issued it earlier in the story: the speaker whose own cue
 * sentence placed such a document ('X said in its annual report', 'Y said in a statement'), or the
 * speaker whose name holds the body noun the document phrase opens with ('The embassy report' after
 * 'the U.S. Embassy said'). Wire copy names the issuer once and then lets the document talk; the body
 * is often one the entity step does not know, so the earlier speaker is matched by its words.
 */
final class EnglishDocumentSpeakers {
  /** Kinds of document a body issues and a story then quotes by its kind alone. */
  private static final Set<String> DOCUMENTS = StringSet.of("report", "statement", "study", "survey", "release",
      "letter", "memo", "research", "analysis", "assessment", "review", "paper", "communique", "communiqué");
  /** Most lower-case words between 'the' and the document noun ('the embassy's annual report'). */
  private static final int MAX_MODIFIERS = 3;
  /** How many earlier quotes are searched for the issuer: the document is the one the story just cited. */
  private static final int QUOTES_BACK = 8;

  private EnglishDocumentSpeakers() {}

  /**
   * The document noun of a definite document phrase ('the report' → report, "The embassy's annual
   * report on Y" → report), or null when {@code words} are not one.
   */
  static String documentNoun(List<Token> words) {
    if (words.size() < 2 || !words.get(0).form().equalsIgnoreCase("the")) {
      return null;
    }
    int modifiers = 0;
    for (int k = 1; k < words.size() && modifiers <= MAX_MODIFIERS; k++) {
      Token w = words.get(k);
      String form = w.form().toLowerCase(Locale.ROOT);
      if (possessive(form)) {
        continue; // "'s" cut from its word
      }
      modifiers++;
      if (DOCUMENTS.contains(form)) {
        // what follows the noun is a complement ('on Indonesian agriculture', 'of the inquiry'), not a name
        return k + 1 == words.size() || !words.get(k + 1).capitalized() ? form : null;
      }
      if (w.capitalized()) {
        return null; // 'the Warren Commission report': its author is named inside, found elsewhere
      }
    }
    return null;
  }

  /**
   * The issuer of the document that {@code speaker} names, among the {@code speakers} of earlier quotes
   * (read at {@code whereRead}: field and cue position in {@code views}); null when none is found.
   */
  static SpeakerRef issuer(SpeakerRef speaker, List<SpeakerRef> speakers, List<int[]> whereRead,
      List<FieldView> views) {
    if (speaker == null || speaker.text() == null) {
      return null;
    }
    List<Token> words = Tokenizer.tokenize(speaker.text(), "en");
    String noun = documentNoun(words);
    if (noun == null) {
      return null;
    }
    String bodyWord = bodyWord(words, noun);
    int stop = Math.max(0, speakers.size() - QUOTES_BACK);
    for (int i = speakers.size() - 1; i >= stop; i--) {
      SpeakerRef s = speakers.get(i);
      if (!issuing(s)) {
        continue;
      }
      if (bodyWord != null ? namedWith(s, bodyWord)
          : sameDocument(s, noun) || placedDocument(views.get(whereRead.get(i)[0]), whereRead.get(i)[1], noun)) {
        return (s.entityId() != null || s.name() != null ? s : new SpeakerRef(null, s.text(), s.text()))
            .namedAs(speaker.text());
      }
    }
    return null;
  }

  /** Possessives that give a document to the subject of its sentence ('In its latest report, the OECD …'). */
  private static final Set<String> OWNERS = StringSet.of("its", "their", "his", "her");
  /** Prepositions after a document noun that name its issuer ('a survey by X', 'research from X'). */
  private static final Set<String> ISSUED_BY = StringSet.of("by", "from");
  /** Words before a document noun that make it a verb ('failing to report fraud', 'would study the plan'). */
  private static final Set<String> VERB_BEFORE = StringSet.of("to", "will", "would", "can", "could", "may", "might",
      "should", "must", "did", "does", "do", "not");
  /** Most tokens between a document noun and its possessor or owning pronoun ('its latest bi-annual report'). */
  private static final int OWNER_WINDOW = 6;
  /** Words that open the document's noun phrase: its possessor or owner comes after them. */
  private static final Set<String> OPENERS = StringSet.of("the", "a", "an", "this", "that");
  /**
   * Words no document's noun phrase holds before its noun: a verb's ('failing to report fraud', 'are to report')
   * or a coordination's ('the RSA and NetSurity survey': two issuers, none alone).
   */
  private static final Set<String> NOT_IN_PHRASE = StringSet.of("and", "or", "is", "are", "was", "were", "be",
      "has", "have", "had");

  /**
   * The issuer of a document that {@code speaker} ('the report', 'the study') names when no earlier speaker
   * issued it: the story placed the document before, outside quotations, in a sentence that says whose it is
   * ('In its latest bi-annual report, the OECD cut …', 'The Home Office has produced its own report',
   * "The NAO's annual report showed", 'a survey by X'). The latest document mentioned before the cue's sentence
   * (in its field or the {@link Epithets#FIELDS_BACK} before) decides; one with 'the' and no issuer is the story's
   * own later mention and the walk goes on back; 'a report' with none leaves the speaker unnamed.
   */
  static SpeakerRef placedIssuer(SpeakerRef speaker, List<FieldView> views, int fieldIndex, int position) {
    if (speaker == null || speaker.text() == null || documentNoun(Tokenizer.tokenize(speaker.text(), "en")) == null) {
      return null;
    }
    FieldView here = views.get(fieldIndex);
    int before = here.sentenceStart(Math.min(position, Math.max(0, here.text.length() - 1)));
    for (int v = fieldIndex; v >= Math.max(0, fieldIndex - Epithets.FIELDS_BACK); v--) {
      FieldView f = views.get(v);
      for (int j = f.tokens.size() - 1; j >= 0; j--) {
        Token t = f.tokens.get(j);
        if (v == fieldIndex && t.end() > before || f.spanAt(t.start()) != null || t.capitalized()
            || !DOCUMENTS.contains(t.form()) || j > 0 && VERB_BEFORE.contains(f.tokens.get(j - 1).form())) {
          continue;
        }
        MentionRef issuer = documentOwner(f, j);
        if (issuer != null) {
          return SpeakerRef.of(issuer, speaker.text());
        }
        if (!definite(f, j)) {
          return null;
        }
      }
    }
    return null;
  }

  /** The person or body a document noun at token {@code j} belongs to by its own phrase, or null. */
  private static MentionRef documentOwner(FieldView f, int j) {
    List<Token> toks = f.tokens;
    int sentence = f.sentenceStart(toks.get(j).start());
    for (int k = j - 1; k >= 0 && j - k <= OWNER_WINDOW && toks.get(k).start() >= sentence; k--) {
      if (f.hasCharBetween(toks.get(k).end(), toks.get(k + 1).start(), ",;:\"“”")) {
        break;
      }
      MentionRef m = f.mentionAt(toks.get(k));
      if (m != null) {
        int first = f.tokenAtOrAfter(m.start());
        boolean coordinated = first > 0 && NOT_IN_PHRASE.contains(toks.get(first - 1).form()); // 'X and Y survey'
        return m.personOrOrg() && !coordinated ? m : null; // 'A National Audit Office report', "The NAO's annual report"
      }
      String form = toks.get(k).form().toLowerCase(Locale.ROOT);
      if (NOT_IN_PHRASE.contains(form) || form.endsWith("ing")) {
        return null;
      }
      if (OWNERS.contains(form)) {
        return subjectOf(f, sentence, toks.get(j).end()); // 'The Home Office has produced its own report'
      }
      if (OPENERS.contains(form)) {
        break; // 'X said the report …': a name before the article is no possessor
      }
    }
    if (j + 2 < toks.size() && ISSUED_BY.contains(toks.get(j + 1).form())) {
      int k = toks.get(j + 2).form().equals("the") && j + 3 < toks.size() ? j + 3 : j + 2;
      MentionRef m = f.mentionAt(toks.get(k));
      return m != null && m.personOrOrg() && m.start() == toks.get(k).start() ? m : null; // 'a survey by X'
    }
    return null;
  }

  /**
   * The first person or body named in the document's sentence outside quotations: the subject its possessive
   * points to ("In its latest report, the OECD"), looked for up to the sentence's end.
   */
  private static MentionRef subjectOf(FieldView f, int sentence, int from) {
    for (MentionRef m : f.mentionsIn(sentence, f.sentenceEnd(from))) {
      if (m.personOrOrg() && f.spanAt(m.start()) == null) {
        return m;
      }
    }
    return null;
  }

  /** The document noun at {@code j} is opened by 'the' within its modifiers: the story's mention of a known document. */
  private static boolean definite(FieldView f, int j) {
    for (int k = j - 1; k >= 0 && j - k <= OWNER_WINDOW; k--) {
      String form = f.tokens.get(k).form().toLowerCase(Locale.ROOT);
      if (OPENERS.contains(form)) {
        return !form.startsWith("a");
      }
    }
    return false;
  }

  /** A speaker that can issue a document: named by an entity or by capitalised words, never a pronoun or a document. */
  private static boolean issuing(SpeakerRef s) {
    if (s == null || s.text() == null || Pronouns.personalWords(s.text())) {
      return false;
    }
    if (s.entityId() != null || s.name() != null) {
      return true;
    }
    List<Token> words = Tokenizer.tokenize(s.text(), "en");
    return !words.isEmpty() && words.get(words.size() - 1).capitalized() && documentNoun(words) == null;
  }

  /**
   * The body noun of the phrase: a possessor ("the embassy's annual report" → embassy), else the word
   * right before the document noun ('the embassy report' → embassy); null for a bare 'the report'.
   */
  private static String bodyWord(List<Token> words, String noun) {
    int at = -1;
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).form().equalsIgnoreCase(noun)) {
        at = k;
        break;
      }
    }
    for (int k = 1; k < at; k++) {
      String form = words.get(k).form().toLowerCase(Locale.ROOT);
      if (possessive(form)) {
        return k >= 2 ? stem(words.get(k - 1).form().toLowerCase(Locale.ROOT)) : null;
      }
      if (form.endsWith("'s") || form.endsWith("’s")) {
        return stem(form.substring(0, form.length() - 2));
      }
    }
    return at >= 2 ? stem(words.get(at - 1).form().toLowerCase(Locale.ROOT)) : null;
  }

  private static boolean possessive(String form) {
    return form.equals("'s") || form.equals("’s") || form.equals("s") || form.equals("'") || form.equals("’");
  }

  private static String stem(String form) {
    return form.length() > 2 && !DOCUMENTS.contains(form) ? form : null;
  }

  /** An earlier speaker named as the same kind of document ('The embassy report', then 'The report'). */
  private static boolean sameDocument(SpeakerRef s, String noun) {
    return noun.equals(documentNoun(Tokenizer.tokenize(s.text(), "en")));
  }

  /** The speaker's words or name hold {@code word} as a word ('U.S. Embassy' for 'embassy'). */
  private static boolean namedWith(SpeakerRef s, String word) {
    for (String text : new String[] {s.text(), s.name()}) {
      if (text == null) {
        continue;
      }
      for (Token t : Tokenizer.tokenize(text, "en")) {
        if (t.form().equalsIgnoreCase(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The sentence of the cue at {@code at} places a document of that kind outside quotations, after the cue
   * or before it ('said in its report', 'In a statement X said', 'The X statement said').
   */
  private static boolean placedDocument(FieldView f, int at, String noun) {
    int in = Math.min(at, Math.max(0, f.text.length() - 1));
    int to = f.sentenceEnd(in);
    for (int k = f.tokenAtOrAfter(f.sentenceStart(in)); k < f.tokens.size() && f.tokens.get(k).end() <= to; k++) {
      Token t = f.tokens.get(k);
      // a capitalised noun is part of a title ('told the BBC's World Business Report'), no document placed
      if (t.form().equalsIgnoreCase(noun) && !t.capitalized() && f.spanAt(t.start()) == null) {
        return true;
      }
    }
    return false;
  }
}
