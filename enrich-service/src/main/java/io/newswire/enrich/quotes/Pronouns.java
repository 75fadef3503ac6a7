package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which pronouns may stand for the last named speaker. A singular personal pronoun (he, she, وی, او,
 * هو) refers back to the person who spoke last; 'it' and 'they' usually point at a thing, a group or a
 * document, so without an antecedent of that kind they name no one. A pronoun that resolves to nobody is
 * never published as a speaker's text.
 */
final class Pronouns {
  /** Folded forms (see {@link MatchForm}) that resolve to the current speaker. */
  private static final Set<String> PERSONAL = StringSet.of("he", "she", "وی", "او", "ایشان", "وي", "ايشان",
      "هو", "هي", "هی");
  /** Words that are never a speaker on their own, whatever the finder made of them. */
  private static final Set<String> NEVER_SPEAKERS = StringSet.of("it", "its", "it's", "it’s", "they", "them", "he", "she", "i", "we",
      "you", "this", "that", "there", "these", "those", "his", "her", "their", "one", "وی", "او", "ایشان", "وي",
      "ايشان", "آنها", "آن", "این", "اين", "هو", "هي", "هی", "هم", "سموه", "معاليه", "فخامته", "جلالته", "سيادته",
      "سعادته", "فضيلته");

  /** Heads of English noun phrases naming a body or a document rather than a person. */
  private static final Set<String> BODIES = StringSet.of("firm", "company", "companies", "organisation", "organization",
      "report", "study", "survey", "research", "group", "government", "ministry", "department", "agency", "party",
      "council", "association", "club", "union", "bank", "board", "committee", "court", "statement", "watchdog",
      "regulator", "body", "team", "league", "paper", "newspaper", "website", "document", "letter", "police",
      "communique");
  private static final Set<String> DETERMINERS = StringSet.of("the", "a", "an", "its", "their", "this", "that");

  private Pronouns() {}

  /** A speaker 'he' or 'she' cannot refer to: 'the firm', 'The report', 'The United Nations Security Council'. */
  static boolean impersonal(SpeakerRef s) {
    String[] words = wordsOf(s);
    if (words.length < 2 || !DETERMINERS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    // the head is the noun before a preposition: 'A survey by the Shoppers' Forum', 'the report of the inquiry'
    int head = words.length - 1;
    for (int k = 2; k < words.length; k++) {
      if (HEAD_ENDS.contains(words[k].toLowerCase(java.util.Locale.ROOT))) {
        head = k - 1;
        break;
      }
    }
    String lower = words[head].toLowerCase(java.util.Locale.ROOT);
    return BODIES.contains(lower) || EnglishCompanyWords.head(lower);
  }

  /**
   * {@link #impersonal} for the words a speaker was named by, even when they are linked to an entity: 'the report
   * concluded' linked to the firm that wrote it is still a document, which 'he' cannot stand for (round 58).
   */
  static boolean impersonalWords(SpeakerRef s) {
    return impersonal(s) || s.entityId() != null && s.text() != null
        && impersonal(new SpeakerRef(null, null, s.text()));
  }

  /** Prepositions closing a noun phrase's head. */
  private static final Set<String> HEAD_ENDS = StringSet.of("by", "of", "from", "for", "in", "at", "on", "with");

  /**
   * The words naming a speaker without an entity: the antecedent's when a pronoun stands for it. The words of
   * {@code strip().split("\\s+")}, cut without a regex (asked several times per quote).
   */
  static String[] wordsOf(SpeakerRef s) {
    String t = s.entityId() != null ? null : s.name() != null ? s.name() : s.text();
    if (t == null || t.isBlank()) {
      return new String[0];
    }
    String text = t.strip(); // neither starts nor ends with a separator now: no empty first or last word
    int n = text.length();
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!separator(text.charAt(i)) && (i == 0 || separator(text.charAt(i - 1)))) {
        count++;
      }
    }
    String[] words = new String[count];
    int w = 0;
    for (int i = 0; i < n; ) {
      while (separator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !separator(text.charAt(i))) {
        i++;
      }
      words[w++] = count == 1 ? text : text.substring(start, i);
    }
    return words;
  }

  /** The chars of the regex class {@code \\s}: ASCII white space only. */
  private static boolean separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** True for a pronoun that may take the current speaker as antecedent. */
  static boolean personal(String form) {
    return PERSONAL.contains(form);
  }

  /** {@link #personal} for a speaker's words as written: folded and lower-cased first ('وی', 'He'). */
  static boolean personalWords(String text) {
    return personal(MatchForm.fold(text, "fa").toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The antecedent of a pronoun (folded form): he/she the last speaker who can be a person; 'they' the
   * current speaker when that is a group ('Democrats', 'several groups', 'the council'); 'it' the current
   * speaker when that is a body or a document. Anything else: no one.
   */
  static SpeakerRef antecedent(String form, SpeakerTracker tracker) {
    SpeakerRef current = tracker.current();
    if (PERSONAL.contains(form)) {
      return tracker.forPronoun();
    }
    if (current == null) {
      return null;
    }
    if (form.equals("they")) {
      return impersonal(current) || group(current) ? current : null;
    }
    // 'Harwood Tool Corp said …. … , it added': an organisation entity is a body as much as 'the firm'
    return form.equals("it") && (impersonal(current) || tracker.isBody(current.entityId()) || unlinkedBody(current)
        || EnglishCompanyWords.legalName(wordsOf(current))) ? current : null;
  }

  /** Titles of persons: 'Mr Welch' is a person whatever the entity step made of him. */
  private static final Set<String> PERSON_TITLES = StringSet.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
      "dame", "prof", "professor", "rev");
  /** Longest unlinked name read as a body's ('The Japan Fund Inc'). */
  private static final int MAX_BODY_WORDS = 5;

  /**
   * A source the entity step left unlinked whose words are a proper name that is no person's: every word
   * capitalised, none a given name, not a plural group ('The Harwick Daily said …. It said': 'it' is never a
   * person, so a capitalised source it goes on from is a body or a paper). Round 30.
   */
  static boolean unlinkedBody(SpeakerRef s) {
    if (s.entityId() != null) {
      return false;
    }
    String[] words = wordsOf(s);
    if (words.length == 0 || words.length > MAX_BODY_WORDS || group(s) || EnglishUnlinkedNames.pluralAcronym(words[words.length - 1])) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || NEVER_SPEAKERS.contains(w.toLowerCase(Locale.ROOT))
          || PERSON_TITLES.contains(w.toLowerCase(Locale.ROOT).replace(".", "")) || EnglishUnlinkedNames.given(w)) {
        return false;
      }
    }
    return true;
  }

  /** An English plural group no entity names ('opposition parties', 'industry sources'): never one person. */
  static boolean unnamedGroup(SpeakerRef s) {
    return s.entityId() == null && s.name() == null && group(s);
  }

  /** A plural common noun phrase, not a person's name: 'Democrats', 'several environmental groups'. */
  private static boolean group(SpeakerRef s) {
    String[] words = wordsOf(s);
    if (words.length == 0) {
      return false;
    }
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    int capitalised = 0;
    boolean conjoined = false; // 'Mr. Grassley and Mr. Leahy': " and " inside the words joined by spaces
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
      conjoined |= k > 0 && k < words.length - 1 && w.equals("and");
    }
    boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("'s") && !last.endsWith("’s") && capitalised < 2;
    return plural || conjoined;
  }

  /**
   * The speaker as published: a speaker whose only trace is a pronoun or a determiner ('It', 'they')
   * with no antecedent becomes no speaker at all.
   */
  static SpeakerRef publishable(SpeakerRef s) {
    if (s == null || s.entityId() != null || s.name() != null) {
      return s;
    }
    String t = s.text() == null ? "" : s.text().strip();
    return t.isEmpty() || NEVER_SPEAKERS.contains(MatchForm.fold(t, "fa").toLowerCase(java.util.Locale.ROOT))
        || NEVER_SPEAKERS.contains(t.toLowerCase(java.util.Locale.ROOT)) ? null : s;
  }
}
