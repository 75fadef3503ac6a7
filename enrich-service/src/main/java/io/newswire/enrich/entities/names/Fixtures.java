package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.EnglishNameRecognizer.Found;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English sport copy lists fixtures and results as "Home v Away" (Everton v Manchester United, Bolton v
 * Derby or Fulham, Arsenal 2-1 Chelsea is left alone): the names on either side of a lone "v" or "vs",
 * and those joined to them by "or", are teams, organisations. The repeats of those names elsewhere in the
 * article (drawn against Everton) then take the type through {@link NameRepeats}. Works on the names the
 * scan found and the characters around them: no tokenizing, no regex.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Words of sport (lower case, whole words, a plural s allowed) one of which a sport article holds. */
  private static final String[] SPORT = {"league", "season", "striker", "midfielder", "defender", "goalkeeper",
      "relegation", "premiership", "fly-half", "scrum-half", "flanker", "winger", "transfer window", "squad",
      "coach"}; // round 30: "coach" (news names a bus so rarely that no non-sport pool story holds the word)
  /** A club's people and followers after its name (the Chester chairman, the Liverpool striker). */
  private static final Set<String> STAFF = StringSet.of("manager", "boss", "coach", "chairman", "striker",
      "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "skipper", "team-mate", "teammate", "legend",
      "fans", "supporters", "player", "players", "forward", "fly-half", "scrum-half", "flanker", "full-back",
      "centre-back", "playmaker", "hooker");
  /**
   * Round 36: a player by standing or by a rugby position (the Leicester star, Gloucester prop X). Adjectives open
   * sentences before them too (Teenage star X, Fellow Bath prop Y), so an untyped run opening its sentence takes none.
   */
  private static final Set<String> STANDING = StringSet.of("star", "youngster", "prop", "lock");
  /** Staff words after a possessive that a person does not own (a coach's players and squad are his). */
  private static final Set<String> CLUB_OWNED = StringSet.of("manager", "boss", "chairman", "fans", "supporters");
  /** A competition's last word: its players belong to clubs, not to it. */
  private static final Set<String> COMPETITION = StringSet.of("league", "premiership", "premier", "cup",
      "championship", "conference", "division", "nations", "series", "games", "open");
  /** First words of an office before a staff word (Vice chairman, Assistant coach): never a club's name. */
  private static final Set<String> OFFICE_PREFIX = StringSet.of("vice", "deputy", "assistant", "acting", "interim", "joint");
  /** Prepositions a plural verb's subject never follows (a foul on X are …: the foul's). */
  private static final Set<String> PREPOSITIONS = StringSet.of("on", "of", "for", "to", "with", "by", "from",
      "at", "in", "against", "over", "than", "like", "about", "into");
  /** Plural verbs after a singular name: a team in British copy (Chester have won, Sociedad are 15th). */
  private static final Set<String> PLURAL = StringSet.of("have", "are", "were", "say");

  /** The article holds a word of sport (league, season, striker …). */
  public static boolean sport(List<FieldText> fields) {
    return anyWord(fields, SPORT);
  }

  /** One of {@code words} stands in the article as a whole word, a plural s allowed. */
  public static boolean anyWord(List<FieldText> fields, String[] words) {
    for (FieldText f : fields) {
      String d = f.display();
      for (String w : words) {
        for (int at = d.indexOf(w); at >= 0; at = d.indexOf(w, at + 1)) {
          int end = at + w.length();
          if ((at == 0 || !Character.isLetter(d.charAt(at - 1))) && (end == d.length() || !Character.isLetter(d.charAt(end))
              || d.charAt(end) == 's' && (end + 1 == d.length() || !Character.isLetter(d.charAt(end + 1))))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A club's staff word right after the name or its possessive (the Chester chairman, Liverpool's striker), or a
   * plural verb right after it (Chester have won) when no "and", "&" or comma joins it to a name before.
   */
  public static boolean clubCueAfter(String d, int start, int end) {
    return clubCueAfter(d, start, end, true);
  }

  /** {@code standing}: a {@link #STANDING} word counts as a staff word. */
  private static boolean clubCueAfter(String d, int start, int end, boolean standing) {
    int k = end;
    if (k + 2 <= d.length() && (d.startsWith("'s", k) || d.startsWith("\u2019s", k))) {
      k += 2;
    }
    if (k >= d.length() || d.charAt(k) != ' ') {
      return false;
    }
    int s = k + 1;
    int e = s;
    while (e < d.length() && (Character.isLetter(d.charAt(e)) || d.charAt(e) == '-')) {
      e++;
    }
    if (e == s) {
      return false;
    }
    String w = d.substring(s, e);
    if (k > end) {
      // the Chester chairman, but Zajec's players; round 36: a town's named player (Gloucester's Andy Hazell)
      return CLUB_OWNED.contains(w) || givenNameThenName(d, s, e);
    }
    if (standing && STANDING.contains(w)) {
      return true;
    }
    if (STAFF.contains(w)) {
      // "play Kaka forward": the position word is a club's player only after an article
      return !w.equals("forward") || endsWithWord(d, start, "the") || endsWithWord(d, start, "The") || endsWithWord(d, start, "a")
          || endsWithWord(d, start, "former");
    }
    return PLURAL.contains(w) && !endsWithWord(d, start, "and") && !(start >= 2 && (d.startsWith("& ", start - 2)
        || d.startsWith(", ", start - 2))) && !PREPOSITIONS.contains(wordBefore(d, start));
  }

  /** A listed given name at {@code s}..{@code e}, capitalised, then a space and a capitalised word: a person named in full. */
  private static boolean givenNameThenName(String d, int s, int e) {
    return Character.isUpperCase(d.charAt(s)) && e + 1 < d.length() && d.charAt(e) == ' ' && Character.isUpperCase(d.charAt(e + 1))
        && GivenNames.english().contains(d.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /** Words of a player's transfer that a club's name follows ("a move to Birmingham", "a loan switch to Hull"). */
  private static final String[] TRANSFER_BEFORE = {"move to ", "switch to ", "loan to ", "loaned to ", "loan from ", "transfer to "};

  /**
   * Round 30: words of joining a side right before the name ("before joining Chelsea", "signed for Wigan"): in sport
   * copy a player or a coach joins a club; a town is joined only by road or rail, which sport copy does not report.
   */
  private static final String[] JOIN_BEFORE = {"join ", "joins ", "joined ", "joining ", "rejoin ", "rejoins ", "rejoined ",
      "rejoining ", "sign for ", "signs for ", "signed for ", "signing for "};

  /**
   * Round 36b: words of a match right before the name ("the win over Birmingham", "against Northampton on Saturday",
   * "a loss to Bath"): in sport copy a town met in a match is its side. Read for towns only (a country there is the
   * national side, a place in the annotations; a lone surname is the player met).
   */
  private static final String[] MATCH_BEFORE = {"against ", "beat ", "beating ", "win over ", "victory over ", "loss to ",
      "defeat to ", "defeat by ", "lost to ", "draw with "};

  /** Round 40: words of a player's or a coach's time at a club right before the name ("spells at Ajax", "played for Porto"). */
  private static final String[] SPELL_BEFORE = {"spell at ", "spells at ", "stint at ", "played for ", "plays for ",
      "playing for ", "clash with ", "take on ", "takes on "};

  /**
   * Round 40: a word of a match, of joining, of a transfer or of a spell at a side right before an untyped name (the
   * rules found no person, place or body there: "after beating Feyenoord", "before joining Celtic", "spells at
   * Ajax"): in sport copy the side met or played for, a club. The caller leaves out a person's surname (the player met).
   */
  static boolean sideCueBefore(String d, int start, int end) {
    return endsBefore(MATCH_BEFORE, d, start) || endsBefore(JOIN_BEFORE, d, start) || endsBefore(SPELL_BEFORE, d, start)
        || transferCueBefore(d, start, end);
  }

  /** Words after a name that make it a title's or a rivalry's qualifier, not the side (Olympic champion, Lancashire rivals). */
  private static final Set<String> QUALIFIED = StringSet.of("champion", "champions", "rival", "rivals", "title", "titles");
  /** One-word nouns of nationality the demonym endings of {@link #clubLike} miss (beat Swede Daniel Persson). */
  private static final Set<String> NATIONALS = StringSet.of("swede", "dane", "finn", "pole", "scot", "briton", "swiss",
      "dutchman", "frenchman", "welshman", "scotsman", "irishman", "englishman", "spaniard", "turk", "croat", "serb", "czech");

  /**
   * Round 40: an untyped run after a {@link #sideCueBefore} word that may be a side: not a person (a listed given name
   * first, also before a hyphen as in Anna-Lena, or the surname of a person the article names), not a ground (Loftus
   * Road), not a nationality noun, and not followed by a word that makes it a qualifier (Olympic champion).
   */
  private static boolean sideLike(Found f, List<Found> found) {
    String[] w = f.words(); // lower case
    String first = w[0];
    int hyphen = first.indexOf('-');
    if (GivenNames.english().contains(first) || hyphen > 0 && GivenNames.english().contains(first.substring(0, hyphen))
        || NATIONALS.contains(first) || w.length > 1 && GROUND_LAST.contains(w[w.length - 1])) {
      return false;
    }
    String d = f.field().display();
    int s = f.end() + 1;
    int e = s;
    while (e < d.length() && Character.isLowerCase(d.charAt(e))) {
      e++;
    }
    return !(f.end() < d.length() && d.charAt(f.end()) == ' ' && QUALIFIED.contains(d.substring(s, e)))
        && !surnameOfAPerson(f, found);
  }

  /** A word of a match ({@link #MATCH_BEFORE}) right before the name, not the end of a longer word. */
  public static boolean matchCueBefore(String d, int start) {
    return endsBefore(MATCH_BEFORE, d, start);
  }

  /** Last words of a ground's name (Goodison Park, Stamford Bridge, Elland Road), lower-cased. */
  private static final Set<String> GROUND_LAST = StringSet.of("park", "grove", "bridge", "road", "lane",
      "ground", "stadium", "arena");

  /**
   * Round 25: a transfer word right before the name, in sport copy, makes a town the club a player moves to or from
   * ("rejected a move to Birmingham", as the annotations' "a move to Birmingham" since r9): people in sport copy move to
   * clubs, the towns they live in are named with "in" or "near".
   */
  public static boolean transferCueBefore(String d, int start, int end) {
    int last = d.lastIndexOf(' ', end - 1);
    if (last > start && GROUND_LAST.contains(d.substring(last + 1, end).toLowerCase(Locale.ROOT))) {
      return false; // "a move to Goodison Park", "a switch to Stamford Bridge": the club's ground, no club's name
    }
    for (String w : TRANSFER_BEFORE) {
      int at = start - w.length();
      if (at >= 0 && d.startsWith(w, at) && (at == 0 || !Character.isLetter(d.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 47: a name on one side of a fixture's lone "v" ("Plymouth v Everton", "Hartlepool v Boston"), the other side a
   * capitalised name: the knowledge base's town there is the club (the scan's v-rule types the pair, but a linked town
   * took its place type back). Reads the characters next to the name only.
   */
  public static boolean fixtureSide(String d, int start, int end) {
    if (end + 3 < d.length() && d.startsWith(" v ", end) && Character.isUpperCase(d.charAt(end + 3))) {
      return true;
    }
    return start >= 4 && d.startsWith(" v ", start - 3) && Character.isLetter(d.charAt(start - 4));
  }

  /** A word of joining a side ({@link #JOIN_BEFORE}) right before the name, not the end of a longer word. */
  public static boolean joinCueBefore(String d, int start) {
    return endsBefore(JOIN_BEFORE, d, start);
  }

  /** Whether one of {@code words} (each ending in a space) ends right at {@code start}, not the end of a longer word. */
  private static boolean endsBefore(String[] words, String d, int start) {
    for (String w : words) {
      int at = start - w.length();
      if (at >= 0 && d.startsWith(w, at) && (at == 0 || !Character.isLetter(d.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A result's score next to the name: a dashed score after it ("Hull 3 - 2", "Hull 3-2") or before it
   * ("2 - 0 Hull"), or a results line's two sides each with its score ("Hull 3 Chelsea 1": one or two digits, then the
   * other side's capitalised words and its score): the side of a result, a team. A number inside a name (Fathers 4
   * Justice) has no second score.
   */
  public static boolean scoreNextTo(String d, int start, int end) {
    int a = end < d.length() && d.charAt(end) == ' ' ? digitsAt(d, end + 1) : 0;
    if (a > 0) {
      int k = end + 1 + a;
      int dash = skipDash(d, k);
      if (dash > k && digitsAt(d, dash) > 0) {
        return !setScores(d, dash + digitsAt(d, dash)); // Coria 7-5 6-2: a player's sets, no team
      }
      if (sideThenScore(d, k)) {
        return true;
      }
    }
    if (start < 2 || d.charAt(start - 1) != ' ' || !Character.isDigit(d.charAt(start - 2))) {
      return false;
    }
    int k = start - 2;
    while (k > 0 && Character.isDigit(d.charAt(k - 1))) {
      k--;
    }
    if (start - 1 - k > 2 || k > 0 && Character.isLetterOrDigit(d.charAt(k - 1))) {
      return false;
    }
    int b = k - 1; // before the digits: a dash after a score, or the other side's name (Chelsea 1 Hull 3)
    while (b >= 0 && d.charAt(b) == ' ') {
      b--;
    }
    if (b < 0) {
      return false;
    }
    if (d.charAt(b) == '-' || d.charAt(b) == '\u2013') {
      int c = b - 1;
      while (c >= 0 && d.charAt(c) == ' ') {
        c--;
      }
      return c >= 0 && Character.isDigit(d.charAt(c));
    }
    int w = b;
    while (w > 0 && Character.isLetter(d.charAt(w - 1))) {
      w--;
    }
    return b > w && Character.isUpperCase(d.charAt(w)) && Character.isLowerCase(d.charAt(b)) && end < d.length()
        && d.charAt(end) == ' ' && digitsAt(d, end + 1) > 0;
  }

  /** From {@code k} (after a score): " " then up to four capitalised words, " " and a score of one or two digits. */
  private static boolean sideThenScore(String d, int k) {
    int j = k;
    for (int words = 0; words < 4; words++) {
      if (j + 1 >= d.length() || d.charAt(j) != ' ' || !Character.isUpperCase(d.charAt(j + 1))) {
        return words > 0 && j < d.length() && d.charAt(j) == ' ' && digitsAt(d, j + 1) > 0;
      }
      j++;
      while (j < d.length() && (Character.isLetter(d.charAt(j)) || d.charAt(j) == '.' || d.charAt(j) == '-')) {
        j++;
      }
    }
    return j < d.length() && d.charAt(j) == ' ' && digitsAt(d, j + 1) > 0;
  }

  /**
   * After a first dashed score ending at {@code k}, a second one ("7-5 6-2", "6-4, 3-6"): set or game scores of
   * tennis and the like, whose sides are players; a team's result has one score.
   */
  private static boolean setScores(String d, int k) {
    int j = k < d.length() && d.charAt(k) == ',' ? k + 1 : k;
    if (j >= d.length() || d.charAt(j) != ' ') {
      return false;
    }
    int a = digitsAt(d, j + 1);
    if (a == 0) {
      return false;
    }
    int dash = skipDash(d, j + 1 + a);
    return dash > j + 1 + a && (digitsAt(d, dash) > 0 || digitsBeforeFullStop(d, dash));
  }

  /**
   * Round 23b: one or two digits then a full stop ending the sentence (Coria 7-5 6-2. at a sentence's end): {@link #digitsAt}
   * refuses a full stop after digits so as not to read a decimal, but a full stop before a space or the end is none.
   */
  private static boolean digitsBeforeFullStop(String d, int i) {
    int k = i;
    while (k < d.length() && k - i < 3 && Character.isDigit(d.charAt(k))) {
      k++;
    }
    return k - i >= 1 && k - i <= 2 && k < d.length() && d.charAt(k) == '.' && (k + 1 == d.length() || Character.isWhitespace(d.charAt(k + 1)));
  }

  /** One or two digits at {@code i} ending a token (their count), else 0. */
  private static int digitsAt(String d, int i) {
    int k = i;
    while (k < d.length() && k - i < 3 && Character.isDigit(d.charAt(k))) {
      k++;
    }
    int n = k - i;
    return n >= 1 && n <= 2 && (k == d.length() || !Character.isLetterOrDigit(d.charAt(k)) && d.charAt(k) != '.' && d.charAt(k) != ',')
        ? n : 0;
  }

  /** After a score ending at {@code k}: the index past " - ", "-" or "–" (spaces optional), else {@code k}. */
  private static int skipDash(String d, int k) {
    int j = k;
    while (j < d.length() && d.charAt(j) == ' ') {
      j++;
    }
    if (j < d.length() && (d.charAt(j) == '-' || d.charAt(j) == '\u2013')) {
      j++;
      while (j < d.length() && d.charAt(j) == ' ') {
        j++;
      }
      return j;
    }
    return k;
  }

  /** The text at [{@code at}, {@code end}) stands as whole words: no letter touches it on either side. */
  public static boolean wholeWords(String d, int at, int end) {
    return (at == 0 || !Character.isLetter(d.charAt(at - 1))) && (end == d.length() || !Character.isLetter(d.charAt(end)));
  }

  /** The lower-case word right before {@code start} (one space between), or "". */
  public static String wordBefore(String d, int start) {
    int[] w = WordSpans.beforeSpace(d, start, Character::isLowerCase);
    return w == null ? "" : d.substring(w[0], w[1]);
  }

  /**
   * The word of letters (any case) right before " in " that ends at {@code start} ("stake" in "a stake in X"), or "":
   * what holds, stars in or has a role in the name that follows.
   */
  public static String wordBeforeIn(String d, int start) {
    int k = start - 1;
    if (k < 3 || d.charAt(k) != ' ' || d.charAt(k - 1) != 'n' || d.charAt(k - 2) != 'i' || d.charAt(k - 3) != ' ') {
      return "";
    }
    int end = k - 3;
    int b = end;
    while (b > 0 && Character.isLetter(d.charAt(b - 1))) {
      b--;
    }
    return d.substring(b, end);
  }

  /**
   * Whether [start, end) holds a word before a space and then ends with one of {@code heads} (each without its
   * leading space: "Foods", "Grand Prix").
   */
  public static boolean endsWithHead(String d, int start, int end, String[] heads) {
    for (String h : heads) {
      int space = end - h.length() - 1;
      if (space > start && d.charAt(space) == ' ' && d.startsWith(h, space + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The word {@code w} then one space end right before {@code start}. */
  public static boolean endsWithWord(String d, int start, String w) {
    int s = start - 1 - w.length();
    return s >= 0 && d.charAt(start - 1) == ' ' && d.startsWith(w, s) && (s == 0 || !Character.isLetter(d.charAt(s - 1)));
  }

  /**
   * In a sport article, an untyped run followed by a club's staff word or a plural verb (Sociedad have been given
   * permission) is a club, an organisation, and in any article one beside a result's score ({@link #scoreNextTo});
   * its untyped repeats then follow through {@link NameRepeats}.
   */
  static void clubCues(List<Found> found, List<FieldText> fields, LowerCaseWords lowerWords) {
    int sport = -1; // unknown until a run has a cue: most articles have none, and need no scan for sport words
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.type() != EntityType.OTHER || f.words().length > 3 || !clubLike(f, lowerWords)) {
        continue;
      }
      String d = f.field().display();
      boolean score = scoreNextTo(d, f.start(), f.end()); // a score needs no sport word
      if (!score) {
        if (!clubCueAfter(d, f.start(), f.end(), !opensSentence(d, f.start()))
            && !(sideCueBefore(d, f.start(), f.end()) && sideLike(f, found))) {
          continue;
        }
        if (sport < 0) {
          sport = sport(fields) ? 1 : 0;
        }
        if (sport == 0) {
          continue; // not return: a later run beside a score is a team in any article
        }
      }
      found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
    }
  }

  /**
   * A run that may name a club: no nationality, day or month word (South African flanker), no contraction
   * (I'd, We'll), no plural demonym (the Italians were), and a single word neither written in lower case in
   * the article (People have, Injuries have) nor, opening its sentence, a plural (Full-backs are).
   */
  private static boolean clubLike(Found f, LowerCaseWords lowerWords) {
    String[] w = f.words();
    for (String x : w) {
      if (EnglishNameRecognizer.notAName(x)) {
        return false;
      }
    }
    String d = f.field().display();
    for (int k = f.start(); k + 1 < f.end(); k++) {
      if ((d.charAt(k) == '\'' || d.charAt(k) == '\u2019') && Character.isLowerCase(d.charAt(k + 1))) {
        return false;
      }
    }
    String last = w[w.length - 1];
    if (last.endsWith("ians") || last.endsWith("cans") || last.endsWith("ese") || COMPETITION.contains(last)) {
      return false; // the Italians were; a Premiership player
    }
    if (w.length == 1) {
      if (lowerWords.contains(last) || OFFICE_PREFIX.contains(last.toLowerCase(Locale.ROOT))) {
        return false; // round 30: "Vice chairman", "Deputy manager": an office's first word, no club
      }
      if (opensSentence(d, f.start()) && last.endsWith("s")) {
        return false;
      }
    }
    return true;
  }

  /** Only opening quotes between the field's start or a sentence's end (. ! ? and a space) and {@code start}. */
  private static boolean opensSentence(String d, int start) {
    int k = start;
    while (k > 0 && (d.charAt(k - 1) == '"' || d.charAt(k - 1) == '\u201c' || d.charAt(k - 1) == '\'')) {
      k--;
    }
    return k == 0 || k >= 2 && d.charAt(k - 1) == ' ' && ".!?".indexOf(d.charAt(k - 2)) >= 0;
  }

  static void retype(List<Found> found) {
    int n = found.size();
    boolean[] team = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      if (f.type() == EntityType.PERSON && f.confidence() >= EnglishNameRecognizer.STRUCTURAL) {
        continue; // a titled or cued person stays one
      }
      if ((i + 1 < n && joined(found.get(i), found.get(i + 1), false)) || (i > 0 && joined(found.get(i - 1), f, false))) {
        team[i] = true;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int pass = 0; pass < 2; pass++) { // Bolton v Derby or Fulham; West Brom or Tottenham v Forest
      for (int i = 0; i < n; i++) {
        if (!team[i] && ((i + 1 < n && team[i + 1] && joined(found.get(i), found.get(i + 1), true))
            || (i > 0 && team[i - 1] && joined(found.get(i - 1), found.get(i), true)))) {
          team[i] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      if (team[i] && (f.type() != EntityType.ORGANIZATION || f.confidence() < EnglishNameRecognizer.STRUCTURAL)) {
        found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
      }
    }
  }

  private static final String[] RESULT_AFTER = {" beat ", " beats ", " defeated ", " thrashed ", " drew with ", " edged past "};
  private static final String[] RESULT_BEFORE = {"beat ", "beating ", "defeated ", "thrashed ", "drew with ", "draw with ",
      "draw against ", "win over ", "victory over ", "defeat to ", "defeat by ", "lost to ", "losing to ", "win against ",
      "against ", "edged past "};

  /**
   * Prepositions after a score that name the other team ("beaten 5-1 by X", "a 3-0 win over X"); not "at" (a
   * ground: "a 2-0 win at Tynecastle") nor "to".
   */
  private static final String[] AFTER_SCORE = {" by ", " against ", " over ", " with "};

  /**
   * Results copy: a name that beats, draws with or loses to another ("Leeds beat Hull 2-1", "a 3-0 win over
   * Porto", "lost 2-1 to ..." is left alone) is a team, an organisation, when its sentence gives a score
   * (a digit, a hyphen, a digit): without one "beat" and "against" are ordinary words (protests against
   * Paris). A cued person stays one. Looks at the characters around the names the scan found, no regex.
   */
  static void results(List<Found> found) {
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.type() == EntityType.PERSON && (f.cued() || f.confidence() >= EnglishNameRecognizer.STRUCTURAL)
          || f.type() == EntityType.ORGANIZATION && f.confidence() >= EnglishNameRecognizer.STRUCTURAL) {
        continue;
      }
      String d = f.field().display();
      boolean cue = false;
      for (String a : RESULT_AFTER) {
        if (d.startsWith(a, f.end())) {
          cue = true;
          break;
        }
      }
      for (int k = 0; !cue && k < RESULT_BEFORE.length; k++) {
        String b = RESULT_BEFORE[k];
        cue = f.start() >= b.length() && d.startsWith(b, f.start() - b.length())
            && (f.start() == b.length() || !Character.isLetter(d.charAt(f.start() - b.length() - 1)));
      }
      for (int k = 0; !cue && k < AFTER_SCORE.length; k++) {
        String b = AFTER_SCORE[k];
        cue = f.start() > b.length() && d.startsWith(b, f.start() - b.length()) && scoreEndsAt(d, f.start() - b.length());
      }
      if (!cue && f.end() + 3 < d.length() && (d.startsWith("'s ", f.end()) || d.startsWith("\u2019s ", f.end()))) {
        cue = scoreStartsAt(d, f.end() + 3); // Leeds's 3-0 win: the score's owner
      }
      if (cue && scoreNear(d, f.start(), f.end()) && !surnameOfAPerson(f, found)) {
        found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
      }
    }
  }

  /**
   * Results and standings lines: "Leeds 2 Arsenal 1" (a name, its goals, the other name, its goals, nothing
   * else in between) and "Arsenal 10 7 2 1 21 8 23" (a name followed by three numbers or more, a table row):
   * the names are teams, organisations (a country stays a place: the knowledge base's country wins, as for
   * "Germany beat Italy 2-1"). A cued or titled person stays one. Reads the characters after the names the
   * scan found, no regex.
   */
  static void scoreLines(List<Found> found) {
    int n = found.size();
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      String d = f.field().display();
      int afterScore = number(d, f.end());
      if (afterScore < 0) {
        continue;
      }
      boolean team = false;
      int j = i + 1;
      if (j < n && found.get(j).field() == f.field() && found.get(j).start() == afterScore + 1 && d.charAt(afterScore) == ' ') {
        int end = number(d, found.get(j).end());
        if (end >= 0 && (end == d.length() || d.charAt(end) != ' ' || lineEnds(d, end) || d.startsWith(" (", end))) {
          team = true;
          retypeTeam(found, j);
        }
      }
      if (!team) {
        int k = f.end();
        int numbers = 0;
        while ((k = number(d, k)) >= 0) {
          numbers++;
        }
        team = numbers >= 3;
      }
      if (team) {
        retypeTeam(found, i);
      }
    }
  }

  private static void retypeTeam(List<Found> found, int i) {
    Found f = found.get(i);
    if (f.type() == EntityType.PERSON && (f.cued() || f.confidence() >= EnglishNameRecognizer.STRUCTURAL)
        || f.type() == EntityType.ORGANIZATION && f.confidence() >= EnglishNameRecognizer.STRUCTURAL) {
      return;
    }
    found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
  }

  /** The end of " 12" (one space, one to three digits, then a space, a full stop or the end) at {@code at}, or -1. */
  private static int number(String d, int at) {
    if (at >= d.length() || d.charAt(at) != ' ') {
      return -1;
    }
    int k = at + 1;
    while (k < d.length() && k - at <= 3 && Character.isDigit(d.charAt(k))) {
      k++;
    }
    if (k == at + 1 || k - at > 3 && k < d.length() && Character.isDigit(d.charAt(k))) {
      return -1;
    }
    return k == d.length() || d.charAt(k) == ' ' || d.charAt(k) == '\n' || d.charAt(k) == '.' ? k : -1;
  }

  /** Only spaces and then the end of the text or a line break from {@code k}. */
  private static boolean lineEnds(String d, int k) {
    while (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    return k == d.length() || d.charAt(k) == '\n';
  }

  /** The run is the last words of a person's name the article gives (Rochus after Olivier Rochus): a player, no team. */
  private static boolean surnameOfAPerson(Found f, List<Found> found) {
    String[] w = f.words();
    for (Found o : found) {
      String[] p = o.words();
      if (o.type() != EntityType.PERSON || p.length <= w.length) {
        continue;
      }
      boolean tail = true;
      for (int k = 0; k < w.length && tail; k++) {
        tail = p[p.length - w.length + k].equals(w[k]);
      }
      if (tail) {
        return true;
      }
    }
    return false;
  }

  /** A score "5-1" (one or two digits each side) ends right before {@code end}. */
  static boolean scoreEndsAt(String d, int end) {
    int k = end;
    int digits = 0;
    while (k > 0 && Character.isDigit(d.charAt(k - 1)) && digits < 3) {
      k--;
      digits++;
    }
    if (digits == 0 || digits > 2 || k < 2 || (d.charAt(k - 1) != '-' && d.charAt(k - 1) != '\u2013')) {
      return false;
    }
    k--;
    int left = 0;
    while (k > 0 && Character.isDigit(d.charAt(k - 1)) && left < 3) {
      k--;
      left++;
    }
    return left >= 1 && left <= 2 && (k == 0 || !Character.isLetterOrDigit(d.charAt(k - 1)));
  }

  /** A score "3-0" (one or two digits each side) starts at {@code start}, then a space. */
  static boolean scoreStartsAt(String d, int start) {
    int k = start;
    int left = 0;
    while (k < d.length() && Character.isDigit(d.charAt(k)) && left < 3) {
      k++;
      left++;
    }
    if (left == 0 || left > 2 || k + 1 >= d.length() || (d.charAt(k) != '-' && d.charAt(k) != '\u2013')) {
      return false;
    }
    k++;
    int right = 0;
    while (k < d.length() && Character.isDigit(d.charAt(k)) && right < 3) {
      k++;
      right++;
    }
    return right >= 1 && right <= 2 && k < d.length() && d.charAt(k) == ' ';
  }

  /** A score ("2-1", "3-0") in the same sentence: between the full stops around the name. */
  static boolean scoreNear(String d, int start, int end) {
    int from = start;
    while (from > 0 && d.charAt(from - 1) != '.' && d.charAt(from - 1) != '\n') {
      from--;
    }
    int to = end;
    while (to < d.length() && d.charAt(to) != '.' && d.charAt(to) != '\n') {
      to++;
    }
    for (int k = from + 1; k + 1 < to; k++) {
      char c = d.charAt(k);
      if ((c == '-' || c == '\u2013') && Character.isDigit(d.charAt(k - 1)) && Character.isDigit(d.charAt(k + 1))
          && (k < 2 || !Character.isDigit(d.charAt(k - 2)) || k - 2 >= from && Character.isDigit(d.charAt(k - 2)) && (k < 3 || !Character.isDigit(d.charAt(k - 3))))
          && (k + 2 >= to || !Character.isDigit(d.charAt(k + 2)) || k + 3 >= to || !Character.isDigit(d.charAt(k + 3)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code a} and {@code b} in the same field with only " v " (or " vs ", " v. "), or " or ", between them. */
  private static boolean joined(Found a, Found b, boolean or) {
    if (a.field() != b.field() || b.start() <= a.end()) {
      return false;
    }
    String d = a.field().display();
    int s = a.end();
    int e = b.start();
    if (e - s < 3 || e - s > 5 || d.charAt(s) != ' ' || d.charAt(e - 1) != ' ') {
      return false;
    }
    int len = e - s - 2;
    if (or) {
      return len == 2 && d.startsWith("or", s + 1);
    }
    return (len == 1 && d.charAt(s + 1) == 'v') || (len == 2 && (d.startsWith("vs", s + 1) || d.startsWith("v.", s + 1)))
        || (len == 3 && d.startsWith("vs.", s + 1));
  }
}
