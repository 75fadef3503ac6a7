package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns alias matches into linked mentions, with the whole article as context: a partial name (آل ثاني)
 * counts when the article names the entity in full or a title stands before it; a context-only alias
 * (مهر) counts in a dateline or after an agency cue; when an alias names several entities, one the
 * article already names unambiguously wins, then one inside a country the article names (عمان is
 * Amman in an article about Jordan), then the higher-ranked (a country over a town); a country-or-city name
 * goes by the words around it first ({@link CountryOrCity}).
 */
public final class KbLinker {
  private final CueIndex cues;

  public KbLinker(CueIndex cues) {
    this.cues = cues;
  }

  private static final java.util.Set<String> PLACE_CUES = StringSet.of("مدينه", "بلده", "محافظه", "ولايه", "قريه",
      "منطقه", "شهر", "شهرستان", "استان", "روستاي", "بخش", "city", "town", "province");

  /**
   * Per-field matches in, mentions out (reading order). {@code candidates} are the statistical and cue
   * recognizers' names: a small town whose one-word name is also a common word (الحالي, جميلة) is
   * linked only when the tagger also calls it a place, a place word precedes it, or the article names
   * its country.
   */
  public List<Mention> link(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    return link(fields, matches, candidates, null);
  }

  /**
   * As {@link #link(List, List, List)}; in Persian copy a town of the country of the national agency that files
   * the dispatch (Fars, IRNA: Iran) counts as anchored too, its home country going without saying there.
   */
  public List<Mention> link(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates,
      String language) {
    Set<String> anchors = anchors(matches);
    Set<String> homes = "fa".equals(language) ? agencyHomes(fields, matches) : Set.of();
    Set<String> repeated = "fa".equals(language) ? RepeatedTowns.of(fields, matches) : Set.of();
    Set<String> cued = Set.of();
    // the dateline's town, named again in the body (بالطائف), needs no other cue
    Set<String> dateline = new HashSet<>();
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).isDateline()) {
        for (NameMatch m : matches.get(f)) {
          for (AliasTarget t : m.targets()) {
            dateline.add(t.entity().id());
          }
        }
      }
    }
    if ("ar".equals(language)) {
      cued = cuedTowns(fields, matches, anchors, agencyHomes(fields, matches));
    }
    List<Mention> out = new ArrayList<>();
    boolean fa = "fa".equals(language);
    List<CoordinatedTowns.Placed> linked = fa ? new ArrayList<>() : null;
    List<CoordinatedTowns.Placed> refused = fa ? new ArrayList<>() : null;
    for (int f = 0; f < fields.size(); f++) {
      FieldText field = fields.get(f);
      String t = field.form().text();
      for (NameMatch m : matches.get(f)) {
        int ws = Clitics.wordStart(t, m.mStart());
        AliasTarget best = null;
        KbEntity refusedTown = null;
        int bestScore = Integer.MIN_VALUE;
        for (AliasTarget target : m.targets()) {
          KbEntity e = target.entity();
          if (target.strength() == AliasStrength.PARTIAL && !anchors.contains(e.id()) && !cues.titleBefore(t, ws)) {
            continue;
          }
          if (target.strength() == AliasStrength.CONTEXT && !field.isDateline() && !cues.agencyCueBefore(t, ws)
              && !cues.agencyToldAround(t, ws, m.mEnd()) && !inParentheses(t, m.mStart(), m.mEnd())) {
            continue;
          }
          // a small town (KbBuilder's step 2b) is not vouched for by its country: Iran is named in most Persian copy
          boolean small = e.smallTown();
          boolean sharedTown = SharedTownNames.shared(e, m);
          if (sharedTown && (!fa || !placeCueBefore(t, ws) && !SharedTownNames.townBodyBefore(wordBefore(t, ws))
              && !laterInCuedList(t, ws) || SharedTownNames.biggerPlaceNamed(e, m, anchors))) {
            continue; // روز قدس: the bigger place (Jerusalem) unless a town word stands before it and Israel goes unnamed;
            // an Iranian town's Persian name is no Arabic or English copy's (مدينة القدس)
          }
          if (isMinorOneWordPlace(e, t, m) && !field.isDateline() && (small || !anchors.contains(e.attr("within")))
              && (small || !(homes.contains(e.attr("within"))
                  && !COMMON_WORD_TOWNS.contains(t.substring(m.mStart(), m.mEnd()))))
              && !dateline.contains(e.id()) && !(small && repeated.contains(e.id()))
              && !(small && fa && reportedFrom(t, m.mStart(), m.mEnd()))
              && !placeCueBefore(t, ws) && !taggedPlace(candidates, f, m) && !cued.contains(e.id())
              && !(fa && gluedTwoWordName(e, t.substring(m.mStart(), m.mEnd())))) {
            if (small && fa) {
              refusedTown = e;
            }
            continue;
          }
          if (isLatinCity(e, t, m) && partOfLongerName(field.display(), m.start(), m.end())
              && !officeAfter(field.display(), m.end())) {
            continue; // Stanley in Morgan Stanley, York in New York Times
          }
          int score = e.rank() * 10;
          if (anchors.contains(e.id())) {
            score += 100;
          }
          if (e.attr("within") != null && anchors.contains(e.attr("within"))) {
            score += 50;
          }
          if (target.strength() == AliasStrength.STRONG) {
            score += 5;
          }
          if (field.isDateline() && e.isAgency()) {
            score += 20;
          }
          score += CountryOrCity.bonus(t, ws, m, e, matches.get(f)); // عمان: Amman after العاصمة, Oman among countries
          if (field.isDateline() && "ar".equals(language)) {
            score += CountryOrCity.datelineBonus(m, e); // عمان 26 شوال … واس: Amman
          }
          if (sharedTown) {
            score += 1000; // شهر قدس: the town's word outweighs the bigger place's rank and anchors
          }
          if (score > bestScore) {
            bestScore = score;
            best = target;
          }
        }
        if (best != null) {
          KbEntity e = best.entity();
          // حضرت عباس (ع), الإمام الحسين: a title or honorific names the Imam, not the KB's namesake (Mahmoud
          // Abbas); HolyNames vetoes the KB's person, in every script, with the id UnknownNameLinker gives it
          String holy = e.type() == EntityType.PERSON ? HolyNames.english(field.display(), m.start(), m.end()) : null;
          if (holy != null) {
            out.add(new Mention(f, m.start(), m.end(), HolyNames.id(holy), EntityType.PERSON, holy, false));
          } else {
            Mention mention = new Mention(f, m.start(), m.end(), e.id(), e.type(), e.name(), false);
            out.add(mention);
            if (fa) {
              linked.add(new CoordinatedTowns.Placed(f, m.mStart(), m.mEnd(), e, mention));
            }
          }
        } else if (refusedTown != null && m.targets().size() == 1) {
          refused.add(new CoordinatedTowns.Placed(f, m.mStart(), m.mEnd(), refusedTown,
              new Mention(f, m.start(), m.end(), refusedTown.id(), refusedTown.type(), refusedTown.name(), false)));
        }
      }
    }
    return fa ? CoordinatedTowns.add(fields.stream().map(x -> x.form().text()).toList(), out, linked, refused) : out;
  }

  /** The entities some match names by a strong alias and names alone: the article names them in full. */
  private static Set<String> anchors(List<List<NameMatch>> matches) {
    Set<String> anchors = new HashSet<>();
    for (List<NameMatch> fm : matches) {
      for (NameMatch m : fm) {
        // the one entity all its strong aliases name, if any (a loop: a stream per match was 2 % of the allocation)
        String strong = null;
        for (AliasTarget t : m.targets()) {
          if (t.strength() == AliasStrength.STRONG) {
            String id = t.entity().id();
            if (strong == null) {
              strong = id;
            } else if (!strong.equals(id)) {
              strong = null;
              break;
            }
          }
        }
        if (strong != null) {
          anchors.add(strong);
        }
      }
    }
    return anchors;
  }

  /**
   * Round 48b, English, before the recognizers: a match that is only KB persons' partial aliases (~Blair) is dropped
   * where none of them may take it (the article does not name them in full and no title stands before it), or where
   * the surname is another bearer's ({@link SurnameBearers}: Cherie Blair, Sir Ian Blair, a later Mrs Blair). Left in,
   * it would hide the recognizers' longer name (actors Selma Blair) and then be refused by {@link #link} all the same.
   */
  public void dropUnvouchedPartialPersons(List<FieldText> fields, List<List<NameMatch>> matches) {
    if (matches.stream().flatMap(List::stream).noneMatch(KbLinker::partialPerson)) {
      return; // most articles: the anchors are not even read
    }
    Set<String> anchors = anchors(matches);
    for (int f = 0; f < fields.size(); f++) {
      int field = f;
      matches.set(f, NameMatch.without(matches.get(f), m -> partialPerson(m) && !vouched(fields, field, m, anchors)));
    }
  }

  /** Whether every entity the match may name is a KB person it names by a partial alias (~Blair) only. */
  private static boolean partialPerson(NameMatch m) {
    return !m.targets().isEmpty() && m.targets().stream()
        .allMatch(t -> t.strength() == AliasStrength.PARTIAL && t.entity().type() == EntityType.PERSON);
  }

  /** Whether one of {@code m}'s partial persons may take it where it stands. */
  private boolean vouched(List<FieldText> fields, int f, NameMatch m, Set<String> anchors) {
    FieldText field = fields.get(f);
    String t = field.form().text();
    boolean title = cues.titleBefore(t, Clitics.wordStart(t, m.mStart()));
    for (AliasTarget target : m.targets()) {
      if ((title || anchors.contains(target.entity().id()))
          && !SurnameBearers.another(fields, field.display(), m.start(), m.end(), target.entity(),
              anchors.contains(target.entity().id()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Iranian towns whose Persian name is also a common word (سلسله a series, پردیس a campus, بام a roof, خوی
   * temper, ترکمن the people, ریگان Reagan, صدرا a publisher, بافی of قالی‌بافی): the agency's home country
   * does not vouch for them.
   */
  private static final Set<String> COMMON_WORD_TOWNS = MatchingForm.keys("سلسله", "پردیس", "بام", "خوی", "ترکمن",
      "ریگان", "صدرا", "بافی");

  /** Home countries of the national agencies named in the dateline or first paragraph (خبرگزاری فارس: Iran). */
  private static Set<String> agencyHomes(List<FieldText> fields, List<List<NameMatch>> matches) {
    Set<String> homes = null;
    for (int f = 0; f < fields.size(); f++) {
      if (!fields.get(f).isDateline() && !"paragraphs[0]".equals(fields.get(f).name())) {
        continue;
      }
      for (NameMatch m : matches.get(f)) {
        for (AliasTarget t : m.targets()) {
          String home = t.entity().isAgency() ? t.entity().attr("home") : null;
          if (home != null) {
            if (homes == null) {
              homes = new HashSet<>(2);
            }
            homes.add(home);
          }
        }
      }
    }
    return homes == null ? Set.of() : homes;
  }

  private static boolean isMinorOneWordPlace(KbEntity e, String t, NameMatch m) {
    int space = t.indexOf(' ', m.mStart());
    boolean oneWord = space < 0 || space >= m.mEnd();
    // a province (Gilan Province: گیلان) is no minor town whose name may be an ordinary word
    return e.type() == io.newswire.schema.EntityType.PLACE && e.rank() <= 1 && e.attr("within") != null && oneWord
        && Clitics.isArabicScript(t.charAt(m.mStart())) && !e.name().endsWith(" Province");
  }

  /**
   * Whether {@code form} is one of the place's two-word Persian names typed as one word (قصرشیرین for قصر شیرین): as
   * distinctive as the two words, so not a one-word town name that may be an ordinary word.
   */
  private static boolean gluedTwoWordName(KbEntity e, String form) {
    for (KbAlias a : e.aliases()) {
      if ("fa".equals(a.lang()) && a.text().length() > form.length()
          && form.equals(NameMatcher.gluedSpelling(MatchingForm.key(a.text())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatinCity(KbEntity e, String t, NameMatch m) {
    return e.type() == io.newswire.schema.EntityType.PLACE && e.rank() <= 2 && e.attr("within") != null
        && !Clitics.isArabicScript(t.charAt(m.mStart()));
  }

  private static boolean placeCueBefore(String t, int wordStart) {
    String w = wordBefore(t, wordStart);
    return PLACE_CUES.contains(w) || (w.length() > 1 && PLACE_CUES.contains(w.substring(1))) || onRoute(t, wordStart, w)
        || centralDistrict(t, wordStart, w) || pluralPlaceNoun(t, wordStart, w);
  }

  /** Reporting verbs of provincial copy (اظهار کرد، گفت، افزود، برگزار شد، خبر داد), their first word. */
  private static final Set<String> REPORTING_VERBS = MatchingForm.keys("اظهار", "گفت", "افزود", "برگزار", "خبر");

  /**
   * Persian: a small town named once as در X right before a reporting verb or a parenthesis (خبرنگار فارس در شوشتر
   * اظهار کرد، در جلفا (مرز نخجوان)) is where the news happens; a common word that is also a town's name goes on
   * into its complement instead (در محلات شهر، در قنوات استان).
   */
  private static boolean reportedFrom(String t, int mStart, int mEnd) {
    if (!RepeatedTowns.afterIn(t, mStart) || mEnd >= t.length() || t.charAt(mEnd) != ' ') {
      return false;
    }
    if (mEnd + 1 < t.length() && t.charAt(mEnd + 1) == '(') {
      return true;
    }
    int[] verb = WordSpans.afterSpace(t, mEnd, Character::isLetter);
    return verb != null && REPORTING_VERBS.contains(t.substring(verb[0], verb[1]));
  }

  /** Persian place nouns whose plural opens a list of places (شهرستان‌های زابل و زهک). */
  private static final Set<String> PLURAL_PLACE_NOUNS = MatchingForm.keys("شهرستان", "استان", "شهر", "شهرک", "دهستان");
  /** The same plurals written as one word, without the ZWNJ that the matching form turns into a space. */
  private static final Set<String> GLUED_PLURAL_PLACE_NOUNS = MatchingForm.keys("شهرستانهای", "استانهای", "شهرهای",
      "شهرکهای", "دهستانهای");
  private static final String PLURAL = MatchingForm.key("های");

  /**
   * Persian: the first town of a list after a plural place noun (شهرستان‌های زابل و زهک) has its place word two words
   * back, the plural suffix standing between; the towns after it follow through {@link CoordinatedTowns}.
   * {@code before}: the word before {@code wordStart}.
   */
  private static boolean pluralPlaceNoun(String t, int wordStart, String before) {
    if (GLUED_PLURAL_PLACE_NOUNS.contains(before)) {
      return true;
    }
    if (!PLURAL.equals(before)) {
      return false;
    }
    int suffix = wordStartBefore(t, wordStart);
    return suffix >= 0 && PLURAL_PLACE_NOUNS.contains(wordBefore(t, suffix));
  }

  private static final String AND = MatchingForm.key("و");

  /**
   * Persian: a town further on in a list whose first member has its place word (شهرستان‌های شهریار، قدس و ملارد):
   * the list's cue is the town's too. Only one-word members joined by a comma or و are walked back, a few at most.
   */
  private static boolean laterInCuedList(String t, int wordStart) {
    int w = wordStart;
    for (int members = 0; members < 5; members++) {
      int end = endBefore(t, w);
      if (end == 0) {
        return false;
      }
      char c = t.charAt(end - 1);
      int join;
      if (c == '،' || c == ',') {
        join = end - 1;
      } else if (AND.equals(wordBefore(t, w))) {
        join = wordStartBefore(t, w);
      } else {
        return false;
      }
      int memberEnd = endBefore(t, join);
      int member = Clitics.wordStart(t, memberEnd);
      if (member == memberEnd) {
        return false;
      }
      if (placeCueBefore(t, member)) {
        return true;
      }
      w = member;
    }
    return false;
  }

  private static final String CENTRAL = MatchingForm.key("مرکزی");
  /** A county's district and its governor (بخش، بخشدار), named before the district's name. */
  private static final Set<String> DISTRICT_WORDS = MatchingForm.keys("بخش", "بخشدار");

  /**
   * Persian: a county's central district is named after the county (بخش مرکزی تایباد، بخشدار مرکزی خوسف), so the
   * town after بخش مرکزی has its place word, one word further back. {@code before}: the word before {@code wordStart}.
   */
  private static boolean centralDistrict(String t, int wordStart, String before) {
    if (!CENTRAL.equals(before)) {
      return false;
    }
    int central = wordStartBefore(t, wordStart);
    return central >= 0 && DISTRICT_WORDS.contains(wordBefore(t, central));
  }

  /**
   * Persian road words (محور، جاده، مسیر): the towns a road joins follow them, the second after به or a
   * dash (محور خوی - چایپاره، مسیر دیر به بوشهر), so a town there is a place even when its name is a
   * common word.
   */
  private static final Set<String> ROUTE_CUES = MatchingForm.keys("محور", "جاده", "مسیر", "آزادراه", "بزرگراه");
  private static final Set<String> ROUTE_JOINS = MatchingForm.keys("به", "تا", "-", "–");

  /** {@code before}: the word before {@code wordStart}, as {@link #wordBefore} reads it. */
  private static boolean onRoute(String t, int wordStart, String before) {
    if (ROUTE_CUES.contains(before)) {
      return true;
    }
    if (!ROUTE_JOINS.contains(before)) {
      return false;
    }
    int join = wordStartBefore(t, wordStart);
    if (join < 0) {
      return false;
    }
    int town = wordStartBefore(t, join);
    return town >= 0 && ROUTE_CUES.contains(wordBefore(t, town));
  }

  /** The word (or dash) that ends before {@code wordStart}, spaces skipped; "" at the start. */
  private static String wordBefore(String t, int wordStart) {
    int s = wordStartBefore(t, wordStart);
    return s < 0 ? "" : t.substring(s, endBefore(t, wordStart));
  }

  private static int endBefore(String t, int wordStart) {
    int end = wordStart;
    while (end > 0 && t.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /** Start of the word before {@code wordStart}; a dash glued to the town (خوی-) counts as its own word. */
  private static int wordStartBefore(String t, int wordStart) {
    int end = endBefore(t, wordStart);
    if (end == 0) {
      return -1;
    }
    char c = t.charAt(end - 1);
    if (c == '-' || c == '–') {
      return end - 1;
    }
    return Clitics.wordStart(t, end);
  }

  /**
   * Round 46, Arabic: the minor towns that a place word vouches for at one match of the dispatch (بمحافظة شرورة،
   * محافظة بلجرشي). Saudi copy names such a town once with its word and then bare or behind a clitic (بشرورة، في
   * شرورة): the same town, which needs no cue of its own a second time. Only a name that is that one place's: where
   * the name is several places' (البيضاء: Yemen's governorate, Libya's town), the word says which of them no more
   * than it did before. The tagger's place is no such vouch (it says a place, not which; تالا a sister tagged once).
   * And only a town of a country the article names or its agency files from (واس: Saudi Arabia): محافظة البيضاء in
   * Yemeni copy is Yemen's governorate, which the knowledge base lacks, not the Libyan town of that name it has.
   * Persian has RepeatedTowns.
   */
  private static Set<String> cuedTowns(List<FieldText> fields, List<List<NameMatch>> matches, Set<String> anchors,
      Set<String> homes) {
    Set<String> out = null;
    for (int f = 0; f < fields.size(); f++) {
      String t = fields.get(f).form().text();
      for (NameMatch m : matches.get(f)) {
        KbEntity only = onlyPlace(m);
        if (only != null && isMinorOneWordPlace(only, t, m) && (out == null || !out.contains(only.id()))
            && (anchors.contains(only.attr("within")) || homes.contains(only.attr("within")))
            && placeCueBefore(t, Clitics.wordStart(t, m.mStart()))) {
          if (out == null) {
            out = new HashSet<>(4);
          }
          out.add(only.id());
        }
      }
    }
    return out == null ? Set.of() : out;
  }

  /** The one place {@code m} may name, or null when it names none or several. */
  private static KbEntity onlyPlace(NameMatch m) {
    KbEntity only = null;
    for (AliasTarget target : m.targets()) {
      KbEntity e = target.entity();
      if (e.type() == EntityType.PLACE && (only == null || !only.id().equals(e.id()))) {
        if (only != null) {
          return null;
        }
        only = e;
      }
    }
    return only;
  }

  private static boolean taggedPlace(List<Candidate> candidates, int field, NameMatch m) {
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() == io.newswire.schema.EntityType.PLACE && c.start() < m.end() && m.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word title and then a capitalised word right after the place (Texas Governor Ann Roe, former Iowa Congressman
   * Tom Harker): the place's office and its holder, not a longer name holding the place. "General" is left out, as it
   * opens names of their own (York General Hospital).
   */
  private boolean officeAfter(String d, int end) {
    int[] w = WordSpans.runAfter(d, end, WordSpans.SPACE, Character::isLetter);
    int a = w[0];
    int b = w[1];
    if (b == a || b + 1 >= d.length() || d.charAt(b) != ' ' || !Character.isUpperCase(d.charAt(b + 1))) {
      return false;
    }
    String word = d.substring(a, b);
    return !word.equals("General") && cues.oneWordTitle(word);
  }

  /** A capitalised word right after, or right before (not opening the sentence), makes a longer name. */
  static boolean partOfLongerName(String d, int start, int end) {
    boolean allCaps = d.substring(start, end).equals(d.substring(start, end).toUpperCase(java.util.Locale.ROOT));
    if (allCaps) {
      return false; // headlines and datelines in capitals say nothing
    }
    int[] next = WordSpans.runAfter(d, end, WordSpans.SPACE, Character::isUpperCase);
    if (next[0] > end && next[0] < next[1]) {
      return true; // spaces, then a capital
    }
    int[] before = WordSpans.runBefore(d, start, WordSpans.SPACE, Character::isLetter);
    int ws = before[0];
    if (before[1] == start || ws == before[1] || !Character.isUpperCase(d.charAt(ws))) {
      return false; // glued on, or no word of letters before the spaces, or a lower-case one
    }
    int q = ws;
    while (q > 0 && d.charAt(q - 1) == ' ') {
      q--;
    }
    return q > 0 && d.charAt(q - 1) != '.' && d.charAt(q - 1) != '"';
  }

  private static boolean inParentheses(String t, int s, int e) {
    return s > 0 && e < t.length() && t.charAt(s - 1) == '(' && t.charAt(e) == ')';
  }
}
