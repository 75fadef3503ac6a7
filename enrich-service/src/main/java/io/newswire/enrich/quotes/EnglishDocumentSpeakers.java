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
      if (t.form().equalsIgnoreCase(noun) && f.spanAt(t.start()) == null) {
        return true;
      }
    }
    return false;
  }
}
