package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English arts copy introduces a film, a book or an album by its kind right before its title ("the biopic
 * Kinsey", "historical epic Alexander", "high school comedy Napoleon Dynamite"): the capitalised words there are
 * a work's title, no person, place or body, even when they read like one (a film named after its subject, a
 * title that opens with a given name). Round 18 drops such a mention and the article's other mentions written
 * exactly as the title (the headline's and later sentences' bare "Alexander"); a longer name holding the title's
 * words (Alexander Payne) is left alone. Round 19 adds titles listed after a plural kind ("games such as A, B and C")
 * and brands ("X brand products"). Works on the characters before each mention: no tokenizing, no regex.
 */
final class WorkTitles {
  private WorkTitles() {}

  /**
   * Kinds of work written in lower case right before a title. Nouns only: no verb (hit, show) or adjective (single).
   * Round 37b adds "series" (the TV series 21 Jump Street, BBC mini-series X): a programme's title, never its maker.
   */
  private static final Set<String> KINDS = StringSet.of("film", "movie", "biopic", "epic", "drama", "comedy", "thriller",
      "documentary", "musical", "sitcom", "album", "novel", "blockbuster", "sequel", "remake", "cartoon", "soap", "series");
  /**
   * Round 38: kinds read only right before the title ("the hit song X", "Bizet's opera X", "the string ballad X"), never as
   * the opener of a list: a song's title often ends in a comma before its singer ("his signature song What'd I Say, X
   * turned …"). Not "track": "every track X has released" names the singer.
   */
  private static final Set<String> SONG_KINDS = StringSet.of("song", "opera", "ballad");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    Set<String> titles = null;
    for (Mention m : mentions) {
      if (m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String kind = wordBefore(d, afterNumber(d, m.start()));
      if ((KINDS.contains(kind) || SONG_KINDS.contains(kind) || inKindList(d, m.start()) && !kindAfter(d, m.end())
          || brandAfter(d, m.end()) || castAfter(d, m.end())
          || afterPartFrame(d, m.start()) && !kindAfter(d, m.end()) && artsCopy(fields)) && !possessiveAfter(d, m.end())) {
        if (titles == null) {
          titles = new HashSet<>();
        }
        titles.add(d.substring(m.start(), m.end()));
      }
    }
    List<Mention> kept = titles == null ? mentions : withoutTitles(fields, mentions, titles, m -> true);
    return withoutInnerTitleWords(fields, kept);
  }

  /**
   * Round 36b: a title of several words joined by lower-case function words ("the documentary Touching the Void", "his
   * performance in Pirates of the Caribbean", "the film Howl's Moving Castle"): the capitalised words inside it are the
   * work's, not a place, person or body. Only the mention itself goes (no repeats: "Void" alone elsewhere is rare, while
   * an artist named inside an album's title is the artist elsewhere). "and" is no joiner here: "the biopic Ray and
   * Mike Leigh's Vera Drake" names two works and a director.
   */
  static List<Mention> withoutInnerTitleWords(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> !m.role() && insideTitleRun(fields.get(m.field()).display(), m.start(), fields));
  }

  /**
   * Lower-case words that join a title's capitalised words (Shaun of the Dead, Lost in Translation). Not "from", "at" or
   * "with": "the film The Sea Inside from Spain" says where the work comes from.
   */
  private static final Set<String> TITLE_JOINERS = StringSet.of("of", "the", "in", "on", "to", "a", "for");
  /** How many words back a title's first word may stand from the mention inside it. */
  private static final int TITLE_REACH = 8;

  /**
   * Whether the mention starting at {@code start} stands inside a title run: back over capitalised words (a possessive
   * included) and {@link #TITLE_JOINERS}, at least one joiner or possessive passed, to a capitalised first word right
   * after a lower-case kind of work or, in arts copy, an actor's part frame.
   */
  static boolean insideTitleRun(String d, int start, List<FieldText> fields) {
    if (d.startsWith(" in ", start - 4)) {
      return false; // "shoot the film Flight of the Phoenix in Morocco": where the work is made or shown
    }
    int p = start;
    boolean joined = false;
    int first = -1;
    for (int k = 0; k < TITLE_REACH && p > 1 && d.charAt(p - 1) == ' '; k++) {
      int w = wordStart(d, p - 1);
      if (w == p - 1) {
        break;
      }
      String word = d.substring(w, p - 1);
      if (Character.isUpperCase(word.charAt(0))) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
          if (d.startsWith("in ", w - 3)) {
            return false; // "a play ... in London's West End": where it runs, not its title
          }
          joined = true;
        }
        first = w;
      } else if (TITLE_JOINERS.contains(word)) {
        joined = true;
      } else {
        break;
      }
      p = w;
    }
    if (!joined || first != p) {
      return false; // the run opens on a capitalised word: "a film in Paris" is no title
    }
    return KINDS.contains(wordBefore(d, p)) || afterPartFrame(d, p) && artsCopy(fields);
  }

  /**
   * The mentions less every one {@code droppable} written as one of {@code titles}: a work's title goes with all its
   * repeats, wherever the cue stood. Role mentions always stay.
   */
  static List<Mention> withoutTitles(List<FieldText> fields, List<Mention> mentions, Set<String> titles,
      Predicate<Mention> droppable) {
    return Mention.without(mentions,
        m -> !m.role() && droppable.test(m) && titles.contains(fields.get(m.field()).display().substring(m.start(), m.end())));
  }

  /**
   * Round 35b: an actor's part framed before the title ("her role in Closer", "his performance in Ray", "starred in Vera
   * Drake", "star of Rain Man", "nominated for Sideways"): a film, not the person or place its title reads as. Read only in
   * arts copy ({@link #artsCopy}), since "role in" and "performance in" frame a firm or a country in other copy.
   */
  private static final String[] PART_FRAMES = {"starred in ", "starring in ", "stars in ", "star of ", "role in ", "roles in ",
      "performance in ", "nominated for "}; // not "performances in": a stage show's run in a city

  static boolean afterPartFrame(String d, int start) {
    for (String f : PART_FRAMES) {
      int at = start - f.length();
      if (at >= 0 && d.startsWith(f, at) && (at == 0 || !Character.isLetterOrDigit(d.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** "star of Elvis Presley musical X": the name only qualifies the next word, a kind of work; the name stays. */
  static boolean kindAfter(String d, int end) {
    int[] w = WordSpans.afterSpace(d, end, Character::isLetter);
    return w != null && KINDS.contains(d.substring(w[0], w[1]));
  }

  /** Words only arts copy writes in lower case (a film, an actor): the article is about a screen or stage work. */
  private static final String[] ARTS_WORDS = {" film", " movie", " actor", " actress", " starred ", " starring "};

  static boolean artsCopy(List<FieldText> fields) {
    for (FieldText f : fields) {
      String d = f.display();
      for (String w : ARTS_WORDS) {
        if (d.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Plural kinds of work that open a list of titles through "such as", "including" or "like". */
  private static final Set<String> PLURAL_KINDS = StringSet.of("films", "movies", "albums", "novels", "books", "games", "songs",
      "singles", "shows", "plays", "sitcoms", "dramas", "comedies", "thrillers", "documentaries", "musicals", "titles");
  /**
   * Plural kinds that open a list of titles with no "such as" ("dramas A and B"). Not "shows", "plays", "games", "books",
   * "titles": verbs or other nouns before a name too ("the poll shows Labour", "the Commonwealth games Melbourne").
   */
  private static final Set<String> LISTING_KINDS = StringSet.of("films", "movies", "albums", "novels", "sitcoms", "dramas",
      "comedies", "thrillers", "documentaries", "musicals", "soaps");
  /** How many words a plural kind may stand before its "such as" (games of the last ten years such as ...). */
  private static final int KIND_REACH = 6;

  /**
   * Round 19: the mention is an item of a list of titles ("games such as A, B, C and D", "films including A and B"):
   * back over capitalised words, digits, commas and and/or/&amp; to "such as", "including" or "like", with a plural kind
   * of work at most {@link #KIND_REACH} words before it. The first item is found too (no comma needed).
   */
  static boolean inKindList(String d, int start) {
    int p = start;
    boolean joined = false;
    for (int steps = 0; steps < 24; steps++) {
      int q = p;
      while (q > 0 && (d.charAt(q - 1) == ' ' || d.charAt(q - 1) == ',')) {
        joined |= d.charAt(q - 1) == ',';
        q--;
      }
      if (q == p || q == 0) {
        return false;
      }
      int w = wordStart(d, q);
      String word = d.substring(w, q);
      if (word.isEmpty()) {
        return false;
      }
      if (!Character.isLowerCase(word.charAt(0)) || word.equals("and") || word.equals("or")) {
        joined |= word.equals("and") || word.equals("or");
        p = w;
        continue;
      }
      if (joined && steps > 1 && d.charAt(q) != ',' && (KINDS.contains(word) || LISTING_KINDS.contains(word))
          && (w == 0 || !Character.isLetterOrDigit(d.charAt(w - 1)))) {
        // round 37b: "comedy series A and B", "albums A, B and C": the kind itself opens the list. Not after a comma
        // ("the two albums, Mr X and Y said"): there the kind ends a clause.
        return true;
      }
      int from;
      if (word.equals("including") || word.equals("like")) {
        from = w;
      } else if (word.equals("as") && w > 5 && d.startsWith("such ", w - 5)) {
        from = w - 5;
      } else {
        return false;
      }
      for (int k = 0; k < KIND_REACH && from > 1 && d.charAt(from - 1) == ' '; k++) {
        int ws = wordStart(d, from - 1);
        String before = d.substring(ws, from - 1);
        if (PLURAL_KINDS.contains(before)) {
          return true;
        }
        from = ws;
      }
      return false;
    }
    return false;
  }

  /**
   * Round 19: "X brand products", "the X lager brand": a brand, a product's name as a title is a work's, so dropped the
   * same way (with its bare repeats). "brand" or "brands" right after the name or after one lower-case word; not "branded".
   */
  static boolean brandAfter(String d, int end) {
    int p = end;
    for (int words = 0; words < 2; words++) {
      int[] w = WordSpans.afterSpace(d, p, Character::isLowerCase);
      if (w == null) {
        return false; // no space, or no lower-case word after it
      }
      String word = d.substring(w[0], w[1]);
      boolean glued = w[1] < d.length() && Character.isLetterOrDigit(d.charAt(w[1])); // iPod, mp3: no word of its own
      if (word.equals("brand") || word.equals("brands")) {
        return !glued;
      }
      if (glued) {
        return false;
      }
      p = w[1];
    }
    return false;
  }

  /** Round 37b: where a title opening with a number starts ("the series 21 Jump Street" for the mention Jump Street). */
  static int afterNumber(String d, int start) {
    int[] number = WordSpans.beforeSpace(d, start, Character::isDigit);
    return number == null ? start : number[0];
  }

  /** Where the word (letters, digits, &amp;, hyphens, apostrophes) that ends at {@code end} starts. */
  private static int wordStart(String d, int end) {
    int w = end;
    while (w > 0 && (Character.isLetterOrDigit(d.charAt(w - 1)) || "&-'\u2019".indexOf(d.charAt(w - 1)) >= 0)) {
      w--;
    }
    return w;
  }

  /** The lower-case word right before {@code at} (one space between), or "" (a comma, a capital, the field's start). */
  static String wordBefore(String d, int at) {
    String w = Fixtures.wordBefore(d, at);
    int k = at - 1 - w.length();
    return k > 0 && Character.isLetterOrDigit(d.charAt(k - 1)) ? "" : w; // the tail of a capitalised word
  }

  /**
   * Round 50: a title followed by its cast ("Harbour Lights starring Ann Reed", "X, starring Y"): the work, not a person
   * named after its subject. A capitalised name must follow: "director X, starring in seven of his films" is the actor.
   */
  static boolean castAfter(String d, int end) {
    int p = d.startsWith(",", end) ? end + 1 : end;
    return d.startsWith(" starring ", p) && p + 10 < d.length() && Character.isUpperCase(d.charAt(p + 10));
  }

  /** "Kinsey's director": a work is seldom introduced with a possessive; a person named after a kind often is. */
  static boolean possessiveAfter(String d, int end) {
    if (end < d.length() && end > 0 && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019') && d.charAt(end - 1) == 's'
        && (end + 1 == d.length() || !Character.isLetter(d.charAt(end + 1)))) {
      return true; // Hughes' film
    }
    return end + 1 < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019') && d.charAt(end + 1) == 's';
  }
}
