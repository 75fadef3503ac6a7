package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Requests are reported speech (the lead's round-53 ruling, as PolNeAR annotates them): 'urged the government
 * to raise …', 'called on X to …', 'called for an inquiry into …' report what the speaker asked for, so the
 * request's content, every word after the verb with the addressee (PolNeAR's content), is an INDIRECT clause.
 * A trailing '…, he urged.', a passive ('were urged to …', 'was called for') and a verb with no object after it
 * ('called for at the weekend') keep the plain trailing reading: there the words after the verb are no request.
 */
final class EnglishRequests {
  private static final Set<String> URGING = StringSet.of("urge", "urges", "urged", "urging");
  private static final Set<String> CALLING = StringSet.of("call", "calls", "called", "calling");
  private static final Set<String> CALLING_PARTICLES = StringSet.of("for", "on");
  private static final Set<String> ASKING = StringSet.of("ask", "asks", "asked");
  /** Words of an addressee between 'asked' and its 'to' ('asked congressional tax analysts to look'). */
  private static final int MAX_ASKED_ADDRESSEE = 4;
  /** Words that end the addressee: a question ('asked him whether'), a refusal ('asked not to be named'), a clause. */
  private static final Set<String> NO_ADDRESSEE = StringSet.of("not", "whether", "if", "why", "how", "what", "when",
      "where", "who", "which", "about", "for", "that", "said", "says");
  /** Subjects whose asking is a thing's, no speaker's (the ruling's virus e-mail that 'asks recipients to click'). */
  private static final Set<String> THING_ASKERS = StringSet.of("message", "messages", "e-mail", "email", "letter",
      "motion", "motions", "petition", "form", "survey", "scheme", "system", "introduction", "law", "bill");
  /** Words right after the verb that open an adjunct or an infinitive, not the thing asked for. */
  private static final Set<String> NO_OBJECT = StringSet.of("to", "at", "in", "on", "by", "during", "after", "before",
      "since", "from", "with", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Auxiliaries right after 'urges': the word was a plural noun ('artistic urges have …'). */
  private static final Set<String> AUXILIARIES = StringSet.of("have", "has", "had", "will", "would", "can", "could", "may", "might");
  /** Objects of 'called for' that are a market or match event, no request: 'called for redemption of …', 'called for offside'. */
  private static final Set<String> EVENTS = StringSet.of("redemption", "offside");
  /** Subjects whose 'called for' gives figures or terms, not a request: 'The average forecast called for a rise'. */
  private static final Set<String> DOCUMENTS = StringSet.of("forecast", "forecasts", "estimate", "estimates", "projection",
      "projections", "plan", "plans", "schedule", "budget", "contract", "agreement");
  /** Words between a subject and its verb ('The plan also called for'). */
  private static final Set<String> BETWEEN_SUBJECT_AND_VERB = StringSet.of("also", "still", "has", "have", "had", "originally");
  /** Words opening the subject of a trailing cue after a comma ('…, CME Chairman Jack Sandner told Reuters'). */
  private static final Set<String> TRAILING_SUBJECT_OPENERS = StringSet.of("the", "a", "an", "its", "his", "her", "their");
  /** Words a trailing cue may take after it before the sentence ends: 'told Reuters', 'told reporters'. */
  private static final int MAX_TRAILING_OBJECT = 2;
  private static final int MAX_TRAILING_SUBJECT = 6;
  /** Words a trailing cue's subject never holds: the request's own infinitive, a coordination, a relative, a finite verb. */
  private static final Set<String> NOT_SUBJECT = StringSet.of("to", "and", "or", "who", "which", "that", "whose", "is",
      "are", "was", "were", "has", "have", "had", "will", "would", "not");

  /**
   * The fewest words a request's content holds: its object alone is the request ('called for reforms, but …'),
   * where a reported clause needs a subject and a verb.
   */
  static final int MIN_CONTENT_TOKENS = 1;

  private EnglishRequests() {}

  /** Whether the cue is a verb of asking: 'urged', 'asked X to', or 'called' with 'for' or 'on'. */
  static boolean cue(FieldView f, CueLexicon.Hit cue) {
    String first = f.tokens.get(cue.first()).form();
    if (cue.first() == cue.last()) {
      return URGING.contains(first) || ASKING.contains(first) && askedAddresseeTo(f, cue.first());
    }
    return cue.last() == cue.first() + 1 && CALLING.contains(first) && CALLING_PARTICLES.contains(f.tokens.get(cue.last()).form());
  }

  /**
   * The token opening the request's content ('urged [voters to …]', 'urged that [the regulator should …]'), or -1
   * when the words after the verb are no request: a passive, a comma or full stop, an adjunct, a 'called for'
   * that asks nothing (see noRequest).
   */
  static int contentStart(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int next = cue.last() + 1;
    if (next >= toks.size() || !f.blankBetween(toks.get(cue.last()).end(), toks.get(next).start())) {
      return -1;
    }
    String verb = toks.get(cue.first()).form();
    if (cue.first() > 0 && EnglishSubjectFinder.BE.contains(toks.get(cue.first() - 1).form()) && !verb.endsWith("ing")) {
      return -1; // 'voters were urged to …': the subject is the one asked ('were urging X to …' is the subject's request)
    }
    if (verb.endsWith("ing") && f.tokenAtOrAfter(f.sentenceStart(toks.get(cue.first()).start())) == cue.first()) {
      return -1; // 'Calling for a switch to …, the minister said …': the participle's request ends at a comma its clause does not see
    }
    if (verb.endsWith("ing") && modifiesIndefiniteNoun(f, cue.first())) {
      return -1; // 'to stage a rally calling for …', 'a membership petition calling for …': a thing's asking, no speaker's
    }
    String word = toks.get(next).form();
    if (!URGING.contains(verb) && noRequest(f, cue)) {
      return -1;
    }
    if (word.equals("that") && next + 1 < toks.size()) {
      return next + 1; // 'urged that the regulator should act'
    }
    // 'artistic urges have disappeared': a noun before its verb, no request
    boolean verbNext = EnglishSubjectFinder.BE.contains(word) || AUXILIARIES.contains(word);
    return NO_OBJECT.contains(word) || verbNext || f.insideQuote(toks.get(next)) ? -1 : next;
  }

  /**
   * 'asked [congressional tax analysts] to look at …': the verb of asking has an addressee of one to four
   * words and then 'to' with a lower-case verb, all in one run of blanks (round 54b; the round-53 ruling counts
   * 'asked X to' as a request). A question ('asked him whether'), 'asked not to be identified', 'asked to' with
   * no addressee, a passive ('was asked by X to'), an opening 'Asked …', a thing's asking ('The message asks
   * recipients to click') and the participle 'asking' ('without asking people to pay', 'motions asking him to')
   * keep their old reading: this keeps them off the request path altogether.
   */
  private static boolean askedAddresseeTo(FieldView f, int verb) {
    List<Token> toks = f.tokens;
    if (verb > 0 && EnglishSubjectFinder.BE.contains(toks.get(verb - 1).form())
        || f.tokenAtOrAfter(f.sentenceStart(toks.get(verb).start())) == verb) {
      return false;
    }
    int s = verb - 1;
    while (s >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(toks.get(s).form())) {
      s--;
    }
    if (s >= 0 && THING_ASKERS.contains(toks.get(s).form())) {
      return false;
    }
    int next = verb + 1;
    if (next >= toks.size() || NO_OBJECT.contains(toks.get(next).form())) {
      return false;
    }
    for (int k = next; k < toks.size() && k - next <= MAX_ASKED_ADDRESSEE; k++) {
      Token t = toks.get(k);
      if (!f.blankBetween(toks.get(k - 1).end(), t.start()) || f.insideQuote(t) || NO_ADDRESSEE.contains(t.form())) {
        return false;
      }
      if (t.form().equals("to")) {
        return k > next && k + 1 < toks.size() && !toks.get(k + 1).capitalized()
            && f.blankBetween(t.end(), toks.get(k + 1).start());
      }
    }
    return false;
  }

  /** Words of an indefinite noun phrase before a participle that modifies it: 'a [membership petition] calling'. */
  private static final int MAX_MODIFIED_NOUN_WORDS = 3;
  private static final Set<String> INDEFINITE = StringSet.of("a", "an");

  /**
   * The participle at token {@code verb} follows, with no comma, a lower-case noun phrase opened by 'a' or
   * 'an' ('stage a rally calling for', 'on a membership petition calling for'): it says what the rally or
   * petition asks, and no speaker is named as asking it (round 54).
   */
  private static boolean modifiesIndefiniteNoun(FieldView f, int verb) {
    List<Token> toks = f.tokens;
    for (int k = verb - 1; k >= 0 && verb - k <= MAX_MODIFIED_NOUN_WORDS + 1; k--) {
      Token t = toks.get(k);
      if (!f.blankBetween(t.end(), toks.get(k + 1).start()) || t.capitalized() && !INDEFINITE.contains(t.form())) {
        return false;
      }
      if (INDEFINITE.contains(t.form())) {
        return k < verb - 1;
      }
      if (EnglishSubjectFinder.BE.contains(t.form()) || AUXILIARIES.contains(t.form()) || !t.form().chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return false;
  }

  /**
   * 'called for' reporting no one's asking: a firm calling its debentures for redemption, a rights issue, a side
   * appealing for offside, or a forecast or plan as subject whose 'called for' gives its figures or terms.
   */
  private static boolean noRequest(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    for (int k = cue.last() + 1; k < toks.size() && k <= cue.last() + 3; k++) {
      String w = toks.get(k).form();
      if (EVENTS.contains(w) || w.equals("issue") && toks.get(k - 1).form().equals("rights")) {
        return true;
      }
    }
    int s = cue.first() - 1;
    while (s >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(toks.get(s).form())) {
      s--;
    }
    return s >= 0 && DOCUMENTS.contains(toks.get(s).form()) && f.blankBetween(toks.get(s).end(), toks.get(cue.first()).start());
  }

  /**
   * Where the request opened at token {@code content} ends, at most {@code end}: before a statement of its own
   * that the sentence goes on to ('…, saying …', '…, but vowed …', '… and said …') or before a trailing cue whose
   * speaker reports the whole sentence ('…, CME Chairman Jack Sandner told Reuters'), so that statement is found
   * with its own clause and speaker; the asking never runs on into them.
   */
  static int contentEnd(FieldView f, int content, int end) {
    List<Token> toks = f.tokens;
    for (int j = content + 1; j + 1 < toks.size() && toks.get(j).start() < end; j++) {
      Token t = toks.get(j);
      if (f.insideQuote(t)) {
        continue;
      }
      boolean comma = f.hasCharBetween(toks.get(j - 1).end(), t.start(), ",");
      String w = t.form();
      if (comma && (w.equals("but") || w.endsWith("ing") && speechVerb(f, j) || trailingCue(f, j, end))) {
        return f.text.lastIndexOf(',', t.start());
      }
      if (w.equals("and") && speechVerb(f, j + 1) && pastOrPresent(toks.get(j + 1).form())) {
        return toks.get(j - 1).end(); // before the comma, if any, and 'and'
      }
    }
    return end;
  }

  private static boolean speechVerb(FieldView f, int j) {
    CueLexicon.Hit h = f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT);
    return h != null && h.first() == j && !f.tokens.get(j).capitalized();
  }

  /** A finite speech verb ('said', 'added', 'says'), not an infinitive the request goes on with ('to meet and discuss'). */
  private static boolean pastOrPresent(String verb) {
    return verb.endsWith("ed") || verb.equals("said") || verb.equals("told") || verb.equals("says") || verb.equals("adds");
  }

  /** Token j opens a short subject and a lower-case speech verb with at most two words after it to {@code end}. */
  private static boolean trailingCue(FieldView f, int j, int end) {
    List<Token> toks = f.tokens;
    Token first = toks.get(j);
    if (!first.capitalized() && !TRAILING_SUBJECT_OPENERS.contains(first.form())) {
      return false;
    }
    for (int k = j + 1; k < toks.size() && k - j <= MAX_TRAILING_SUBJECT && toks.get(k).start() < end; k++) {
      if (!f.blankBetween(toks.get(k - 1).end(), toks.get(k).start()) || f.insideQuote(toks.get(k))) {
        return false;
      }
      CueLexicon.Hit h = f.lexicon.match(toks, k, CueKind.VERB);
      if (h != null && h.first() == k && !toks.get(k).capitalized()) {
        int after = 0;
        for (int m = h.last() + 1; m < toks.size() && toks.get(m).start() < end; m++) {
          after++;
        }
        return after <= MAX_TRAILING_OBJECT;
      }
      if (NOT_SUBJECT.contains(toks.get(k).form())) {
        return false; // '…, the banks and the unions to say …': the request's own words go on
      }
    }
    return false;
  }
}
