package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.TitleCase;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The English statistical model ({@code models/ner-en.bin}: wikigold + Broad Twitter Corpus) where the
 * rules are not sure. The knowledge base and the rule recognizers keep priority: the model types a
 * capitalised run the rules left untyped (OTHER: a club, a firm, a band named with no head word), and
 * adds a name of its own only where neither the KB nor any rule found anything, when it is sure (margin
 * {@link #NEW_MARGIN}) and the chunk looks like a name (every word capitalised but a few joining words, not
 * a lone sentence opener). Mixed-case body text only: Title Case and capitals headlines, datelines and
 * capitals lines are left to the rules, since the model learned from ordinary case.
 */
public final class EnglishModelNames {
  /** Margin a chunk needs to add a name no rule found. */
  static final double NEW_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.newMargin", "10"));
  /** {@code -Dnewswire.enModel.off=true}: the rules alone, for comparisons. */
  static final boolean OFF = Boolean.getBoolean("newswire.enModel.off");
  /** Margin a one-word chunk needs to add a name no rule found. */
  static final double SINGLE_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.singleMargin", "20"));
  /**
   * Margin a chunk needs to type a run the rules left untyped. The tagger decodes with a handicap on O, so a
   * chunk it outputs can have a negative margin: round 10 takes organisations and places of two words or more
   * down to -40 (Perth Glory, Montreal HC were left untyped at 0; below -40 the BBC sets lost precision);
   * persons still need {@link #RETYPE_SINGLE_MARGIN} (a firm typed a person at -30 became a quote's speaker).
   */
  static final double RETYPE_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.retypeMargin", "-40"));
  /**
   * Round 8's one-word names (bit set; {@code -Dnewswire.enModel.loose=0} for the round-7 behaviour): 1 a lone
   * person in a person's context, 4 a lone place after from/near/into/across/outside/throughout/towards or after
   * "Town," (sure ones, {@link #ONE_PERSON_MARGIN}), 8 no one-word code (MH17). Bit 2, a lone person or
   * organisation opening a body sentence: off in round 8 (it found a band opening a sentence, "Keane's Hopes and
   * Fears, was described as ...", and the quote step took it for the speaker); on since round 9 only when a word
   * in lower case follows it (Hitzig became, Harper heads off), never a possessive or a comma.
   */
  static final int LOOSE = Integer.getInteger("newswire.enModel.loose", 15);
  /** Margin a one-word chunk needs to type a run the rules left untyped (0 as before round 10: one word is the weakest call). */
  static final double RETYPE_SINGLE_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.retypeSingleMargin", "0"));
  /**
   * Margin a person of two to three words shaped like one ({@link #personShaped}) needs to type a run the rules left
   * untyped (round 12: Seth MacFarlane, Liu Heita, Sal Soghoian came out at -40 to -50, the rules had no cue).
   */
  static final double RETYPE_PERSON_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.retypePersonMargin", "-200"));
  /** Margin a one-word person (or a sentence's one-word opener) needs. */
  static final double ONE_PERSON_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.onePersonMargin", "20"));
  /** Margin a one-word place needs to be taken after a preposition alone, without a place cue (round 14). */
  static final double SURE_SINGLE_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.sureSingleMargin", "30"));
  /** Margin a one-word place needs to be taken with no cue at all (round 17: en-dev.conll's villages and towns). */
  static final double ALONE_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.aloneMargin", "90"));
  /** Margin an acronym after "the" needs to be a body (round 18; below it the r7 rule holds: the SPR is a thing). */
  static final double THE_ACRONYM_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.theAcronymMargin", "30"));
  /**
   * Round 23 (round 22b's lead): margin at which a one-word organisation the model is sure of passes the singleWord check
   * (ITV1, Guardian, Labour's, Nokia's: a letters-and-digit code or a possessive opener the check holds back). Organisations
   * only: round 22b's gate for every type let clubs named by their town through as places. At 70, on the 3,002 pool
   * dispatches outside the annotation files 22 mentions in 19 dispatches, 18 right and 4 wrong (exam names, a song, a
   * project's initials); English dev files +1 right mention, none lost; en-dev.conll unchanged.
   */
  static final double SURE_ORG_WORD_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.sureOrgWordMargin", "70"));
  /** Words after which even a very sure lone place is no place (round 14: the Valley, that Bangor). */
  private static final Set<String> NOT_ALONE_AFTER = StringSet.of("the", "a", "an", "that", "this", "these", "those");
  /** Prepositions (and a colon) after which a lone place at {@link #SURE_SINGLE_MARGIN} needs no other cue (round 14). */
  private static final Set<String> SURE_PLACE_BEFORE = StringSet.of("to", "of", "at", "over", "for", "on", "via", "around", "within",
      "beyond", "between", "under", "by", ":");
  /**
   * Margin a longer organisation or place needs to take the place of the shorter names inside it (round 10:
   * Atlantic City Railroad over the KB's Atlantic City, Iceland Air Defense Force over Iceland); 0 switches it off.
   */
  static final double CONTAIN_MARGIN = Double.parseDouble(System.getProperty("newswire.enModel.containMargin", "20"));
  /** Below the rules' typed names (0.6, 0.8), above their untyped runs (0.3). */
  static final double CONFIDENCE = 0.45;
  private static final Set<String> JOINERS = StringSet.of("of", "and", "&", "de", "for", "the", "du", "la", "von", "van", "al", "bin");

  /** Capitalised words that are no name: days, months, titles. A sentence with only these skips the model. */
  private static final Set<String> NOT_NAMES = StringSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "I",
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "The", "A", "An", "In", "On", "At", "But", "And", "We", "It", "He", "She",
      "They", "This", "That", "His", "Her", "Our", "Their");

  private final Supplier<PerceptronTagger> model;
  /**
   * {@code -Dnewswire.enModel.debug=true}: one stderr line per model chunk saying what became of it and why
   * (kept, retyped, or the check that dropped it), to trace what the whole step loses of the model's names
   * (docs/quality.md, English round 14). Off by default; a constant, so the checks below cost nothing then.
   */
  static final boolean TRACE = Boolean.getBoolean("newswire.enModel.debug");

  /** A trace line: outcome, chunk, type, margin, and the chunk with three words either side. */
  private static void trace(String why, String[] words, Chunk c, double margin) {
    System.err.println("TRACE\t" + why + "\t" + String.join(" ", Arrays.copyOfRange(words, c.start(), c.end())) + "\t" + c.type()
        + "\t" + (int) margin + "\t"
        + String.join(" ", Arrays.copyOfRange(words, Math.max(0, c.start() - 3), Math.min(words.length, c.end() + 3))));
  }

  private static String overlapDesc(FieldText f, int field, int start, int end, List<Candidate> candidates) {
    StringBuilder b = new StringBuilder();
    for (Candidate o : candidates) {
      if (o.field() == field && o.start() < end && start < o.end()) {
        b.append(o.type()).append('[').append(f.display(), o.start(), o.end()).append("]c").append(o.confidence()).append(' ');
      }
    }
    return b.toString();
  }

  public EnglishModelNames(Supplier<PerceptronTagger> model) {
    this.model = model;
  }

  public void load() {
    model.get();
  }

  /**
   * Retypes the untyped runs of {@code candidates} the model is sure of and adds the model's names that
   * overlap no candidate and no KB match; changes {@code candidates} in place.
   */
  public void apply(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    joinBranches(fields, matches, candidates);
    if (OFF) {
      return;
    }
    List<String[]> sentences = new ArrayList<>();
    List<List<Tokenizer.Token>> tokens = new ArrayList<>();
    List<FieldText> fieldOf = new ArrayList<>();
    List<NameMatch> openers = new ArrayList<>();
    for (FieldText f : fields) {
      if (f.isDateline() || f.analysis().mostlyUpperCase() || f.isHeadline() && TitleCase.isTitleCase(f.display())) {
        continue;
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        NameMatch opener = f.isHeadline() ? null : kbPlaceOpener(s, matches.get(f.index()));
        if (opener == null && !hasOpenName(s, f.index(), matches.get(f.index()), candidates)) {
          continue; // every capitalised word already typed by the KB or a rule: nothing for the model to do
        }
        openers.add(opener);
        sentences.add(Tokenizer.texts(s));
        tokens.add(s);
        fieldOf.add(f);
      }
    }
    if (sentences.isEmpty()) {
      return;
    }
    List<List<PerceptronTagger.ScoredChunk>> found = model.get().tagDocument(sentences);
    List<Candidate> added = new ArrayList<>();
    ModelSplitConjunctions.Spans spans = new ModelSplitConjunctions.Spans(); // the model's names beside "and", kept or not
    for (int i = 0; i < found.size(); i++) {
      String[] words = sentences.get(i);
      List<Tokenizer.Token> ts = tokens.get(i);
      int field = fieldOf.get(i).index();
      NameMatch opener = openers.get(i);
      if (opener != null && !chunkAtStart(found.get(i))) {
        // Round 24b: a KB place's name that is also a common word, opening the sentence before a lower-case word
        // (Male life expectancy, Reading habits): unless the model is sure of a name there (the margin a new one-word
        // name needs), the capital is the sentence's.
        removeInside(field, opener.start(), opener.end(), matches, candidates);
        if (TRACE) trace("kbOpenerDropped", words, new Chunk(0, 1, "LOC"), 0);
      }
      for (PerceptronTagger.ScoredChunk sc : found.get(i)) {
        EntityType type = NerTags.entityType(sc.chunk().type());
        Chunk c = sc.chunk();
        int n = c.end() - c.start();
        spans.add(fieldOf.get(i).display(), field, ts.get(c.start()).start(), ts.get(c.end() - 1).end(), type);
        // A one-word person is the model's weakest call (firms, bands, airlines): persons need two words.
        boolean onePerson = type == EntityType.PERSON && n == 1 && (LOOSE & 1) != 0 && sc.margin() >= ONE_PERSON_MARGIN
            // A sentence's opener: a new name below still needs a lower-case word after it (verbAfter); since round 10
            // one the rules hold as an untyped run is typed whatever follows but a possessive (Castro also, Cormann :).
            && (c.start() > 0 || (LOOSE & 2) != 0 && !fieldOf.get(i).isHeadline()
                && (!possessiveAfter(words, c.end()) || possessiveThenLower(words, c.end())))
            && onePersonContext(words, c.start())
            && coordinatedWithPerson(words, c.start(), found.get(i));
        String dropped = dropReason(type, words, c, onePerson, found.get(i), sc.margin());
        if (dropped == null && n == 1 && LetterCase.allUpperCase(words[c.start()]) && definedAsThing(fields, words[c.start()])) {
          dropped = "definedThing";
        }
        if (dropped != null) {
          if (TRACE) {
            trace(dropped, words, c, sc.margin());
          }
          continue;
        }
        if (type == EntityType.PERSON && n == 1 && whichAfter(words, c.end())) {
          type = EntityType.ORGANIZATION; // Matsushita, which makes ...: a person is "who"; a one-word name taking "which" is a body
        }
        int start = ts.get(c.start()).start();
        int end = ts.get(c.end() - 1).end();
        int same = -1;
        boolean overlaps = false;
        for (int k = 0; k < candidates.size(); k++) {
          Candidate o = candidates.get(k);
          if (o.field() == field && o.start() < end && start < o.end()) {
            overlaps = true;
            if (o.start() == start && o.end() == end && o.type() == EntityType.OTHER) {
              same = k;
            }
          }
        }
        boolean known = overlapsMatch(matches.get(field), start, end);
        if ((overlaps || known) && n >= 2 && CONTAIN_MARGIN > 0 && sc.margin() >= CONTAIN_MARGIN
            && (type == EntityType.ORGANIZATION || type == EntityType.PLACE)
            && !fieldOf.get(i).isHeadline() && containsOnlyLesserNames(field, start, end, matches, candidates)) {
          removeInside(field, start, end, matches, candidates);
          added.add(new Candidate(field, start, end, type, CONFIDENCE, false));
          continue;
        }
        if (same >= 0 && fieldOf.get(i).isHeadline() && openerBeforeSurname(fields, candidates, words, c, type)) {
          // "Dogged Federer claims ..." opening a headline, Roger Federer in the body: the opener is no given name, the
          // person is the surname alone (else "Federer" would name two people and the merger would join neither).
          int at = ts.get(c.start() + 1).start();
          Candidate o = candidates.get(same);
          candidates.set(same, new Candidate(field, at, end, EntityType.OTHER, o.confidence(), o.cued()));
          if (TRACE) trace("openerCut", words, c, sc.margin());
          continue;
        }
        if (same >= 0 && type == EntityType.PLACE && n >= 2 && demonymModifier(words[c.end() - 1], c.end() < ts.size() ? ts.get(c.end()).text() : null)) {
          if (TRACE) trace("demonym", words, c, sc.margin());
          continue; // the North American box office, South Korean film director: an adjective, no place (round 38b)
        }
        if (same >= 0) {
          // Round 14: a sentence's one-word opener needs ONE_PERSON_MARGIN whatever its type (Proceeds will be used: 6).
          double needs = n == 1 ? (c.start() == 0 ? Math.max(RETYPE_SINGLE_MARGIN, ONE_PERSON_MARGIN) : RETYPE_SINGLE_MARGIN) : type != EntityType.PERSON ? RETYPE_MARGIN
              : sc.margin() < RETYPE_SINGLE_MARGIN && personShaped(words, c) && !writtenInLowerCase(fields, words, c)
                  ? RETYPE_PERSON_MARGIN : RETYPE_SINGLE_MARGIN;
          if (sc.margin() >= needs && !known && !personWord(fields, candidates, fieldOf.get(i).display().substring(start, end))) {
            Candidate o = candidates.get(same);
            candidates.set(same, new Candidate(field, start, end, type, CONFIDENCE, o.cued()));
            if (TRACE) trace("RETYPED", words, c, sc.margin());
          } else if (TRACE) {
            trace(sc.margin() < needs ? "retypeMargin" : known ? "retypeKnown" : "retypePersonWord", words, c, sc.margin());
          }
          continue;
        }
        String notNew = known ? "kbOverlap" : overlaps ? "candOverlap" : sc.margin() < (n == 1 ? SINGLE_MARGIN : NEW_MARGIN) ? "newMargin"
            : c.start() == 0 && n == 1 && !((LOOSE & 2) != 0 && sc.margin() >= ONE_PERSON_MARGIN && type != EntityType.PLACE
                && !fieldOf.get(i).isHeadline() && (verbAfter(words, c.end()) || possessiveThenLower(words, c.end()))) ? "opener" : null;
        if (notNew != null) {
          if (TRACE) {
            trace(overlaps && !known ? notNew + ":" + overlapDesc(fieldOf.get(i), field, start, end, candidates) : notNew, words, c, sc.margin());
          }
          continue;
        }
        if (TRACE) trace("ADDED", words, c, sc.margin());
        added.add(new Candidate(field, start, end, type, CONFIDENCE, false));
      }
    }
    ModelSplitConjunctions.cut(fields, candidates, spans); // Corvane and Halden Motors: two names where the model reads two
    candidates.addAll(added);
  }

  /**
   * Round 10: what the chunk [start, end) overlaps lies wholly inside it and is shorter: KB places only (no
   * KB person or organisation), rule candidates only places or untyped runs with no cue and below the
   * structural confidence. Such a chunk is a longer name built on a place (a railway, a force, a park).
   */
  static boolean containsOnlyLesserNames(int field, int start, int end, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (NameMatch m : matches.get(field)) {
      if (m.start() < end && start < m.end()) {
        if (m.start() < start || m.end() > end || m.end() - m.start() >= end - start) {
          return false;
        }
        for (io.newswire.enrich.entities.match.AliasTarget t : m.targets()) {
          if (t.entity().type() != EntityType.PLACE) {
            return false;
          }
        }
      }
    }
    for (Candidate o : candidates) {
      if (o.field() == field && o.start() < end && start < o.end()) {
        boolean sameRun = o.start() == start && o.end() == end && o.type() == EntityType.OTHER;
        if (o.start() < start || o.end() > end || o.end() - o.start() >= end - start && !sameRun || o.cued()
            || o.type() != EntityType.PLACE && o.type() != EntityType.OTHER) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A body the KB knows, then one capitalised word the KB knows as a place (BBC Scotland), or a
   * nationality adjective, then a body of two words or more the KB knows (Scottish Conservative Party, American
   * Red Cross): one organisation of its own, a branch or a sister body, not the KB's. Mixed-case text only.
   */
  static void joinBranches(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (FieldText f : fields) {
      String d = f.display();
      if (f.isDateline() || f.analysis().mostlyUpperCase() || f.isHeadline() && TitleCase.isTitleCase(d)) {
        continue;
      }
      List<int[]> joins = null;
      for (NameMatch m : matches.get(f.index())) {
        int[] j = m.namesOnly(EntityType.ORGANIZATION) ? branchOf(d, matches.get(f.index()), m) : null;
        if (j != null) {
          if (joins == null) {
            joins = new ArrayList<>(2);
          }
          joins.add(j);
        }
      }
      if (joins == null) {
        continue;
      }
      for (int[] j : joins) {
        int a = j[0];
        int z = j[1];
        removeInside(f.index(), a, z, matches, candidates);
        candidates.removeIf(o -> o.field() == f.index() && o.start() < z && a < o.end());
        candidates.add(new Candidate(f.index(), a, z, EntityType.ORGANIZATION, 0.6, false));
      }
    }
  }

  /** {@link #joinBranches} for one KB body: the span of the longer body, or null. */
  private static int[] branchOf(String d, List<NameMatch> ms, NameMatch m) {
    int start = m.start();
    int end = m.end();
    if (end + 1 < d.length() && d.charAt(end) == ' ') {
      NameMatch place = matchAt(ms, end + 1);
      if (place != null && place.namesOnly(EntityType.PLACE) && d.substring(end + 1, place.end()).indexOf(' ') < 0
          && !capitalisedWordAt(d, place.end() + 1)) {
        end = place.end();
      }
    }
    if (end == m.end() && d.substring(m.start(), m.end()).indexOf(' ') > 0 && start > 1 && d.charAt(start - 1) == ' ') {
      int w = start - 1;
      while (w > 0 && Character.isLetter(d.charAt(w - 1))) {
        w--;
      }
      String adjective = d.substring(w, start - 1);
      if (adjective.length() > 2 && Character.isUpperCase(adjective.charAt(0)) && !NOT_NAMES.contains(adjective)
          && io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName(adjective) && nationalityShaped(adjective)
          && (w == 0 || !Character.isLetterOrDigit(d.charAt(w - 1)) && !capitalisedWordBefore(d, w))) {
        start = w;
      }
    }
    return start != m.start() || end != m.end() ? new int[] {start, end} : null;
  }

  /**
   * A word of the chunk is also written in lower case in the article (End Bush, Time Warner, Jupiter Research): a
   * common word, so a slogan's, firm's or title's rather than a person's. Asked only of the model's weak persons.
   */
  static boolean writtenInLowerCase(List<FieldText> fields, String[] words, Chunk c) {
    for (int k = c.start(); k < c.end(); k++) {
      if (writtenInLowerCase(fields, words[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case word {@code w} stands alone somewhere in the article's fields. */
  public static boolean writtenInLowerCase(List<FieldText> fields, String w) {
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(w); at >= 0; at = d.indexOf(w, at + 1)) {
        if (Fixtures.wholeWords(d, at, at + w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A run ending in a nationality adjective (American, Korean, Arabian, European, Japanese) right before a lower-case
   * word that is no function word: the adjective of a noun phrase (the North American box office), not a place.
   */
  public static boolean demonymModifier(String last, String next) {
    String w = last.toLowerCase(Locale.ROOT);
    return w.length() > 5 && (w.endsWith("ican") || w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese"))
        && adjectiveBeforeNoun(last, next);
  }

  /** A capitalised word right before a lower-case word that is no function word: an adjective, when its shape is one. */
  public static boolean adjectiveBeforeNoun(String last, String next) {
    return Character.isUpperCase(last.charAt(0)) && Character.isLowerCase(last.charAt(last.length() - 1))
        && next != null && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
        && !EnglishNameRecognizer.placeEndsBefore(next);
  }

  /** Scottish, Welsh, American, Iraqi, Japanese, Dutch: the endings of nationality adjectives (-ish is one of -sh). */
  private static boolean nationalityShaped(String w) {
    return w.endsWith("sh") || w.endsWith("an") || w.endsWith("ese") || w.endsWith("i") || w.endsWith("ch");
  }

  private static NameMatch matchAt(List<NameMatch> ms, int start) {
    for (NameMatch m : ms) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  /** A capitalised word starts at {@code i} (BBC Radio 4: Radio follows). */
  private static boolean capitalisedWordAt(String d, int i) {
    return i < d.length() && d.charAt(i - 1) == ' ' && Character.isUpperCase(d.charAt(i));
  }

  /** The word before the one at {@code w} (after one space) is capitalised: the adjective is inside a longer run. */
  private static boolean capitalisedWordBefore(String d, int w) {
    if (w < 2 || d.charAt(w - 1) != ' ') {
      return false;
    }
    int k = w - 2;
    while (k > 0 && Character.isLetter(d.charAt(k - 1))) {
      k--;
    }
    return Character.isUpperCase(d.charAt(k)) && k < w - 1;
  }

  /** Drops the KB matches and candidates inside [start, end) of the field. */
  private static void removeInside(int field, int start, int end, List<List<NameMatch>> matches, List<Candidate> candidates) {
    List<NameMatch> kept = new ArrayList<>(matches.get(field).size());
    for (NameMatch m : matches.get(field)) {
      if (!(start <= m.start() && m.end() <= end)) {
        kept.add(m);
      }
    }
    matches.set(field, kept);
    candidates.removeIf(o -> o.field() == field && start <= o.start() && o.end() <= end);
  }

  /**
   * Round 24b: the KB match naming places within a country only (no country) that is a body sentence's first word alone (a capital, then lower-case letters),
   * with a lower-case word after it (Male life expectancy): the capital says nothing there, so the model is asked; or null.
   */
  static NameMatch kbPlaceOpener(List<Tokenizer.Token> s, List<NameMatch> ms) {
    if (s.size() < 2) {
      return null;
    }
    Tokenizer.Token t = s.get(0);
    String w = t.text();
    String next = s.get(1).text();
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return null;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return null;
      }
    }
    for (NameMatch m : ms) {
      if (m.start() == t.start() && m.end() == t.end() && m.namesOnlyPlaces() && m.allWithinACountry()) {
        // a town or capital only: a country opening a sentence is its subject (Italy will visit)
        return m;
      }
    }
    return null;
  }

  /** The model is sure of a name at the sentence's first word. */
  private static boolean chunkAtStart(List<PerceptronTagger.ScoredChunk> chunks) {
    for (PerceptronTagger.ScoredChunk sc : chunks) {
      if (sc.chunk().start() == 0 && sc.margin() >= SINGLE_MARGIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence has a capitalised word after its first (days, months, pronouns aside) that no KB match and no typed candidate covers:
   * only such sentences go through the model (decoding is the step's main cost).
   */
  static boolean hasOpenName(List<Tokenizer.Token> s, int field, List<NameMatch> ms, List<Candidate> candidates) {
    boolean first = true; // the first word (after any opening quotation mark) is capitalised anyway
    for (int k = 0; k < s.size(); k++) {
      Tokenizer.Token t = s.get(k);
      if (t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      if (first) {
        first = false;
        // Round 14: an opener that is no common word, with a lower-case word after it (McGuinty says, Barra cites), is
        // open too: the model may name it (the opener rules below still decide).
        if (!openerOpen(s, k)) {
          continue;
        }
      }
      if (!Character.isUpperCase(t.text().charAt(0)) || NOT_NAMES.contains(t.text())) {
        continue;
      }
      boolean covered = false;
      for (NameMatch m : ms) {
        if (m.start() <= t.start() && t.end() <= m.end()) {
          covered = true;
          break;
        }
      }
      for (int c = 0; !covered && c < candidates.size(); c++) {
        Candidate o = candidates.get(c);
        covered = o.field() == field && o.type() != EntityType.OTHER && o.start() <= t.start() && t.end() <= o.end();
      }
      if (!covered) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first check a model chunk fails to be a name worth adding or retyping (its trace label), or null: no type,
   * not name-shaped, a lone person not sure enough, cut from a larger run, a contraction or common word alone, a
   * lone word without its cue, a plural place.
   */
  private static String dropReason(EntityType type, String[] words, Chunk c, boolean onePerson,
      List<PerceptronTagger.ScoredChunk> chunks, double margin) {
    int n = c.end() - c.start();
    if (type == null) {
      return "type";
    }
    if (!nameShaped(words, c)) {
      return "shape";
    }
    if (type == EntityType.PERSON && n < 2 && !onePerson) {
      return "onePerson";
    }
    if (insideLargerRun(words, c, chunks)) {
      return "insideRun";
    }
    if (n == 1 && contraction(words[c.start()])) {
      return "contraction";
    }
    if (n == 1 && io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName(words[c.start()])) {
      return "notAName";
    }
    if (n == 1 && !onePerson && !(type == EntityType.ORGANIZATION && margin >= SURE_ORG_WORD_MARGIN)
        && !singleWordName(words, c.start(), type, margin)) {
      return "singleWord";
    }
    if (n >= 2 && type != EntityType.PERSON && io.newswire.enrich.entities.names.EnglishNameRecognizer.noEntityTail(words[c.end() - 1])) {
      return "eventTail"; // round 17: the National Indoor Arena, the Sydney Open, Philippine Pesos: no entity here
    }
    return type == EntityType.PLACE && plural(words[c.end() - 1]) ? "plural" : null;
  }

  /**
   * Round 18: the article spells the acronym out in lower case before it ("its purchasing managers' index (PMI)"): the
   * initials of a measure or a thing, no body's (a body's name is capitalised before its brackets).
   */
  static boolean definedAsThing(List<FieldText> fields, String acronym) {
    String bracketed = "(" + acronym + ")";
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(bracketed); at >= 0; at = d.indexOf(bracketed, at + 1)) {
        int k = at - 1;
        while (k >= 0 && d.charAt(k) == ' ') {
          k--;
        }
        if (k >= 0 && (Character.isLowerCase(d.charAt(k)) || d.charAt(k) == '\'' && k > 0 && Character.isLowerCase(d.charAt(k - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The sentence's first word {@code s[k]} is capitalised, no common word, and a lower-case word follows it. */
  static boolean openerOpen(List<Tokenizer.Token> s, int k) {
    String w = s.get(k).text();
    if (k + 1 >= s.size() || !Character.isUpperCase(w.charAt(0)) || NOT_NAMES.contains(w)
        || io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName(w)) {
      return false;
    }
    String next = s.get(k + 1).text();
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
  }

  /** Every word capitalised (or a digit-free joining word inside), the first and last capitalised. */
  static boolean nameShaped(String[] words, Chunk c) {
    for (int k = c.start(); k < c.end(); k++) {
      String w = words[k];
      if (w.isEmpty()) {
        return false;
      }
      boolean upper = Character.isUpperCase(w.charAt(0));
      boolean edge = k == c.start() || k == c.end() - 1;
      if (!upper && (edge || !JOINERS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A piece of a longer name the model cut: a capitalised word right before or after the chunk (First
   * | National Bank), a coordination of names before it (Savings and | Loan Association), a ticker in
   * angle brackets, or a one-letter last word.
   */
  static boolean insideLargerRun(String[] words, Chunk c) {
    return insideLargerRun(words, c, List.of());
  }

  /**
   * {@link #insideLargerRun(String[], Chunk)}, where a coordination whose first member the model itself ends before
   * "and" with the same type (Friedrich and | Dorothea, Heydour and | Aisby; round 14) is two names, not one cut.
   */
  static boolean insideLargerRun(String[] words, Chunk c, List<PerceptronTagger.ScoredChunk> chunks) {
    int a = c.start();
    int b = c.end();
    if (a > 0 && capitalised(words[a - 1]) && a - 1 > 0
        // round 18: a person after a title, role or nationality (Prime Minister | Albert Reynolds, Canadian | Eugenie
        // Bouchard) is the whole name, not a piece the model cut from a longer one
        && !(NerTags.entityType(c.type()) == EntityType.PERSON && EnglishNameRecognizer.titleRoleOrCommon(words[a - 1]))) {
      return true;
    }
    if (b < words.length && capitalised(words[b])) {
      return true;
    }
    if (a > 1 && (words[a - 1].equals("and") || words[a - 1].equals("&")) && capitalised(words[a - 2]) && !chunkEndsAt(chunks, a - 1, c.type())) {
      return true;
    }
    if (a > 0 && words[a - 1].equals("<") || words[b - 1].length() == 1) {
      return true;
    }
    return false;
  }

  /** The model has a chunk of the same type ending at {@code end} (FC Cologne ORG and Bayer Leverkusen PER: no pair). */
  private static boolean chunkEndsAt(List<PerceptronTagger.ScoredChunk> chunks, int end, String type) {
    for (PerceptronTagger.ScoredChunk o : chunks) {
      if (o.chunk().end() == end && o.chunk().type().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One word is the model's weakest call. A place needs "in" before it (the model calls clubs and firms
   * after their town: at Chelsea, against Roma); an organisation is an acronym (NBC, GSK; not after "the") or a word that
   * is neither a nationality (Colombian) nor a rating or compound in lower case (CCC-plus), and not the
   * first word of its sentence unless a lower-case word follows it (Tesco under pressure; round 9).
   */
  static boolean singleWordName(String[] words, int i, EntityType type) {
    return singleWordName(words, i, type, 0);
  }

  /** {@link #singleWordName(String[], int, EntityType)}; a place at {@link #SURE_SINGLE_MARGIN} or more needs no cue word. */
  static boolean singleWordName(String[] words, int i, EntityType type, double margin) {
    String w = words[i];
    if (type == EntityType.PLACE && i > 0 && margin >= SURE_SINGLE_MARGIN && SURE_PLACE_BEFORE.contains(words[i - 1])) {
      return true; // round 14: a place the model is sure of after any preposition (to Harrison, of Labasa, at Mouchak)
    }
    if (type == EntityType.PLACE && margin >= ALONE_MARGIN && (i == 0 || !capitalised(words[i - 1]) && !NOT_ALONE_AFTER.contains(words[i - 1]))
        && (i + 1 == words.length || !capitalised(words[i + 1]))) {
      // Round 17: a place the model is very sure of needs no cue (Rotherham child abuse, between Heydour and Aisby),
      // when no capitalised word touches it (First Boston is a bank) and no determiner or "that" comes before it
      // (the Valley, that Bangor: round 14's clubs and landmarks).
      return true;
    }
    if (type == EntityType.PLACE) {
      if ((LOOSE & 4) != 0 && i > 0) {
        String b = words[i - 1];
        // "Charlottesville, Virginia)": a region after a town closes the phrase (not "Telecom, Essar which ...").
        return b.equals("in") || b.equals("from") || b.equals("near") || b.equals("into") || b.equals("across") || b.equals("towards")
            || b.equals("outside") || b.equals("throughout")
            || b.equals(",") && i > 1 && capitalised(words[i - 2]) && (i + 1 == words.length || !Character.isLetterOrDigit(words[i + 1].charAt(0)));
      }
      return i > 0 && words[i - 1].equals("in");
    }
    if (LetterCase.allUpperCase(w)) {
      // "the SPR", "the CIF price": an acronym after "the" the KB does not know is more often a thing than a
      // body (also with a function word after it: "the SPR was", r7).
      // Round 18: unless the model is sure of it (the RIAA, the MAAA: bodies the KB lacks, at 38 to 91).
      return w.length() >= 2 && w.length() <= 5 && !(i > 0 && words[i - 1].equalsIgnoreCase("the") && margin < THE_ACRONYM_MARGIN);
    }
    if ((LOOSE & 8) != 0 && code(w)) {
      return false; // MH17, A380: a flight or a model, no body
    }
    if (i == 0 && !((LOOSE & 2) != 0 && verbAfter(words, 1)) || w.indexOf('-') >= 0 || w.endsWith("ian") || w.endsWith("ean")
        || w.endsWith("ese") || w.endsWith("ish")) {
      return false;
    }
    return true;
  }

  /**
   * A lone capitalised word the model calls a person, in a context a person can have: not an acronym or a
   * nationality (Libyan), not after a possessive (Germany's Lufthansa: a firm or a team) or "the" (the
   * Hammers), not before "&amp;" (Belle &amp; Sebastian) or "which" (Essar, which ...), not opening a list
   * after "include" / "such as" (brands include Buick, Cadillac and ...).
   */
  static boolean onePersonContext(String[] words, int i) {
    String w = words[i];
    if (LetterCase.allUpperCase(w) || w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish") || w.indexOf('-') >= 0) {
      return false;
    }
    if (i > 0) {
      String b = words[i - 1];
      boolean possessive = b.endsWith("'s") || b.endsWith("\u2019s") || b.equals("'") || b.equals("\u2019")
          || b.equals("s") && i > 1 && (words[i - 2].equals("'") || words[i - 2].equals("\u2019"));
      if (possessive || b.equalsIgnoreCase("the") || b.equals("include")
          || b.equals("includes") || b.equals("including") || b.equals("as")) {
        return false;
      }
    }
    if (i + 1 < words.length) {
      String a = words[i + 1];
      if (a.equals("&") || a.equals("which")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "X and Y" with a capitalised Y: a lone person X needs the model to call Y a person too (Friedrich and
   * Dorothea), else the pair is more often two bands, firms or teams (beat Travis and Idlewild).
   */
  static boolean coordinatedWithPerson(String[] words, int i, List<PerceptronTagger.ScoredChunk> chunks) {
    if (i + 2 < words.length && (words[i + 1].equals("and") || words[i + 1].equals("or")) && capitalised(words[i + 2])) {
      for (PerceptronTagger.ScoredChunk o : chunks) {
        if (o.chunk().start() == i + 2 && NerTags.entityType(o.chunk().type()) == EntityType.PERSON) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * Two or three words each written as a name (a capital, then lower-case letters, an apostrophe or hyphen, one
   * inner capital as in MacFarlane), none a body's or place's word (Library, County) or a day or nationality, not
   * after "the": the shape of a person's name rather than a firm's, a building's or a product's.
   */
  static boolean personShaped(String[] words, Chunk c) {
    int n = c.end() - c.start();
    if (n < 2 || n > 3 || c.start() > 0 && words[c.start() - 1].equalsIgnoreCase("the")) {
      return false;
    }
    for (int k = c.start(); k < c.end(); k++) {
      String w = words[k];
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals("Vs") || io.newswire.enrich.entities.names.EnglishNameRecognizer.bodyOrPlaceWord(w)
          || io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName(w)) {
        return false;
      }
      int capitals = 0;
      for (int j = 1; j < w.length(); j++) {
        char ch = w.charAt(j);
        if (Character.isUpperCase(ch)) {
          capitals++;
        } else if (!Character.isLowerCase(ch) && ch != '\'' && ch != '\u2019' && ch != '-') {
          return false;
        }
      }
      if (capitals > 1 || capitals == 1 && w.length() < 4) {
        return false;
      }
    }
    return true;
  }

  /** The word after a sentence's one-word opener is in lower case (a verb, an adverb): not 's, a comma or a name. */
  static boolean verbAfter(String[] words, int i) {
    return i < words.length && !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))
        && !words[i].equals("and") && !words[i].equals("or") && !words[i].equals("s");
  }

  /**
   * Round 15: a possessive, then a word in lower case (Cameron's call): a person opening a sentence owns a common noun
   * as surely as he comes before a verb; not before a capitalised word (Keane's Hopes and Fears, a title). Persons only:
   * a lone organisation opener still needs a verb (round 9: Kestrel's shares).
   */
  static boolean possessiveThenLower(String[] words, int i) {
    if (!possessiveAfter(words, i)) {
      return false;
    }
    boolean mark = words[i].equals("'") || words[i].equals("\u2019");
    int next = mark && i + 1 < words.length && words[i + 1].equals("s") ? i + 2 : i + 1;
    return next < words.length && !words[next].isEmpty() && Character.isLowerCase(words[next].charAt(0));
  }

  /** The word after is a possessive ('s, or ' then s): the round-8 band (Keane's Hopes and Fears). */
  static boolean possessiveAfter(String[] words, int i) {
    if (i >= words.length) {
      return false;
    }
    String w = words[i];
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019") || w.equals("s");
  }

  /** A pronoun's contraction opening a quotation or sentence (We've, I'd, They're, Don't): no name. */
  public static boolean contraction(String w) {
    int a = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
    if (a <= 0 || a == w.length() - 1) {
      return false;
    }
    String tail = w.substring(a + 1);
    return tail.equals("ve") || tail.equals("d") || tail.equals("ll") || tail.equals("re") || tail.equals("m")
        || tail.equals("t") && w.charAt(a - 1) == 'n';
  }

  /**
   * A two-word person chunk that opens its sentence, whose first word is no given name and whose second is a word of a
   * longer person the rules found (Dogged Federer beside Roger Federer). Asked of headlines only: in the body such a chunk was
   * a second person of the same surname whose given name the list lacks (Euan Murray beside another Murray).
   */
  private static boolean openerBeforeSurname(List<FieldText> fields, List<Candidate> candidates, String[] words, Chunk c, EntityType type) {
    return type == EntityType.PERSON && c.start() == 0 && c.end() - c.start() == 2
        && !GivenNames.english().contains(words[0].toLowerCase(Locale.ROOT))
        && personWord(fields, candidates, words[1]) && !writtenInBody(fields, words[0] + " " + words[1]);
  }

  /** The body writes the two words together (Youssou N'Dour in the headline and the body): the opener is the given name. */
  private static boolean writtenInBody(List<FieldText> fields, String pair) {
    for (FieldText f : fields) {
      if (!f.isHeadline()) {
        String t = f.display();
        for (int at = t.indexOf(pair); at >= 0; at = t.indexOf(pair, at + 1)) {
          int end = at + pair.length();
          if ((at == 0 || !Character.isLetter(t.charAt(at - 1))) && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** ", which" right after the chunk. */
  public static boolean whichAfter(String[] words, int end) {
    return end + 1 < words.length && words[end].equals(",") && words[end + 1].equals("which");
  }

  /** Letters then digits (MH17, F16, A380): a code. */
  static boolean code(String w) {
    return w.length() > 1 && Character.isLetter(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1));
  }

  /** A plural last word (Rollers, Brothers): a band's or a firm's name, not a place the KB lacks. */
  static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }

  /** The word is the given or family name of a person the rules found (Applegate after Christina Applegate). */
  private static boolean personWord(List<FieldText> fields, List<Candidate> candidates, String word) {
    for (Candidate o : candidates) {
      if (o.type() == EntityType.PERSON && o.end() - o.start() > word.length()) {
        String name = fields.get(o.field()).display().substring(o.start(), o.end());
        int at = name.indexOf(word);
        if (at >= 0 && (at == 0 || name.charAt(at - 1) == ' ')
            && (at + word.length() == name.length() || name.charAt(at + word.length()) == ' ')) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean overlapsMatch(List<NameMatch> ms, int start, int end) {
    for (NameMatch m : ms) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
