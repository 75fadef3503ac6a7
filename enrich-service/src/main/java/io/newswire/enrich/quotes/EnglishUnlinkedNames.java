package io.newswire.enrich.quotes;

import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An English speaker named in the cue's subject whom the entity step did not find (issue 9: an unresolved
 * speaker keeps its words; a name among them is still a name). Two shapes a desk editor would call a name:
 * <ul>
 *   <li>a given name and one to three capitalised words ending the subject, after any titles or roles
 *       ('coach Gareth Pennock said', 'county prosecutor Helen Marwick said'): the name is those words;</li>
 *   <li>a bare surname, or Mr/Mrs/Ms/Dr and a surname ('Venn said'), that the article writes in full
 *       with one given name elsewhere ('Carol Venn'): the name is that full form;</li>
 *   <li>else one proper noun standing as the cue's subject ('Acmex said', 'said the ABCL'), which the article
 *       shows to be one by capitalising it again in mid-sentence: the name is that word.</li>
 * </ul>
 * The speaker then counts as named, and the tracker hands the name to a later 'he said'. Pure functions;
 * called only for a speaker with no entity and no name, so never on most quotes.
 */
final class EnglishUnlinkedNames {
  private EnglishUnlinkedNames() {}

  /** Longest name run kept after a given name (the given name included). */
  private static final int MAX_NAME_WORDS = 4;

  /**
   * Head words of bodies and titles of works: a run holding one is an organisation or a title that opens
   * with a given name ('Leonard Vale Bank', 'Sandra Pellow Group'), not a person.
   */
  private static final Set<String> BODY_WORDS = Set.of("group", "bank", "inc", "corp", "co", "ltd", "plc",
      "party", "council", "association", "institute", "university", "college", "foundation", "fund", "trust",
      "society", "union", "committee", "commission", "agency", "company", "records", "music", "entertainment",
      "films", "studios", "airlines", "airways", "motors", "holdings", "partners", "times", "news", "post",
      "journal", "magazine", "radio", "tv", "network", "center", "centre", "club", "united", "city", "county",
      "street", "house", "hall", "award", "awards", "show", "festival");

  /** Titles that may stand before a bare surname. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr");

  /** The speaker with its name when {@code text} names a person as above, else null. */
  static SpeakerRef named(String text, List<FieldView> views, int v, int at, boolean cued, int quoteStart,
      int quoteEnd, CueLexicon lexicon) {
    if (text == null || text.isEmpty() || CoordinatedSubjects.coordinated(text)) {
      return null; // 'Bob Hawke and Treasurer Paul Keating': two speakers, neither named alone
    }
    String name = trailingName(text);
    if (name == null) {
      name = fullFormOfSurname(text, views);
    }
    if (name == null && cued && besideCue(text, views.get(v).text, at, quoteStart, quoteEnd)
        && !cutFromLongerName(text, views.get(v).text, at)) {
      name = properNoun(text, views, lexicon);
    }
    return name == null ? null : new SpeakerRef(null, name, text);
  }

  /** 'former chief executive Ada Brill' → 'Ada Brill': a given name and capitalised words to the end. */
  static String trailingName(String text) {
    int n = text.length();
    // walk the words left to right; the first given name whose capitalised run reaches the end wins
    int run = 0; // capitalised words in a row ending at the current word
    int runStart = -1;
    int given = -1; // start of the given name opening the current run, -1 if none yet
    int wordsFromGiven = 0;
    for (int i = 0; i < n;) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int e = i;
      while (e < n && text.charAt(e) != ' ') {
        e++;
      }
      if (nameWord(text, i, e) && !bodyWord(text, i, e)) {
        if (run == 0) {
          runStart = i;
        }
        run++;
        if (given < 0 && given(text.substring(i, e))) {
          given = i;
          wordsFromGiven = 0;
        }
        if (given >= 0) {
          wordsFromGiven++;
        }
      } else {
        run = 0;
        given = -1;
        wordsFromGiven = 0;
      }
      i = e;
    }
    if (possessive(text, n) || given < 0 || runStart < 0 || wordsFromGiven < 2 || wordsFromGiven > MAX_NAME_WORDS) {
      return null;
    }
    // 'an aide to Minister X', 'a friend of X': the subject's head is the relation before the preposition,
    // someone left unnamed (round 28); the name only says whose relation they are
    for (int i = text.indexOf(' '); i >= 0 && i < given; i = text.indexOf(' ', i + 1)) {
      if (text.startsWith(" of ", i) || text.startsWith(" for ", i) || text.startsWith(" to ", i)) {
        return null;
      }
    }
    return text.substring(given).strip();
  }

  /**
   * 'Venn' or 'Mr Venn' → the full form the article gives ('Carol Venn'): the one given name written
   * right before the same surname in any field.
   */
  static String fullFormOfSurname(String text, List<FieldView> views) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space > 0) {
      if (!TITLES.contains(t.substring(0, space).toLowerCase(Locale.ROOT).replace(".", ""))) {
        return null;
      }
      t = t.substring(space + 1).strip();
      if (t.indexOf(' ') >= 0) {
        return null;
      }
    }
    if (!nameWord(t, 0, t.length()) || given(t) || possessive(t, t.length())
        || bodyWord(t, 0, t.length())) {
      return null;
    }
    // every capitalised word written right before the surname: one given name throughout ('Carol Venn'),
    // never two people of one family ('Anna Lorrimer', 'Tom Lorrimer') nor a firm ('Jacob Hale Associates')
    String full = null;
    for (FieldView v : views) {
      String s = v.text;
      for (int at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + 1)) {
        int end = at + t.length();
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end)) || at < 2 || s.charAt(at - 1) != ' ') {
          continue;
        }
        int ge = at - 1;
        int gs = ge;
        while (gs > 0 && s.charAt(gs - 1) != ' ' && s.charAt(gs - 1) != '\n') {
          gs--;
        }
        if (gs >= ge || !nameWord(s, gs, ge) || TITLES.contains(s.substring(gs, ge).toLowerCase(Locale.ROOT))) {
          continue; // 'Mr Venn', 'star Venn': no given name here
        }
        if (end + 1 < s.length() && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1))) {
          return null; // 'Jacob Hale Associates': the words are part of a longer name
        }
        String form = s.substring(gs, end);
        if (full != null && !full.equals(form)) {
          return null;
        }
        full = form;
      }
    }
    return full != null && given(full.substring(0, full.indexOf(' '))) ? full : null;
  }

  /** Months and weekdays: capitalised mid-sentence without naming anyone. */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  /**
   * 'Acmex said', 'The ABCL said', 'Paris-based Acmex said' → 'Acmex': one word (after an optional article
   * and an 'X-based' modifier) that English capitalises because it is a proper noun, which the article shows
   * by writing it capitalised again in mid-sentence. A word capitalised only where a sentence opens
   * ('Security firms …') is no name; months, weekdays and nationality adjectives ('Finnish', 'French') are
   * capitalised without naming a speaker.
   */
  static String properNoun(String text, List<FieldView> views, CueLexicon lexicon) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space > 0 && (t.startsWith("The ") || t.startsWith("the ") || t.substring(0, space).endsWith("-based"))) {
      boolean article = t.charAt(0) == 'T' || t.charAt(0) == 't';
      t = t.substring(space + 1).strip();
      if (article && t.length() > 2 && t.charAt(t.length() - 1) == 's' && Character.isLowerCase(t.charAt(t.length() - 2))) {
        return null; // 'the Xians said': a people or a group, several speakers left unnamed
      }
    }
    if (t.indexOf(' ') >= 0 || t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || possessive(t, t.length())) {
      return null;
    }
    boolean acronym = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '&') {
        return null;
      }
      acronym &= !Character.isLowerCase(c);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (acronym && t.length() < 3 || pluralAcronym(t)
        || lexicon.matchAny(Tokenizer.tokenize(t, "en"), 0, CueKind.ROLE, CueKind.PRONOUN, CueKind.LABEL,
            CueKind.STOP) != null) {
      return null; // 'US', 'DJ' (two letters: a place or a role as often as a name), 'MPs', 'the MEP'
    }
    if (!acronym && !nameWord(t, 0, t.length()) || CALENDAR.contains(lower) || given(t)
        || lower.endsWith("ian") || lower.endsWith("ish") || lower.endsWith("ese") || lower.endsWith("ch")) {
      return null;
    }
    int seen = 0;
    boolean midSentence = false;
    for (FieldView v : views) {
      if ("headline".equals(v.field.name())) {
        continue; // headlines capitalise every word
      }
      String s = v.text;
      for (int at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + 1)) {
        int end = at + t.length();
        if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))
            || end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
          continue;
        }
        seen++;
        int b = at - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
          b--;
        }
        midSentence |= b >= 0 && (Character.isLowerCase(s.charAt(b)) || Character.isDigit(s.charAt(b)) || s.charAt(b) == ',');
      }
    }
    return seen >= 2 && midSentence ? t : null;
  }

  /**
   * A capitalised word of a name: an upper-case letter, then letters with at least one lower-case one
   * (acronyms such as 'MP' or 'US' are roles or places), hyphens and apostrophes inside ('Lyle-Brant',
   * "O'Neill").
   */
  private static boolean nameWord(String s, int from, int to) {
    if (to - from < 2 || !Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    boolean lower = false;
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isLetter(c) && !(c == '-' || c == '\'' || c == '\u2019') || i == to - 1 && !Character.isLetter(c)) {
        return false;
      }
    }
    return lower;
  }

  /** Characters a subject may stand before its cue ('X, owner of Y in Z, has also said') or after it. */
  private static final int BEFORE_CUE = 80;
  private static final int AFTER_CUE = 30;

  /**
   * The speaker's words are the cue's own subject: written just before the cue or just after it ('said X'),
   * outside the quotation (not the reported sentence's first word, 'Growth was helped by …').
   */
  static boolean besideCue(String text, String field, int at, int quoteStart, int quoteEnd) {
    int before = field.lastIndexOf(text, Math.min(Math.max(at, 0), field.length()));
    if (before >= 0 && before + text.length() <= at && at - (before + text.length()) <= BEFORE_CUE
        && (before + text.length() <= quoteStart || before >= quoteEnd)) {
      return true;
    }
    int after = field.indexOf(text, Math.max(at, 0));
    return after >= 0 && after - at <= AFTER_CUE && (after + text.length() <= quoteStart || after >= quoteEnd);
  }

  /** 'MPs', 'MEPs': a plural of an acronym names a group, not one body (also {@link Pronouns}'s test). */
  static boolean pluralAcronym(String t) {
    return t.length() > 2 && t.charAt(t.length() - 1) == 's' && Character.isUpperCase(t.charAt(t.length() - 2));
  }

  /** Words that join a longer name to its last word ('Save the X', 'Commission for Y and the Z', 'turn to W'). */
  private static final Set<String> JOINERS = Set.of("of", "to", "for", "and", "the", "in", "at", "from", "with",
      "on", "by", "&");

  /**
   * The speaker's words as the subject finder cut them from a longer name: the word before them in the field
   * is capitalised or joins a name ('… of Save the X said' read as 'X'). Looked up once, before the cue.
   */
  static boolean cutFromLongerName(String text, String field, int at) {
    int from = field.lastIndexOf(text, Math.min(Math.max(at, 0), field.length()));
    if (from < 0) {
      from = field.indexOf(text);
    }
    if (from <= 0) {
      return false;
    }
    int e = from;
    while (e > 0 && field.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && field.charAt(b - 1) != ' ' && field.charAt(b - 1) != '\n') {
      b--;
    }
    if (b == e || !Character.isLetter(field.charAt(e - 1)) && field.charAt(e - 1) != '&') {
      return false; // after a stop, a comma or a quotation mark: the subject starts a clause
    }
    String prev = field.substring(b, e);
    return Character.isUpperCase(prev.charAt(0)) || JOINERS.contains(prev);
  }

  /** "Venn's": a possessive is no subject of its own. */
  private static boolean possessive(String s, int end) {
    return end >= 2 && s.charAt(end - 1) == 's' && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '\u2019');
  }

  /** A listed English or international given name (also {@link Pronouns}'s test). */
  static boolean given(String word) {
    return GivenNames.english().contains(MatchingForm.key(word));
  }

  private static boolean bodyWord(String s, int from, int to) {
    return BODY_WORDS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }
}
