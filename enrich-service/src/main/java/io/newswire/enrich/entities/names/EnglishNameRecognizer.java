package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.Titles;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.link.UsStates;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English names the knowledge base lacks: runs of capitalised words (joined by of, for, de, &amp;) typed
 * by evidence. An organisation word inside (Bank, Council, Inc) makes an organisation; a place word at
 * the end (County, Islands), "X-based" or a preposition (in, at) a place; a given name first, a title
 * or role word before (Mr, economist), a reporting verb after (said), an age, "who" or a role in
 * apposition (", 45," ", who" ", a retail analyst") a person. Untyped runs are kept as OTHER, which survive only as a
 * surname of a person named in full (PartialNameMerger). Sentence openers count only when the word is
 * never written in lower case in the article; Title Case and capitals headlines only repeat names the
 * body typed.
 */
public final class EnglishNameRecognizer implements NameRecognizer {
  /** Typed by a word of the name itself: strong enough to win over a KB place nested inside. */
  public static final double STRUCTURAL = 0.8;
  private static final double TYPED = 0.6;
  private static final double UNTYPED = 0.3;

  private final Set<String> givenNames = GivenNames.english();
  private final Set<String> org;
  private final Set<String> placeTail;
  private final Set<String> placeBefore;
  private final Set<String> placeOf;
  private final Set<String> roles;
  private final Set<String> reporting;
  private final Set<String> notName;
  private final Set<String> orgBefore;
  private final Set<String> openers;
  private final Set<String> titles = new HashSet<>();

  /** {@code en-cues.txt}, read once for the static lists and every recognizer (its sets are immutable). */
  private static final CueLists EN_CUES = CueLists.load("/entities/en-cues.txt");

  /** The not-name words of {@code en-cues.txt} (days, months, nationalities), for the model's one-word names. */
  private static final Set<String> NOT_NAME_WORDS = EN_CUES.get("not-name");

  /** Organisation and place words of {@code en-cues.txt} (Library, County, Harbor), for the model's persons. */
  private static final Set<String> BODY_OR_PLACE_WORDS = bodyOrPlaceWords();

  private static Set<String> bodyOrPlaceWords() {
    Set<String> out = new HashSet<>(EN_CUES.get("org"));
    out.addAll(EN_CUES.get("place-tail"));
    return StringSet.copyOf(out);
  }

  /** An organisation head or tail word of {@code en-cues.txt}'s [org] list (Parliament, Council, Bank): never a place. */
  public static boolean organisationWord(String word) {
    return EN_CUES.get("org").contains(word.toLowerCase(Locale.ROOT));
  }

  /** A head or tail word of an organisation or a place (Library, Council, County, Harbor). */
  public static boolean bodyOrPlaceWord(String word) {
    return BODY_OR_PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The last word of a run that names no entity here (round 17): an event (Norwich Union Grand Prix, French
   * Open, Davis Cup), a venue (National Indoor Arena, Millennium Stadium), a currency named by its country
   * (Philippine Pesos, Swiss Francs; a currency holds no place, as "U.S. dlrs" does not) or a law (round 21: Finance Bill).
   */
  public static boolean noEntityTail(String lastWord) {
    String w = lastWord.toLowerCase(Locale.ROOT);
    return EVENT_TAIL.contains(w) || VENUE_TAIL.contains(w) || CURRENCY.contains(w) || LAW_TAIL.contains(w);
  }

  /**
   * Round 22: a currency word (dollar, dlrs) or a capitalised event's last word (Open, Cup, Awards), words a place before one
   * only qualifies; an event word in lower case or in capitals leaves the place (the Bangkok festival, the UK open to ...).
   */
  public static boolean currencyOrEventWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CURRENCY.contains(w) || EVENT_TAIL.contains(w) && Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT)); // JAPAN OPEN MARKETS: a capitals headline's verb
  }

  /** Personal titles that cut a run (Mr, President, Sheikh) besides the KB's: the constructor's fixed ones. */
  private static final Set<String> FIXED_TITLES = StringSet.of("mr", "mrs", "ms", "dr", "president", "minister", "senator", "sheikh",
      "king", "prince", "queen", "princess", "emir", "chancellor", "sir", "lord", "lady", "pope", "commissioner", "chairman",
      "judge", "ambassador", "governor", "professor", "prof");

  /**
   * A word that opens or qualifies a name without being one (round 18): a title or role (Minister, Coach), a sentence
   * opener or function word, a day, month or nationality.
   */
  public static boolean titleRoleOrCommon(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FIXED_TITLES.contains(w) || EN_CUES.get("role").contains(w) || EN_CUES.get("opener").contains(w)
        || NOT_NAME_WORDS.contains(w);
  }

  /** A function word or adverb of {@code en-cues.txt}'s [opener] list (If, But, When, Yesterday): it opens sentences, not names. */
  public static boolean openerWord(String word) {
    return EN_CUES.get("opener").contains(word.toLowerCase(Locale.ROOT));
  }

  /** A personal title or a rank (President, Judge, General): the recognizer takes the capitalised word after it for a person. */
  public static boolean titleOrRank(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FIXED_TITLES.contains(w) || RANKS.contains(w);
  }

  /** A day, month or nationality word (Kazakh, Briton): never a name on its own. */
  public static boolean notAName(String word) {
    return NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  public EnglishNameRecognizer(Titles kbTitles) {
    CueLists cues = EN_CUES;
    org = cues.get("org");
    placeTail = cues.get("place-tail");
    placeBefore = cues.get("place-before");
    placeOf = cues.get("place-of");
    roles = cues.get("role");
    reporting = cues.get("reporting");
    notName = cues.get("not-name");
    orgBefore = cues.get("org-before");
    openers = cues.get("opener");
    // One-word titles of every office and personal title (Mr, President, Sheikh): a run is cut there.
    List<String> words = new ArrayList<>(kbTitles.words("cue", "en"));
    kbTitles.roles().forEach((role, byLang) -> words.addAll(byLang.getOrDefault("en", List.of())));
    for (String w : words) {
      String k = w.toLowerCase(Locale.ROOT);
      if (k.indexOf(' ') < 0) {
        titles.add(k.endsWith(".") ? k.substring(0, k.length() - 1) : k);
      }
    }
    titles.addAll(FIXED_TITLES);
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    LowerCaseWords lowerWords = new LowerCaseWords(fields);
    List<Candidate> out = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    List<FieldText> repeatOnly = new ArrayList<>();
    for (FieldText f : fields) {
      if (f.isHeadline() && TitleCase.isTitleCase(f.display())) {
        repeatOnly.add(f);
        continue;
      }
      if (f.isDateline()) {
        datelinePlaces(f, found);
        continue;
      }
      for (List<Token> s : joinInitials(f.sentences())) {
        new Sentence(f, s, lowerWords, found).scan();
      }
    }
    for (FieldText f : fields) {
      if (!f.isDateline()) {
        webFirms(f, found);
        partyStates(f, found);
      }
    }
    Fixtures.retype(found);
    Fixtures.results(found);
    Fixtures.scoreLines(found);
    Fixtures.clubCues(found, fields, lowerWords);
    BandCues.mark(found, lowerWords); // indie band Harrow Lights, Velvetines frontman: the band
    NameRepeats.retype(found);
    for (FieldText f : repeatOnly) {
      NameRepeats.findIn(f, found);
      if (f.isHeadline()) {
        capsFirms(f, found);
      }
    }
    for (Found x : found) {
      out.add(x.candidate());
    }
    return out;
  }

  /**
   * The shared tokenization ends a sentence at every full stop, so "Martin R. Shugrue said" comes in
   * two pieces: a sentence that ends with a given name and an initial is joined to the next one when
   * that opens with a capital. The list is returned as it is when no sentence ends so (the usual case).
   */
  List<List<Token>> joinInitials(List<List<Token>> sentences) {
    List<List<Token>> out = null;
    for (int k = 0; k < sentences.size(); k++) {
      List<Token> s = sentences.get(k);
      boolean join = k + 1 < sentences.size() && (endsWithInitial(s) && capitalised(sentences.get(k + 1).get(0).text())
          || FirmInitialsStop.joins(s, sentences.get(k + 1)));
      if (join && out == null) {
        out = new ArrayList<>(sentences.subList(0, k));
      }
      if (join) {
        List<Token> joined = new ArrayList<>(s);
        joined.addAll(sentences.get(++k));
        while (k + 1 < sentences.size() && endsWithInitial(joined) && capitalised(sentences.get(k + 1).get(0).text())) {
          joined.addAll(sentences.get(++k)); // George H. W. Bush
        }
        out.add(joined);
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? sentences : out;
  }

  /** "... Martin R ." : a single capital after a given name (or another initial), then the full stop. */
  private boolean endsWithInitial(List<Token> s) {
    int n = s.size();
    if (n < 3 || !s.get(n - 1).text().equals(".") || !isInitial(s.get(n - 2).text())) {
      return false;
    }
    return givenOrInitial(s.get(n - 3).text());
  }

  /** A given name or another initial: the word a middle initial stands after (Martin R., George H. W.). */
  private boolean givenOrInitial(String word) {
    return givenNames.contains(lower(word)) || isInitial(word);
  }

  static boolean isInitial(String t) {
    return t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && t.charAt(0) != 'I' && t.charAt(0) != 'A';
  }

  /** Last words of a firm's name, as written (round 46: two firms around "and"). */
  private static final Set<String> FIRM_TAIL = StringSet.of("Brothers", "Corp", "Corporation", "Inc", "Co", "Ltd", "Group",
      "Holdings", "Industries", "Securities", "plc", "PLC", "Company", "Partners");

  /** Regnal numbers that may end a person's name (Henry VIII, Pope John XXIII); other capitals there do not. */
  private static final Set<String> REGNAL = StringSet.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV",
      "XV", "XVI", "XXIII");

  /**
   * Legal forms that close a firm's name: an "of" after them names where the firm is (Inc of Tokyo, Ltd of Japan).
   * Not Co, Corp or Company, which a name may carry before its "of" (Trust Co of Washington, Corp of America).
   */
  private static final Set<String> ENDS_A_FIRM = StringSet.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "AG", "SA", "NV",
      "GmbH", "Limited", "Incorporated");

  /** Words in capitals that end a firm's name in a headline only when the name opens it. */
  private static final Set<String> CAPS_NOT_IN_FIRM = StringSet.of("TO", "FOR", "IN", "ON", "AT", "BY", "FROM", "WITH", "SAYS", "SEES");

  /**
   * "ACME TOOL INC <ACT> 2ND QTR NET", "CORRECTED - ACME TOOL CORP SETS PAYOUT": in a headline in capitals, the
   * capitalised words that open it (or follow a dash or colon) up to a firm suffix in capitals are the firm,
   * also when the body never repeats its name (results tables). A span another rule found is left alone.
   */
  private static void capsFirms(FieldText f, List<Found> found) {
    for (List<Token> s : f.sentences()) {
      int start = 0;
      for (int k = 0; k < s.size(); k++) {
        String t = s.get(k).text();
        if (!Character.isLetter(t.charAt(0))) {
          start = t.equals("-") || t.equals(":") || t.equals("--") ? k + 1 : -1;
          continue;
        }
        if (start < 0 || !capitalised(t) || !t.equals(t.toUpperCase(Locale.ROOT)) || CAPS_NOT_IN_FIRM.contains(t)
            || k - start > 5) {
          start = -1;
          continue;
        }
        // GOODYEAR <GT> CHAIRMAN ...: the words that open the headline right before a ticker are the firm
        boolean ticker = k + 1 < s.size() && s.get(k + 1).text().startsWith("<") && k - start < 3;
        if ((k > start && isCapsFirmSuffix(t)) || ticker) {
          while (!ticker && k + 1 < s.size() && isCapsFirmSuffix(s.get(k + 1).text())) {
            k++; // BROWN TRANSPORT CO INC: both legal forms are the name's (round 53)
          }
          int a = s.get(start).start();
          int z = s.get(k).end();
          boolean taken = false;
          for (Found o : found) {
            // a repeat of a shorter body name inside it gives way (ENFIELD in ENFIELD CORP): the suffix is the firm's
            taken |= o.field() == f && o.start() < z && a < o.end() && (o.start() < a || o.end() > z || o.type() != EntityType.ORGANIZATION);
          }
          if (!taken) {
            found.removeIf(o -> o.field() == f && o.start() >= a && o.end() <= z);
            String[] w = new String[k + 1 - start];
            for (int j = start; j <= k; j++) {
              w[j - start] = lower(s.get(j).text());
            }
            found.add(new Found(f, a, z, EntityType.ORGANIZATION, STRUCTURAL, false, w));
          }
          start = -1;
        }
      }
    }
  }

  /** Web addresses that name a firm in the text (Amazon.com, Lastminute.co.uk): the part of the sentence tokens miss. */
  private static final List<String> WEB_ENDINGS = List.of(".com", ".co.uk", ".net");

  /**
   * Round 18: a capitalised word written together with a web ending (Amazon.com, Expedia.co.uk) is a firm, the
   * ending included; the shared tokens end a sentence at its full stop, so no run holds it whole. Runs found inside
   * it give way.
   */
  private static void webFirms(FieldText f, List<Found> found) {
    String d = f.display();
    for (String ending : WEB_ENDINGS) {
      for (int at = d.indexOf(ending); at > 0; at = d.indexOf(ending, at + 1)) {
        int z = at + ending.length();
        if (z < d.length() && Character.isLetterOrDigit(d.charAt(z)) || !Character.isLetterOrDigit(d.charAt(at - 1))) {
          continue;
        }
        int a = at;
        while (a > 0 && Character.isLetterOrDigit(d.charAt(a - 1))) {
          a--;
        }
        if (!Character.isUpperCase(d.charAt(a)) || a > 0 && (d.charAt(a - 1) == '.' || d.charAt(a - 1) == '@' || d.charAt(a - 1) == '/')) {
          continue; // lower case, or inside a longer address (www.X.com, a mailbox, a path)
        }
        int start = a;
        found.removeIf(o -> o.field() == f && o.start() < z && start < o.end());
        found.add(new Found(f, a, z, EntityType.ORGANIZATION, STRUCTURAL, false, new String[] {lower(d.substring(a, at))}));
      }
    }
  }

  /**
   * Round 53: a US lawmaker's party and state after his name, "Dan Glickman, D-Kan., said", "Rep. Charles Stenholm
   * (R-Tex)": the state's abbreviation is the state, a place in the annotations (r22's D-Mich), the party letter
   * nothing. The shared tokens end a sentence at the abbreviation's stop, so no run sees it; only after a comma or an
   * opening bracket and only a state's own abbreviation, closed by punctuation or a space.
   */
  private static void partyStates(FieldText f, List<Found> found) {
    String d = f.display();
    for (int at = d.indexOf('-', 1); at > 0; at = d.indexOf('-', at + 1)) {
      char party = d.charAt(at - 1);
      boolean opened = at >= 2 && d.charAt(at - 2) == '(' || at >= 3 && d.startsWith(", ", at - 3);
      if (party != 'D' && party != 'R' || !opened) {
        continue;
      }
      int a = at + 1;
      int z = a;
      while (z < d.length() && (Character.isLetter(d.charAt(z)) || d.charAt(z) == '.')) {
        z++;
      }
      int e = z > a && d.charAt(z - 1) == '.' ? z - 1 : z; // the closing stop stays outside, as the files write Mich
      if (e == a || UsStates.name(d.substring(a, e)) == null
          || z < d.length() && ",) ".indexOf(d.charAt(z)) < 0 && !Character.isWhitespace(d.charAt(z))) {
        continue;
      }
      found.removeIf(o -> o.field() == f && o.start() < e && a < o.end());
      found.add(new Found(f, a, e, EntityType.PLACE, TYPED, false, new String[] {lower(d.substring(a, e))}));
    }
  }

  /** "SAN FRANCISCO, March 5", "DEERFIELD, Ill., March 3": the parts before the date are places. */
  private void datelinePlaces(FieldText f, List<Found> found) {
    String d = f.display();
    int start = 0;
    while (start < d.length()) {
      int comma = d.indexOf(',', start);
      int end = comma < 0 ? d.length() : comma;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(d.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(d.charAt(e - 1))) {
        e--;
      }
      String part = d.substring(s, e);
      if (part.isEmpty() || !capitalised(part) || part.chars().anyMatch(Character::isDigit)
          || notName.contains(lower(part.split(" ")[0]))) {
        return;
      }
      found.add(new Found(f, s, e, EntityType.PLACE, TYPED, false, lower(part).split(" ")));
      start = end + 1;
    }
  }

  /** A candidate plus its lower-cased words (for repeats in headlines and acronyms). */
  record Found(FieldText field, int start, int end, EntityType type, double confidence, boolean cued, String[] words) {
    Candidate candidate() {
      return new Candidate(field.index(), start, end, type, confidence, cued);
    }

    Found withType(EntityType t, double c) {
      return new Found(field, start, end, t, c, cued, words);
    }
  }

  /** The runs of one sentence. */
  private final class Sentence {
    private final FieldText field;
    private final List<Token> s;
    private final LowerCaseWords lowerWords;
    private final List<Found> out;

    /** A headline in capitals (GENERAL HOST CORP SEES LOSS): its firm suffixes are in capitals too. */
    private final boolean capsHeadline;

    Sentence(FieldText field, List<Token> s, LowerCaseWords lowerWords, List<Found> out) {
      this.field = field;
      this.s = s;
      this.lowerWords = lowerWords;
      this.out = out;
      this.capsHeadline = field.isHeadline() && field.analysis().mostlyUpperCase();
    }

    /** The sentence's tokens lower-cased, filled as the rules ask: most rules lower the same few tokens again. */
    private String[] lowered;

    /** {@link EnglishNameRecognizer#lower} of token {@code k}, made once per sentence. */
    private String low(int k) {
      if (lowered == null) {
        lowered = new String[s.size()];
      }
      String l = lowered[k];
      if (l == null) {
        l = lower(s.get(k).text());
        lowered[k] = l;
      }
      return l;
    }

    /**
     * After "Minister of": the portfolio (Mines and Energy, Finance, Foreign Affairs: its words only, joined by
     * "and" or "&amp;") then one to three other capitalised words, the holder's name: where the name starts, or -1.
     */
    private int afterPortfolio(int p, int b) {
      int q = p;
      int last = -1;
      while (q < b) {
        String t = s.get(q).text();
        if (PORTFOLIO.contains(low(q))) {
          last = q;
        } else if (!(q > p && (t.equals("and") || t.equals("&")))) {
          break;
        }
        q++;
      }
      if (last < 0 || q != last + 1 || b - q < 1 || b - q > 3) {
        return -1;
      }
      for (int k = q; k < b; k++) {
        if (!capitalised(s.get(k).text()) || notName.contains(low(k))) {
          return -1;
        }
      }
      return q;
    }

    /**
     * Round 55: a committee's "on" and its topic among the run's tokens [{@code from}, {@code to}): an "and" after them
     * joins the topic's words (the Parliamentary Group on Betting and Gaming), not two names.
     */
    boolean topicBefore(int from, int to) {
      for (int k = from + 1; k + 1 < to; k++) {
        if (s.get(k).text().equals("on") && BodyTopics.joins(s.get(k - 1).text(), s.get(k + 1).text())) {
          return true;
        }
      }
      return false;
    }

    /** A lower-case "of" or "for" among the run's tokens [{@code from}, {@code to}): the run's name has a complement. */
    boolean complementBefore(int from, int to) {
      for (int k = from + 1; k < to; k++) {
        String t = s.get(k).text();
        if (t.equals("of") || t.equals("for")) {
          return true;
        }
      }
      return false;
    }

    void scan() {
      int i = 0;
      while (i < s.size()) {
        String t = s.get(i).text();
        if (basedPlace(i)) {
          i++;
          continue;
        }
        int amp = ampersandInitials(i);
        if (amp > i) {
          // S&N, AT&T, P&O: capitals joined by an ampersand with no space are a firm's or a body's initials
          add(a(i), z(amp - 1), EntityType.ORGANIZATION, TYPED, false, new String[] {lower(spelled(i, amp))});
          i = amp;
          continue;
        }
        if (!startsName(t)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < s.size()) {
          String n = s.get(end).text();
          if (basedOrBorn(n)) {
            break;
          }
          if (capitalised(n)) {
            end++;
            if (capsHeadline && isCapsFirmSuffix(n)) {
              break; // ACME TOOL INC <ACT> 2ND QTR NET: the firm's name ends at its suffix, the rest is the story
            }
          } else if (n.equals("for") && Constituencies.memberBeforeFor(s.get(end - 1).text())) {
            break; // the Labour MP for Birkenhead: the party and the member's word, then the seat apart
          } else if (n.equals("on") && end + 1 < s.size() && capitalised(s.get(end + 1).text())
              && BodyTopics.joins(s.get(end - 1).text(), s.get(end + 1).text())) {
            end += 2; // the Parliamentary Group on Betting and Gaming: a committee's topic is part of its name
          } else if (isConnector(n) && end + 1 < s.size() && capitalised(s.get(end + 1).text())) {
            if (n.equals("of") && isFirmSuffix(s.get(end - 1).text()) && stateAfter(end + 1)) {
              break; // Crestline Baking Co of Tacoma, Wash.: the firm, then its town
            }
            end += 2;
          } else if (isConnector(n) && end + 2 < s.size() && s.get(end + 1).text().equals("the")
              && capitalised(s.get(end + 2).text()) && (!isAnd(n) || complementBefore(i, end) && !bodyHeadEnds(end + 2))) {
            // Commission for Latin America and the Caribbean: "and the" inside an of/for complement. Round 27: else it
            // joins two names ("the Harwell Exchange and the Kestrel Foundation"): the run ends
            // before "and".
            end += 3;
          } else if (n.equals(".") && end + 1 < s.size() && FirmInitialsStop.inside(s.get(end - 1).text(), s.get(end + 1).text())) {
            end += 2; // J.P. Industries, B.C. Resources: the initials' full stop is inside the firm's name
          } else if (n.equals(".") && isInitial(s.get(end - 1).text()) && end + 1 < s.size()
              && capitalised(s.get(end + 1).text()) && (givenNames.contains(low(i)) || initialAfterGivenName(i, end))) {
            // Martin R. Shugrue: the initial's full stop is inside the name; so after a title or office that opens the run
            // (Secretary of State George P. Shultz, Mayor Robert D. Hormats) when a given name or initial is right before it
            end += 2;
          } else if ((n.equals("'s") || n.equals("’s")) && end + 1 < s.size() && isFirmSuffix(s.get(end + 1).text())) {
            end += 2; // Heck's Inc, McDonald's Corp: the possessive is part of the firm's name
          } else if ((n.equals("'") || n.equals("’")) && end + 2 < s.size() && s.get(end + 1).text().equals("s")
              && isFirmSuffix(s.get(end + 2).text())) {
            end += 3;
          } else if (n.equals(",") && end + 1 < s.size() && capitalised(s.get(end + 1).text()) && firmAhead(end + 1)
              && !listedBody(end) && !basedOrBorn(s.get(end + 1).text())) {
            // (round 18: not "Cleveland, Ohio-based Glidden Inc": a town, then its state's "-based" before the firm)
            end += 2; // Goldman, Sachs and Co; Kidder, Peabody and Co Inc: partners' names in a firm
          } else if (n.equals(",") && portfolioListEnd(i, end) > end) {
            end = portfolioListEnd(i, end); // Ministry of Agriculture, Forestry and Fisheries: one ministry
          } else {
            break;
          }
        }
        if (townAndState(i, end)) {
          i = end + 2;
          continue;
        }
        int based = basedOpenCompound(i, end, i == 0 || !hasLetterBefore(i));
        if (based > end) {
          i = based;
          continue;
        }
        run(i, end, i == 0 || !hasLetterBefore(i));
        i = end;
      }
    }

    /**
     * Round 20: a ministry's or department's portfolios listed with commas ("Ministry of Agriculture, Animal Husbandry
     * and Fisheries"): the comma at {@code comma} goes on with capitalised words and commas up to "and" and one to three
     * capitalised words, the last group holding a portfolio word (not "Ministry of Defence, Britain and France"), then no
     * capitalised word. Where the list ends, or -1.
     */
    private int portfolioListEnd(int a, int comma) {
      boolean office = false;
      for (int k = a; k + 1 < comma; k++) {
        String w = low(k);
        if ((w.equals("ministry") || w.equals("department")) && s.get(k + 1).text().equals("of")) {
          office = true;
        }
      }
      if (!office) {
        return -1;
      }
      int k = comma + 1;
      while (k < s.size() && (capitalised(s.get(k).text()) || s.get(k).text().equals(","))) {
        if (notName.contains(low(k))) {
          return -1;
        }
        k++;
      }
      if (k == comma + 1 || k >= s.size() || !s.get(k).text().equals("and") || s.get(k - 1).text().equals(",")) {
        return -1;
      }
      int e = k + 1;
      boolean portfolio = false;
      while (e < s.size() && e - k <= 3 && capitalised(s.get(e).text())) {
        portfolio |= PORTFOLIO.contains(low(e));
        e++;
      }
      return portfolio && (e == s.size() || !capitalised(s.get(e).text())) ? e : -1;
    }

    /** "Ministry of" or "Department of" opens the run and a portfolio word ends it (Ministry of Mines and Energy): one body. */
    private boolean ministryOfPortfolios(int a, int b) {
      String w = low(a);
      return b - a >= 4 && (w.equals("ministry") || w.equals("department")) && s.get(a + 1).text().equals("of")
          && PORTFOLIO.contains(low(b - 1));
    }

    /** One or two capitalised words from {@code k}, then a town-and-state comma (see {@link #townAndState}). */
    private boolean stateAfter(int k) {
      for (int b = k + 1; b <= k + 2 && b + 1 < s.size(); b++) {
        if (s.get(b).text().equals(",")) {
          return isStateAfterTown(stripDot(s.get(b + 1).text()))
              && (b + 2 == s.size() || !Character.isLetterOrDigit(s.get(b + 2).text().charAt(0)));
        }
        if (!capitalised(s.get(b).text())) {
          return false;
        }
      }
      return false;
    }

    /** The word before the initial at {@code end - 1} is a given name or an initial of its own, inside the run from {@code a}. */
    private boolean initialAfterGivenName(int a, int end) {
      if (end - 2 <= a || s.get(end - 1).text().equals("X")) {
        return false; // Malcolm X. ends a sentence: X is his name, not an initial
      }
      return givenOrInitial(s.get(end - 2).text());
    }

    /**
     * "of Tacoma, Wash., and", "in Dayton, Ohio.": one or two capitalised words, a comma and a US state's
     * postal abbreviation in the wire services' style, then punctuation or the sentence's end: a town and its state.
     */
    private boolean townAndState(int a, int b) {
      while (a < b && openers.contains(low(a)) && !hasLetterBefore(a)) {
        a++; // In Dayton, Ohio (an opener inside the sentence is the town's own word: near Last Chance, Colo.)
      }
      if (a == b || b - a > 2 || b + 1 >= s.size() || !s.get(b).text().equals(",")) {
        return false;
      }
      Token st = s.get(b + 1);
      String abbr = stripDot(st.text());
      if (!isStateAfterTown(abbr) || b + 2 < s.size() && Character.isLetterOrDigit(s.get(b + 2).text().charAt(0))) {
        return false;
      }
      for (int k = a; k < b; k++) {
        String w = low(k);
        if (isFirmSuffix(s.get(k).text()) || notName.contains(w) || org.contains(w) || openers.contains(w) && k > a || titles.contains(w)) {
          return false;
        }
      }
      add(a(a), z(b - 1), EntityType.PLACE, TYPED, false, words(a, b));
      add(st.start(), st.start() + abbr.length(), EntityType.PLACE, TYPED, false, new String[] {lower(abbr)});
      return true;
    }

    /**
     * Round 17: the run at {@code a} closes a list that a plural kind of body opens (clearing agencies Cedel and
     * Euroclear, rival banks Barclays, Lloyds and HSBC): back over "and", "or", commas and capitalised words
     * to the kind word, at most eight tokens.
     */
    private boolean listAfterKinds(int a) {
      if (a < 3 || !isListJoin(s.get(a - 1).text())) {
        return false;
      }
      for (int k = a - 2; k >= Math.max(0, a - 9); k--) {
        String t = s.get(k).text();
        if (isListJoin(t) || capitalised(t)) {
          continue;
        }
        String w = low(k);
        return w.length() > 3 && w.endsWith("s") && orgBefore.contains(w) && capitalised(s.get(k + 1).text());
      }
      return false;
    }

    /**
     * Round 37: "magazine" or "newspaper" in lower case right after the run, and no capitalised word after it (music
     * magazine Q names the title after the kind). A run opening its sentence must hold a word the article never writes in
     * lower case (Fashion magazine editors …: a common word capitalised by its place).
     */
    private boolean publicationAfter(int a, int b) {
      if (b >= s.size() || !s.get(b).text().equals("magazine") && !s.get(b).text().equals("newspaper")) {
        return false;
      }
      if (b + 1 < s.size() && capitalised(s.get(b + 1).text()) || a == 0 && allCommon(a, b)) {
        return false;
      }
      // the run is only the end of a longer title when a capitalised word (To Vima, TV Guide) or a foreign name's
      // particle after one (Jornal do Brasil) comes right before it
      String prev = a > 0 ? s.get(a - 1).text() : "";
      return !(!prev.isEmpty() && capitalised(prev) && !prev.equals("The")) && !(a > 1 && NAME_PARTICLES.contains(prev) && capitalised(s.get(a - 2).text()));
    }

    private static final Set<String> NAME_PARTICLES = StringSet.of("do", "da", "de", "del", "della", "di", "du", "dos", "das");

    /** Round 19: a plural kind of body in lower case right before the run (giants, rival banks): the run lists bodies. */
    private boolean pluralKindBefore(int a) {
      if (a == 0) {
        return false;
      }
      String t = s.get(a - 1).text();
      return t.length() > 3 && Character.isLowerCase(t.charAt(0)) && t.endsWith("s") && orgBefore.contains(t);
    }

    private static boolean isListJoin(String t) {
      return t.equals("and") || t.equals("or") || t.equals(",") || t.equals("&");
    }

    /**
     * Round 24: "San Diego-based", "Santa Monica-based", "Fort Worth-based": the hyphen of "-based" binds the whole open
     * compound before it, so the capitalised words right before the "X-based" token (one space between) are the place's
     * first words, not a name of their own (the rules gave the place's last word alone, "Diego", and dropped the rest).
     * Up to three such words after the run's openers ("The", "A") and, at a sentence's start, common words; not in a capitals
     * headline. Returns the token after "-based" when the place was added, else -1.
     */
    private int basedOpenCompound(int a, int b, boolean sentenceStart) {
      if (capsHeadline || b >= s.size() || !basedOrBorn(s.get(b).text()) || a(b) != z(b - 1) + 1) {
        return -1;
      }
      while (a < b && (openers.contains(low(a)) || isConnector(s.get(a).text())
          || sentenceStart && commonWord(a))) {
        a++;
        sentenceStart = false;
      }
      if (a == b || b - a > 3) {
        return -1;
      }
      for (int k = a; k < b; k++) {
        String t = s.get(k).text();
        if (!capitalised(t) || notName.contains(low(k)) || roles.contains(low(k)) || isFirmSuffix(t)) {
          return -1;
        }
      }
      String last = s.get(b).text();
      String name = last.substring(0, last.lastIndexOf('-'));
      if (!capitalised(name) || notName.contains(lower(name))) {
        return -1;
      }
      String[] w = new String[b - a + 1];
      System.arraycopy(words(a, b), 0, w, 0, b - a);
      w[b - a] = lower(name);
      add(a(a), a(b) + name.length(), EntityType.PLACE, TYPED, false, w);
      return b + 1;
    }

    /** Boston-based, Belfast-born: the part before the hyphen is a place. */
    private boolean basedPlace(int i) {
      Token t = s.get(i);
      if (!basedOrBorn(t.text())) {
        return false;
      }
      String name = t.text().substring(0, t.text().lastIndexOf('-'));
      if (capitalised(name) && !notName.contains(lower(name))) {
        add(t.start(), t.start() + name.length(), EntityType.PLACE, TYPED, false, new String[] {lower(name)});
      }
      return true;
    }

    private boolean hasLetterBefore(int i) {
      for (int k = 0; k < i; k++) {
        if (Character.isLetterOrDigit(s.get(k).text().charAt(0))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Round 34: the capitalised words from {@code k} end on a body's head word ("the Department of Health and the Public Health
     * Laboratory"): after "and the" they name a second body, not the rest of the first one's complement (Latin America and
     * the Caribbean).
     */
    private boolean bodyHeadEnds(int k) {
      int e = k;
      while (e < s.size() && capitalised(s.get(e).text())) {
        e++;
      }
      return e > k && org.contains(low(e - 1));
    }

    /**
     * The comma at {@code comma} closes one body and opens the next of a list (Indiana University, MITRE Corp, FMC
     * Corp): the word before it is a company suffix or a body's head word, and no bare suffix follows it (Hunter
     * Helicopter of Nevada, Inc keeps its suffix). Partners' names before a comma are no head words (Kidder, Peabody).
     */
    private boolean listedBody(int comma) {
      String before = s.get(comma - 1).text();
      return (isFirmSuffix(before) || org.contains(lower(before))) && !isFirmSuffix(s.get(comma + 1).text());
    }

    /**
     * Round 43: the run ends in a company suffix that keeps its "of" and one or two capitalised words (First Union Corp
     * of Georgia, Trust Co of Washington: {@link #ENDS_A_FIRM} leaves these out), so its first word is the firm's too. Not
     * when another "of" stands before the firm (Leslie Keefe of Technical Data Corp of Boston: a person and the firm).
     */
    private boolean firmOfPlace(int a, int b) {
      for (int of = b - 2; of >= b - 3 && of - 1 > a; of--) {
        if (s.get(of).text().equals("of") && isFirmSuffix(s.get(of - 1).text())) {
          return capitalised(s.get(b - 1).text()) && capitalised(s.get(of + 1).text()) && !ofBetween(a, of - 1);
        }
      }
      return false;
    }

    /**
     * "Shares of Wexford Holdings", "Sales of Tarsia Motors" opening a sentence: a plural common noun and "of" (and "the")
     * before a name are the sentence's, not the name's (a body's head word, Friends, stays). Round 43: also before a firm's
     * legal form (Facilities of the Suez Pipelines Company). The run's new start, or {@code a}.
     */
    private int afterPluralOf(int a, int b, boolean sentenceStart) {
      if (sentenceStart && a + 2 < b && s.get(a + 1).text().equals("of") && pluralNoun(low(a))) {
        return a + (s.get(a + 2).text().equals("the") && a + 3 < b ? 3 : 2);
      }
      return a;
    }

    private boolean ofBetween(int a, int b) {
      for (int k = a; k < b; k++) {
        if (s.get(k).text().equals("of")) {
          return true;
        }
      }
      return false;
    }

    /** A company suffix (Co, Inc, Corp …) ends the capitalised run that starts at {@code i}. */
    private boolean firmAhead(int i) {
      int k = i;
      while (k < s.size() && k - i < 6 && (capitalised(s.get(k).text()) || isConnector(s.get(k).text()))) {
        if (isFirmSuffix(s.get(k).text())) {
          return true;
        }
        k++;
      }
      return false;
    }

    private void run(int a, int b, boolean sentenceStart) {
      for (int k = a + 2; k < b - 1; k++) {
        if (s.get(k).text().equals("of") && ENDS_A_FIRM.contains(s.get(k - 1).text())) {
          run(a, k, sentenceStart); // Gunze Sangyo Inc of Tokyo: the firm, then where it is
          run(k + 1, b, false);
          return;
        }
      }
      if (b - a >= 2 && (isFirmSuffix(s.get(b - 1).text()) || firmOfPlace(a, b)) && !isFirmSuffix(s.get(a).text())) {
        // First Boston Corp: the words of a company's name are its own, even at a sentence start
        int k = a;
        while (k < b - 1 && (low(k).equals("the") || isConnector(s.get(k).text()))) {
          k++;
        }
        k = afterPluralOf(k, b, sentenceStart && k == a); // Facilities of the Suez Pipelines Company: the firm only
        int split = firmSplit(k, b);
        if (split > 0) {
          run(k, split, false);
          run(split + 1, b, false);
          return;
        }
        add(a(k), z(b - 1), EntityType.ORGANIZATION, STRUCTURAL, false, words(k, b));
        return;
      }
      if (rankPerson(a, b)) {
        return; // before the sentence-start trim below, which would take a rank for the sentence's word
      }
      // Function words and a common word opening the sentence are not part of the name.
      // At a sentence start a role word or a word before a given name is the sentence's, not the
      // name's (Veteran Carlos Merida).
      while (a < b && (openers.contains(low(a)) || isConnector(s.get(a).text())
          || (sentenceStart && (commonWord(a) || roles.contains(low(a))
              || (a + 1 < b && !givenNames.contains(low(a)) && givenNames.contains(low(a + 1))))))) {
        a++;
        sentenceStart = false;
      }
      if (rankPerson(a, b)) {
        return;
      }
      a = afterPluralOf(a, b, sentenceStart);
      while (b > a && isConnector(s.get(b - 1).text())) {
        b--;
      }
      if (b - a >= 3 && POST_NOMINALS.contains(s.get(b - 1).text())) {
        b--; // Andrew Tyrie MP, Jane Roe QC: the letters after a name are not part of it
      }
      // An office "of" a body (General Secretary of the Christian Social Union): the body is the name.
      // (Indonesian) Minister of Mines and Energy Subroto: the portfolio is the office's, the name after it the holder
      int n0 = a;
      while (n0 < b && notName.contains(low(n0))) {
        n0++; // a nationality before the office
      }
      int m = n0;
      while (m < b && titles.contains(stripDot(low(m)))) {
        m++;
      }
      if (m > n0 && m + 1 < b && s.get(m).text().equals("of") && MINISTERIAL.contains(stripDot(low(m - 1)))) {
        int person = afterPortfolio(m + 1, b);
        if (person >= 0) {
          add(a(person), z(b - 1), EntityType.PERSON, STRUCTURAL, true, words(person, b));
          return;
        }
      }
      int o = a;
      while (o < b && titles.contains(stripDot(low(o)))) {
        o++;
      }
      if (o > a && o + 1 < b && s.get(o).text().equals("of")) {
        a = s.get(o + 1).text().equals("the") ? o + 2 : o + 1;
      }
      if (a >= b) {
        return;
      }
      // A title inside the run: what follows is a person (Arts Minister Estelle Morris), what precedes
      // is a run of its own (Bank of England Governor ...).
      for (int k = b - 2; k >= a; k--) {
        if (titles.contains(stripDot(low(k))) && !anyOf(k + 1, b, org)) {
          run(a, k, false);
          // A title, "of" and one word close a byname (Mary Queen of Scots, Edward Prince of Wales): no person follows.
          // A longer tail holds one (Vice President of Sales Ann Ferris).
          if (b - k - 1 <= 4 && !io.newswire.enrich.entities.ner.CueRecognizer.abstractNoun(s.get(k + 1).text())
              && !(b - k - 1 == 2 && s.get(k + 1).text().equals("of"))) {
            add(a(k + 1), z(b - 1), EntityType.PERSON, STRUCTURAL, true, words(k + 1, b));
          }
          return;
        }
      }
      // A person inside a run: after an organisation (Virgin Radio DJ Pete Mitchell) or before "of" and
      // one (Paul Miller of Thames Valley Police). A given name marks where the person starts.
      for (int g = a; g < b - 1; g++) {
        if (!givenNames.contains(low(g))) {
          continue;
        }
        if (g > a && anyOf(a, g, org) && !anyOf(g, b, org)) {
          int e = g;
          while (e > a && allRoles(e - 1, e)) {
            e--; // Medical Research Council Professor: the role is not part of the body's name
          }
          run(a, e, false);
          run(g, b, false);
          return;
        }
        if (g > a && (allRoles(a, g) || allParty(a, g))) {
          run(g, b, false); // Detective Inspector Paul Darnay
          return;
        }
        // Right after the given name only "for" splits (a second Oscar for Mabel Ferris, a Bill for Tramlink: the word is
        // an award's or a thing's, no one's first name); "of" there is a byname (Catherine of Aragon).
        for (int k = g + 1; g == a && k < Math.min(b - 1, g + 4); k++) {
          if ((k > g + 1 && s.get(k).text().equals("of") || s.get(k).text().equals("for")) && !anyOf(g, k, org)) {
            run(a, k, false); // David Pike of Phillips, Clara Hale for Medea: a person's name holds no "of" or "for"
            run(k + 1, b, false);
            return;
          }
        }
        for (int k = g + 2; k < Math.min(b - 1, g + 4); k++) {
          if (s.get(k).text().equals("of") && !anyOf(g, k, org) && anyOf(k + 1, b, org)) {
            run(a, k, false);
            run(k + 1, b, false);
            return;
          }
        }
        break;
      }
      // "A and B": one name only when the part after ends in an organisation or place word
      // (Securities and Exchange Commission, Turks and Caicos Islands); otherwise a list.
      for (int k = a + 1; k < b - 1; k++) {
        String t = s.get(k).text();
        if (t.equals("and") || t.equals("&")) {
          String last = low(b - 1);
          // Two whole names (Christian Democratic Union and Free Democratic Party) stay two.
          boolean twoNames = k - a >= 2 && org.contains(low(k - 1))
              || (k - a >= 2 && b - k > 2 && givenNames.contains(low(a))
                  && givenNames.contains(low(k + 1))) // Emily Blunt and Nathalie Press: two people
              || pluralKindBefore(a) // electronics giants Hitachi and Matsushita Electric: a list of the kind's bodies
              || twoWholeFirms(a, k, b); // Goldman Sachs and Shearson Lehman Brothers: two firms, each named in full
          // round 52: a member's seat named by two places is one seat (MP for Hornsey and Wood Green)
          boolean seat = a > 1 && low(a - 1).equals("for") && Constituencies.memberBeforeFor(s.get(a - 2).text());
          if (!seat && !ministryOfPortfolios(a, b) && !topicBefore(a, k)
              && (twoNames || (!org.contains(last) && !placeTail.contains(last) && !acronymAfter(a, b)))) {
            run(a, k, false);
            run(k + 1, b, false);
            return;
          }
        }
      }
      type(a, b);
    }

    private void type(int a, int b) {
      int n = b - a;
      String first = low(a);
      String last = low(b - 1);
      String[] w = words(a, b);
      if (n == 3 && FirmInitialsStop.inside(s.get(a).text(), s.get(a + 2).text()) && s.get(a + 1).text().equals(".")) {
        add(a(a), z(b - 1), EntityType.ORGANIZATION, STRUCTURAL, false, w); // J.P. Industries: a firm by its head
        return;
      }
      if (n == 1 && (notName.contains(first) || org.contains(first) || placeTail.contains(first) || titles.contains(first))) {
        return;
      }
      if (n >= 2 && noEntityTail(last)) {
        return; // the Alexander Walker Special Award, the Davis Cup, Swiss Francs: awards, events, venues, currencies
      }
      if (n >= 2 && competition(first, low(b - 2), last, n)) {
        return; // the Champions League, League Two, the Great Edinburgh International Cross Country: competitions
      }
      if (n >= 2 && !placeTail.contains(last) && !THING_TAIL.contains(last) && !givenNames.contains(first) && acronymAfter(a, b)) {
        // Scottish and Newcastle (S&N), Screen Actors Guild (SAG): a name defined with its initials is a body's
        add(a(a), z(b - 1), EntityType.ORGANIZATION, STRUCTURAL, false, w);
        return;
      }
      if (n >= 3 && GEO_OF.contains(first) && s.get(a + 1).text().equals("of")) {
        add(a(a), z(b - 1), EntityType.PLACE, STRUCTURAL, false, w); // the Gulf of Mexico, the Isle of Man: one place
        return;
      }
      if (n == 2 && first.equals("co") && !s.get(a).text().equals("CO")) {
        add(a(a), z(b - 1), EntityType.PLACE, STRUCTURAL, false, w); // Co Clare: an Irish county, no firm
        return;
      }
      if (anyOf(a, b, org) && !surnameHead(a, b, first, last)) {
        add(a(a), z(b - 1), EntityType.ORGANIZATION, STRUCTURAL, false, w);
        return;
      }
      if (n >= 2 && placeTail.contains(last)) {
        add(a(a), z(b - 1), EntityType.PLACE, STRUCTURAL, false, w);
        return;
      }
      // A leading nationality is not part of the name (British writer Jane Roe is Jane Roe), nor a compass word before one
      // when a name of two words or more follows (South Korean Jane Roe). A given name after the nationality stays: "Jan"
      // is a month's short form too (Czech Jan Roe).
      int demonymAt = a;
      while (a < b - 1 && (notName.contains(low(a)) && !(a > demonymAt && givenNames.contains(low(a)))
          || a < b - 3 && COMPASS_BEFORE_DEMONYM.contains(low(a)) && notName.contains(low(a + 1)))) {
        a++;
        n--;
        first = low(a);
        w = words(a, b);
      }
      if (a > demonymAt && n >= 2 && n <= 3 && hyphenedGivenName(s.get(a).text()) && plainNameWords(a, b)) {
        // round 59: after a nationality, a name opening with a hyphened given name (South Korean Dong-Hyun Park) is a
        // person's, as a listed given name makes it
        add(a(a), z(b - 1), EntityType.PERSON, STRUCTURAL, false, w);
        return;
      }
      if (a > demonymAt && n >= 2 && n <= 3 && !openers.contains(first) && plainNameWords(a, b)
          && lowerWords.standsAlone(s.get(b - 1).text(), titles)) {
        // round 60: after a nationality, plain name words whose last the article also uses alone (Hungarian Melinda Czink
        // ... Ivanovic beat Czink) are a person's: a surname repeated, where a body's last word comes back only after
        // other capitals (the English Chamber Orchestra ... the Radio Orchestra)
        add(a(a), z(b - 1), EntityType.PERSON, STRUCTURAL, false, w);
        return;
      }
      String before = a > 0 ? low(a - 1) : "";
      String after = b < s.size() ? low(b) : "";
      if (n <= 4 && before.equals("for") && a > 1 && Constituencies.memberBeforeFor(s.get(a - 2).text())
          && !givenNames.contains(first) && !notName.contains(first)) {
        add(a(a), z(b - 1), EntityType.PLACE, TYPED, false, w); // MP for Wantage, MP for Hornsey and Wood Green: the seat
        return;
      }
      if (n <= 3 && publicationAfter(a, b) && !roles.contains(first) && !titles.contains(first) && !notName.contains(first)) {
        // round 37: the Broadcast magazine survey, the Herald newspaper: a title right before its kind is the publication;
        // a capitalised The before it is the title's (The Observer newspaper, as The Times)
        if (a > 0 && s.get(a - 1).text().equals("The")) {
          add(a(a - 1), z(b - 1), EntityType.ORGANIZATION, TYPED, false, words(a - 1, b));
        } else {
          add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w);
        }
        return;
      }
      if (n <= 3 && (orgBefore.contains(before) || listAfterKinds(a)) && !allCommon(a, b) && !roles.contains(first) && !titles.contains(first)
          && !notName.contains(first)) {
        // Italian airline Alitalia, rock band Franz Ferdinand: the kind of body named right before it
        add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w);
        return;
      }
      if (n <= 4 && !givenNames.contains(first) && !allCommon(a, b) && !roles.contains(first) && !titles.contains(first)
          && !NOT_OWNER.contains(first) && !notName.contains(last) && !afterApostrophe(a) && staffOf(b)) {
        // Ladbrokes spokesman Warren Lush, Gartner's principal analyst Kobita Desai: whose staff they are
        add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w);
        return;
      }
      if (n <= 3 && !givenNames.contains(first) && kindAppositive(b)) {
        // Acme, the Dutch company that makes ...: the apposition names the kind of body (before "in X" makes a place)
        add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w);
        return;
      }
      boolean person = false;
      double confidence = TYPED;
      if (n >= 2 && n <= 4 && (givenNames.contains(first) || willAsGivenName(a))) {
        if (acronymTail(a, b)) {
          type(a, b - 1); // Stephen Roche PINK, Ray DVD, John Smith MP: a person's name ends in no acronym
          return;
        }
        person = true;
        confidence = STRUCTURAL;
      } else if (n >= 2 && n <= 3) {
        person = roles.contains(before) || reporting.contains(after) || appositive(b)
            || (reporting.contains(before) && (b == s.size() || isPunct(s.get(b).text())));
      }
      if (person && confidence == TYPED) {
        // Typed by the words around it only: "the Music Shop said" is a firm, "Business Day said" a
        // paper whose words the article also writes in lower case.
        if (before.equals("the") || speaksAsIt(b)) {
          add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w);
          return;
        }
        person = !allCommon(a, b);
      }
      if (person) {
        add(a(a), z(b - 1), EntityType.PERSON, confidence, false, w);
        return;
      }
      if (n <= 3 && stakeIn(a) && !givenNames.contains(first) && !notName.contains(first) && placeEnds(b) && !acronym(a, b)) {
        add(a(a), z(b - 1), EntityType.ORGANIZATION, TYPED, false, w); // a 20% stake in Minstar: the firm
        return;
      }
      if (n <= 3 && (placeBefore.contains(before) || before.equals("of") && a > 1 && placeOf.contains(s.get(a - 2).text()))
          && !givenNames.contains(first) && !notName.contains(first) && placeEnds(b) && !acronym(a, b)) {
        // in Mossgiel; the town of Khorog, the province of Ghor
        add(a(a), z(b - 1), EntityType.PLACE, TYPED, false, w);
        return;
      }
      add(a(a), z(b - 1), EntityType.OTHER, UNTYPED, false, w);
    }

    /**
     * Round 23: "a 20% stake in Minstar", "its holding in Absa": what a stake is held in is a firm, not a place, so "in" is no
     * place cue there: a short run after it is a body (a place the knowledge base knows, a stake in Kenya, stays one).
     */
    private boolean stakeIn(int a) {
      return a > 1 && s.get(a - 1).text().equals("in") && STAKE_WORDS.contains(low(a - 2));
    }

    /**
     * After "in" a place ends its phrase: "in Windows programs", "in Ron Howard's film" and "in ICT use"
     * name a product, a person and a field. A place is followed by punctuation or a function word.
     */
    private boolean placeEnds(int b) {
      if (b >= s.size()) {
        return true;
      }
      String next = s.get(b).text();
      if (next.startsWith("'") || next.startsWith("’")) {
        return false;
      }
      return !Character.isLetter(next.charAt(0)) || Character.isUpperCase(next.charAt(0)) || AFTER_PLACE.contains(next)
          || (next.endsWith("ed") && next.length() > 4); // a verb: "prices in Mossgiel jumped
    }

    /**
     * The run's last word is in capitals (two letters or more, no regnal number as in Henry VIII) and its first is
     * not: an acronym after a name in ordinary case is a product, a post or a party (DVD, MP), not the name's end.
     */
    private boolean acronymTail(int a, int b) {
      String l = s.get(b - 1).text();
      return l.length() >= 2 && LetterCase.hasLowerCase(s.get(a).text()) && !REGNAL.contains(l) && LetterCase.allUpperCase(l);
    }

    /** All capitals (ICT, NHS): an acronym after "in" is a field or body more often than a place. */
    private boolean acronym(int a, int b) {
      String t = s.get(a).text();
      return b - a == 1 && t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT));
    }

    /**
     * Round 46: "A and B" names two bodies when B, of plain capitalised words, ends with a firm's tail (Brothers, Corp, Inc)
     * and A is a name of its own: two words or more before a B of three or more (Goldman Sachs and Shearson Lehman Brothers),
     * or a person's given name and surname (Paul Volcker and Harwick Holdings Inc). One firm's name joined by "and" has a
     * short part after it (American Telephone and Telegraph Co, Kidder, Peabody and Co Inc) or ends with a body's head
     * (Economic and Security Review Commission). A one-word part after a comma is left alone: "Donaldson, Lufkin and
     * Jenrette Securities" is one firm as "Paramount, Universal and Warner Brothers" are three.
     */
    private boolean twoWholeFirms(int a, int and, int b) {
      int left = and - a;
      int right = b - and - 1;
      if (right < 2 || !FIRM_TAIL.contains(s.get(b - 1).text()) || FIRM_TAIL.contains(s.get(and + 1).text())) {
        return false;
      }
      for (int k = a; k < b; k++) {
        if (k != and && !capitalised(s.get(k).text())) {
          return false;
        }
      }
      return left >= 2 && right >= 3 || left == 2 && givenNames.contains(low(a));
    }

    /** Every word of the run is written in lower case elsewhere in the article (and none is a given name). */
    private boolean allCommon(int a, int b) {
      for (int k = a; k < b; k++) {
        if (!commonWord(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * "X spokesman Jane Roe", "X's chief economist Jane Roe", "(XYZ) spokesman Jane Roe": a staff word
     * written in lower case (possibly after 's and one or two more words) and then a capitalised name.
     */
    private boolean staffOf(int b) {
      int k = b;
      if (k < s.size() && s.get(k).text().equals(")")) {
        k++;
      }
      if (k + 1 < s.size() && (s.get(k).text().equals("'") || s.get(k).text().equals("’"))) {
        k += s.get(k + 1).text().equals("s") ? 2 : 1;
      }
      for (int j = k; j < Math.min(s.size() - 1, k + 3); j++) {
        String t = s.get(j).text();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
          return false;
        }
        if (STAFF.contains(t)) {
          return capitalised(s.get(j + 1).text()) && s.get(j + 1).text().length() > 1;
        }
      }
      return false;
    }

    /** "Rockin' Crew singer X": the run is the tail of a name cut at an elided word's apostrophe, not a name. */
    private boolean afterApostrophe(int a) {
      if (a < 2) {
        return false;
      }
      String p = s.get(a - 1).text();
      return (p.equals("'") || p.equals("’")) && capitalised(s.get(a - 2).text());
    }

    /** "X said it ...": a firm speaking of itself; a person is "he" or "she". */
    private boolean speaksAsIt(int b) {
      return b + 1 < s.size() && reporting.contains(low(b)) && s.get(b + 1).text().equals("it");
    }

    /** "(CIPS)" or "(S&N)" right after the run, spelling the initials of its words: the run is one name. */
    private boolean acronymAfter(int a, int b) {
      if (b + 2 >= s.size() || !s.get(b).text().equals("(")) {
        return false;
      }
      int close = s.get(b + 2).text().equals(")") ? b + 2 : ampersandInitials(b + 1);
      if (close < 0 || close >= s.size() || !s.get(close).text().equals(")")) {
        return false;
      }
      String acronym = spelled(b + 1, close);
      return acronym.length() >= 2 && acronym.equals(acronym.toUpperCase(Locale.ROOT))
          && PartialNameMerger.initials(words(a, b)).equals(lower(acronym));
    }

    /**
     * Capital letters, an ampersand and capital letters written together from token {@code i} (S&N, AT&T,
     * P&O; the tokenizer splits them): the index after them, else -1. Common abbreviations (R&D, Q&A, M&A)
     * are no names.
     */
    private int ampersandInitials(int i) {
      if (i + 2 >= s.size() || !s.get(i + 1).text().equals("&") || !capitalLetters(s.get(i).text())
          || !capitalLetters(s.get(i + 2).text()) || s.get(i).end() != s.get(i + 1).start()
          || s.get(i + 1).end() != s.get(i + 2).start()) {
        return -1;
      }
      if (i > 0 && s.get(i - 1).end() == s.get(i).start() && Character.isLetterOrDigit(s.get(i - 1).text().charAt(0))) {
        return -1;
      }
      int e = i + 3;
      if (e < s.size() && s.get(e - 1).end() == s.get(e).start() && Character.isLetterOrDigit(s.get(e).text().charAt(0))) {
        return -1;
      }
      return AMPERSAND_WORDS.contains(spelled(i, e)) ? -1 : e;
    }

    /** The tokens from a to b written together (no spaces): "S&N". */
    private String spelled(int a, int b) {
      StringBuilder sb = new StringBuilder();
      for (int k = a; k < b; k++) {
        sb.append(s.get(k).text());
      }
      return sb.toString().replace("&", "");
    }

    /** ", 45,", ", who" or ", a retail analyst" / ", the chief executive of" after the run. */
    private boolean appositive(int b) {
      if (b + 1 >= s.size() || !s.get(b).text().equals(",")) {
        return false;
      }
      String next = s.get(b + 1).text();
      if ((Character.isDigit(next.charAt(0)) && next.length() <= 3) || next.equals("who")) {
        return true;
      }
      String l = lower(next);
      if (!l.equals("a") && !l.equals("an") && !l.equals("the")) {
        return roleOfAfterComma(b + 1);
      }
      for (int k = b + 2; k < Math.min(s.size(), b + 6); k++) {
        String t = low(k);
        if (roles.contains(t)) {
          return true;
        }
        if (!Character.isLetter(t.charAt(0))) {
          return false;
        }
      }
      return false;
    }

    /**
     * Round 19: ", the Lebanese company", ", a small carmaker", ", an internet firm that": after the comma an article,
     * at most three lower-case or nationality words (no "of"), then a kind of body ({@code org-before}, or "company") that no
     * possessive follows (", the company's chairman" is a person's office).
     */
    private boolean kindAppositive(int b) {
      if (b + 2 >= s.size() || !s.get(b).text().equals(",")) {
        return false;
      }
      String article = low(b + 1);
      if (!article.equals("a") && !article.equals("an") && !article.equals("the")) {
        return false;
      }
      for (int k = b + 2; k < Math.min(s.size(), b + 6); k++) {
        String t = s.get(k).text();
        String l = low(k);
        if ((orgBefore.contains(l) || l.equals("company")) && !l.endsWith("s")) {
          String next = k + 1 < s.size() ? s.get(k + 1).text() : "";
          return !next.equals("'s") && !next.equals("’s") && !next.equals("'") && !next.equals("’");
        }
        if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || Character.isUpperCase(t.charAt(0)) && !notName.contains(l)
            || l.equals("of")) {
          return false; // ", a selection of her magazine articles": the head is the word before "of", no kind of body
        }
      }
      return false;
    }

    /**
     * Round 18: ", vice chairman of", ", chief executive at", ", director for": with no article, a role word among the
     * first three lower-case words after the comma, then of / at / for, is the run's office (wire copy's usual apposition),
     * not a body listed after another one (", chairman John Reed said" names the man after the role, not before it).
     */
    private boolean roleOfAfterComma(int k) {
      for (int j = k; j < Math.min(s.size() - 1, k + 3); j++) {
        String t = s.get(j).text();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
          return false;
        }
        String next = s.get(j + 1).text();
        if (roles.contains(t) && (next.equals("of") || next.equals("at") || next.equals("for"))) {
          return true;
        }
      }
      return false;
    }

    /** A lower-case plural that names no body or place and no person (shares, sales, officials). */
    private boolean pluralNoun(String w) {
      return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
          && !org.contains(w) && !placeTail.contains(w) && !givenNames.contains(w) && !titles.contains(w)
          && !w.equals("friends") && !w.equals("sons") && !w.equals("sisters") && !w.equals("daughters");
    }

    /**
     * "Will" is no listed given name (the modal verb), but after a lower-case word or a comma and before a capitalised
     * name word it is one (actor Will Smith, said Will Young): a title or a headline runs it in capitals after a
     * capital or opens with it (We Will Rock You, Will Tory tax cuts ...).
     */
    private boolean willAsGivenName(int k) {
      if (k == 0 || k + 1 >= s.size() || !s.get(k).text().equals("Will")) {
        return false;
      }
      String prev = s.get(k - 1).text();
      String next = s.get(k + 1).text();
      boolean lowerBefore = prev.equals(",") || Character.isLowerCase(prev.charAt(0));
      return lowerBefore && capitalised(next) && !titleRoleOrCommon(next) && !commonWord(k + 1);
    }

    /** No word of [a, b) is a body's, place's, title's, role's or nationality word, nor written in lower case elsewhere. */
    private boolean plainNameWords(int a, int b) {
      for (int k = a; k < b; k++) {
        String t = low(k);
        if (org.contains(t) || placeTail.contains(t) || titles.contains(t) || roles.contains(t) || notName.contains(t) || commonWord(k)
            || !capitalised(s.get(k).text())) {
          return false;
        }
      }
      return true;
    }

    private boolean commonWord(int k) {
      return !givenNames.contains(low(k)) && lowerWords.contains(low(k));
    }

    /**
     * Two firms joined by "and" (Merrill Lynch Capital Markets and Lazard Freres and Co): the "and"
     * after a company suffix, or one whose both sides hold two words or more (no comma of a partners'
     * list before it), the second ending in a company suffix; or -1.
     */
    private int firmSplit(int a, int b) {
      for (int k = a + 2; k < b - 2; k++) {
        if (!s.get(k).text().equals("and")) {
          continue;
        }
        if (isFirmSuffix(s.get(k - 1).text()) && !isFirmSuffix(s.get(k + 1).text())) {
          return k; // ... and Co and Dunmore Baxter ...: the first firm's name is complete
        }
        if (!hasComma(a, k) && hasFirmSuffixBefore(k + 1, b)) {
          return k;
        }
      }
      return -1;
    }

    /** Piper, Jaffray and Hopwood Inc: a comma lists the partners of one firm. */
    private boolean hasComma(int a, int k) {
      for (int j = a; j < k; j++) {
        if (s.get(j).text().equals(",")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The part from k to b is a firm's whole name: two words or more before any "and" or company suffix of
     * its own (Lazard Freres and Co; not the one trade word of Halloway Tire and Rubber Co).
     */
    private boolean hasFirmSuffixBefore(int k, int b) {
      if (isFirmSuffix(s.get(k).text())) {
        return false; // Kidder, Peabody and Co Inc: "Co Inc" is the suffix, not a second firm
      }
      int and = b;
      for (int j = k; j < b; j++) {
        if (s.get(j).text().equals("and") || isFirmSuffix(s.get(j).text())) {
          and = j;
          break;
        }
      }
      return and - k >= 2;
    }

    /** Liberal Democrat, Labour, Republican: a party's adjective before a person (Liberal Democrat David Laws). */
    private boolean allParty(int a, int b) {
      for (int k = a; k < b; k++) {
        if (!PARTY_WORDS.contains(low(k))) {
          return false;
        }
      }
      return true;
    }

    private boolean allRoles(int a, int b) {
      for (int k = a; k < b; k++) {
        String w = stripDot(low(k));
        if (!roles.contains(w) && !titles.contains(w)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Round 41: Charlotte Church, Thomas Haden Church, Natalie Press, Mike Banks: a given name, at most one more word,
     * then an organisation word that is also a common surname, with no other organisation word in the run, names a
     * person, not a church, a court or a bank.
     */
    private boolean surnameHead(int a, int b, String first, String last) {
      int n = b - a;
      return n >= 2 && n <= 3 && givenNames.contains(first) && SURNAME_HEADS.contains(last) && !anyOf(a, b - 1, org);
    }

    private boolean anyOf(int a, int b, Set<String> set) {
      for (int k = a; k < b; k++) {
        if (set.contains(low(k))) {
          return true;
        }
      }
      return false;
    }

    private String[] words(int a, int b) {
      String[] w = new String[b - a];
      for (int k = a; k < b; k++) {
        w[k - a] = low(k);
      }
      return w;
    }

    private int a(int token) {
      return s.get(token).start();
    }

    /**
     * Round 25b: a military or police rank before a name (Lt Col Jane Roe, Det Insp Roe, Sergeant Roe), written in full or
     * abbreviated as news copy does: the person is the name after the ranks, without them, as a title is left out. A rank
     * that is also a common word (General, Major, Private, Chief) needs a given name after it (General Motors, Major League
     * stay); a bare surname follows only a rank that is no other word (Sgt Roe, Corporal Roe).
     */
    private boolean rankPerson(int a, int b) {
      int r = a;
      boolean strong = false;
      while (r < b && r - a < 4 && RANKS.contains(stripDot(low(r)))) {
        strong = STRONG_RANKS.contains(stripDot(low(r)));
        r++;
      }
      int n = b - r;
      if (r == a || n < 1 || n > 3) {
        return false;
      }
      for (int k = r; k < b; k++) {
        String t = s.get(k).text();
        String w = low(k);
        if (!capitalised(t) || isConnector(t) || org.contains(w) || placeTail.contains(w) || notName.contains(w)
            || titles.contains(stripDot(low(k))) || RANKS.contains(stripDot(low(k))) || isFirmSuffix(t)) {
          return false;
        }
      }
      if (!givenNames.contains(low(r)) && !(n == 1 && strong && s.get(r).text().length() > 2)) {
        return false;
      }
      add(a(r), z(b - 1), EntityType.PERSON, STRUCTURAL, true, words(r, b));
      return true;
    }

    private int z(int token) {
      return s.get(token).end();
    }

    private void add(int start, int end, EntityType type, double confidence, boolean cued, String[] w) {
      out.add(new Found(field, start, end, type, confidence, cued, w));
    }
  }

  /**
   * Military and police ranks as British and American copy writes them, in full and abbreviated (Lt Col, Det Insp, Sgt,
   * Flt Lt, Sqn Ldr, Chief Supt).
   */
  private static final Set<String> RANKS = StringSet.of("lt", "lieut", "lieutenant", "col", "colonel", "gen", "general", "maj",
      "major", "capt", "captain", "cpl", "corporal", "sgt", "sergeant", "serjeant", "brig", "brigadier", "cdr", "cmdr", "commander",
      "adm", "admiral", "pte", "private", "spc", "pfc", "sqn", "squadron", "ldr", "leader", "flt", "flight", "wg", "wing", "det",
      "detective", "insp", "inspector", "supt", "superintendent", "ch", "chief", "pc", "wpc", "dc", "ds", "di", "dci", "dcs",
      "constable", "cst", "staff", "warrant", "petty", "rear", "vice", "air", "field", "marshal", "commodore", "lance", "acting",
      "deputy", "assistant", "sub", "officer", "trooper", "gunner", "sapper", "bombardier", "rifleman", "guardsman", "cadet",
      "ensign", "airman", "seaman");
  /**
   * Ranks that are no other word: a bare surname may follow (Sgt Roe, Corporal Roe). Not PC, which is also the
   * computer (PC Pro, PC World): after it a given name must come first.
   */
  private static final Set<String> STRONG_RANKS = StringSet.of("lt", "lieut", "lieutenant", "col", "colonel", "gen", "maj",
      "capt", "cpl", "corporal", "sgt", "sergeant", "serjeant", "brig", "brigadier", "cdr", "cmdr", "adm", "pte", "spc", "pfc",
      "ldr", "det", "insp", "supt", "superintendent", "wpc", "dci", "dcs", "cst", "constable");

  /** Ampersand abbreviations of common nouns (letters without the ampersand): research and development, questions and answers, … */
  private static final Set<String> AMPERSAND_WORDS = StringSet.of("RD", "RB", "QA", "MA", "AE", "PL", "BB", "GT", "SL", "FB", "HS",
      "TC", "DD", "BW", "PR", "EO", "OG");

  /** Organisation words that are also common English surnames (Church, Court, Banks, Press, Steel), after a given name. */
  private static final Set<String> SURNAME_HEADS = StringSet.of("church", "court", "bank", "banks", "press", "steel");

  /** Last words of shows, systems and rules defined with their initials (Consumer Electronics Show (CES)): no body. */
  private static final Set<String> THING_TAIL = StringSet.of("show", "expo", "system", "systems", "syndication", "protocol", "index",
      "standard", "act", "treaty", "agreement", "programme", "program", "scheme", "service", "section", "language", "format");

  /** Nouns of a share held in a body, before "in" (round 23). */
  private static final Set<String> STAKE_WORDS = StringSet.of("stake", "stakes", "holding", "holdings", "shareholding",
      "shareholdings");
  /** Offices held "of" a portfolio (Minister of Finance X). */
  private static final Set<String> MINISTERIAL = StringSet.of("minister", "secretary", "ministers", "secretaries");
  /** Words of a ministerial portfolio (Minister of Mines and Energy, Secretary of State): general nouns of government. */
  private static final Set<String> PORTFOLIO = StringSet.of("finance", "mines", "mining", "energy", "oil", "petroleum", "trade",
      "industry", "industries", "commerce", "agriculture", "health", "defence", "defense", "education", "labour", "labor",
      "justice", "interior", "transport", "transportation", "communications", "economy", "planning", "culture", "tourism",
      "foreign", "affairs", "home", "information", "housing", "environment", "fisheries", "water", "resources", "works",
      "public", "social", "welfare", "development", "cooperation", "co-operation", "economic", "national", "budget",
      "international", "external", "science", "technology", "sport", "sports", "youth", "employment", "power",
      "electricity", "telecommunications", "posts", "lands", "forests", "food", "supply", "supplies", "religious",
      "security", "petrochemicals", "hydrocarbons", "minerals", "natural", "treasury", "finances", "irrigation", "coal",
      "steel", "shipping", "aviation", "highways", "roads", "customs", "revenue", "taxation", "local", "government", "state");
  /** Letters after a person's name: member of a parliament, counsel. */
  private static final Set<String> POST_NOMINALS = StringSet.of("MP", "MPs", "MSP", "MEP", "QC", "KC", "MLA", "TD", "AM", "MHA");

  /** Adjectives of parties written before a member's name. */
  private static final Set<String> PARTY_WORDS = StringSet.of("labour", "tory", "conservative", "liberal", "democrat", "democratic",
      "republican", "socialist", "unionist", "nationalist", "lib", "dem");

  /** One to four capital letters (S, AT, P). */
  private static boolean capitalLetters(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** A title may open a run too: the run is cut there later, unless it is a firm (General Motors Corp). */
  private static boolean startsName(String t) {
    return t.length() > 1 && capitalised(t);
  }

  /** North, South: the compass words that open a two-word nationality (South Korean, North African). */
  private static final Set<String> COMPASS_BEFORE_DEMONYM = StringSet.of("north", "south");

  /**
   * A hyphened given name of two capitalised parts in letters, each of two to six (Dong-Hyun, Jean-Luc, Mi-Young): the
   * shape of Korean and French given names, not of a compound of nationalities (Franco-German, Anglo-American).
   */
  public static boolean hyphenedGivenName(String t) {
    int h = t.indexOf('-');
    if (h < 2 || h != t.lastIndexOf('-') || t.length() - h - 1 < 2 || h > 6 || t.length() - h - 1 > 6
        || notAName(t.substring(h + 1))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean head = i == 0 || i == h + 1;
      if (i != h && !(head ? Character.isUpperCase(c) : Character.isLowerCase(c)) || c >= 0x250) {
        return false;
      }
    }
    return true;
  }

  /** Capitalised Latin word (a single capital letter counts inside a run: David O Russell). */
  static boolean capitalised(String t) {
    char c = t.charAt(0);
    if (t.length() == 1 && (c == 'I' || c == 'A')) {
      return false; // the pronoun and the article, not an initial
    }
    return c < 0x250 && Character.isUpperCase(c) && (t.length() == 1 || Character.isLetter(t.charAt(1)) || t.charAt(1) == '.'
        || t.charAt(1) == '\'' || t.charAt(1) == '’');
  }

  /** Company suffixes: a capitalised run ending in one is a company's full name. */
  public static boolean isFirmSuffix(String t) {
    return switch (t.endsWith(".") ? t.substring(0, t.length() - 1) : t) {
      case "Co", "Inc", "Corp", "Corporation", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Cos", "Company", "Bancorp" -> true;
      default -> false;
    };
  }

  /** A firm suffix written in capitals, in a headline in capitals. */
  static boolean isCapsFirmSuffix(String t) {
    return switch (t.endsWith(".") ? t.substring(0, t.length() - 1) : t) {
      case "CO", "INC", "CORP", "CORPORATION", "LTD", "PLC", "COS", "COMPANY", "BANCORP", "LLC" -> true;
      default -> false;
    };
  }


  /** A state's abbreviation after a town ("Tacoma, Wash."), or D.C. ("Washington, D.C."). */
  private static boolean isStateAfterTown(String abbr) {
    return UsStates.isAbbreviation(abbr) || abbr.equals("D.C");
  }

  /** "and" or "&amp;". */
  private static boolean isAnd(String t) {
    return t.equals("and") || t.equals("&");
  }

  private static boolean isConnector(String t) {
    return switch (t) {
      case "of", "for", "and", "&", "de", "del", "da", "di", "la", "le", "du", "van", "von", "der", "den", "al", "bin", "ibn" -> true;
      default -> false;
    };
  }

  /** Staff words that name whose employee follows (Ladbrokes spokesman, Gartner's analyst). */
  private static final Set<String> STAFF = StringSet.of("spokesman", "spokeswoman", "spokesperson", "analyst", "analysts",
      "economist", "lawyer", "lawyers", "chairman", "chairwoman", "director", "boss", "executive", "correspondent",
      "editor", "founder", "leader", "strategist", "trader", "researcher", "engineer", "official", "officials",
      // a team's staff and players (Leeds manager, Ajax striker)
      "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "captain", "winger", "skipper",
      // a band's members (Oasis guitarist, former Pulp frontman)
      "singer", "frontman", "guitarist", "drummer", "bassist", "keyboardist", "vocalist", "dancer");

  /** Words before a staff word that are part of the office, not its employer (Vice chairman, Deputy editor). */
  private static final Set<String> NOT_OWNER = StringSet.of("vice", "deputy", "acting", "former", "senior", "chief",
      "assistant", "associate", "executive", "managing", "general", "joint", "interim", "co", "party", "opposition");

  /** Last words of the names of awards and events. */
  /** Geographic heads that name a place with "of" (Gulf of Mexico, Bay of Bengal, Strait of Hormuz, Isle of Man). */
  private static final Set<String> GEO_OF = StringSet.of("gulf", "bay", "sea", "isle", "isles", "strait", "straits", "cape",
      "lake", "mount", "peninsula", "island", "islands", "firth");

  private static final Set<String> EVENT_TAIL = StringSet.of("award", "awards", "prize", "prizes", "trophy", "medal",
      "festival", "cup", "championship", "championships", "olympics", "tournament", "marathon",
      // round 17: Grand Prix, an Open (the US Open's "US" is inside an event's name, not annotated)
      "prix", "open");

  /**
   * Round 21: last words of laws and treaties (the Terrorism Bill, the Hunting Act, the Maastricht Treaty), works the
   * conventions leave out (as r18's directive) and CoNLL tags MISC; the pools had nine typed as bodies in nine dispatches.
   */
  private static final Set<String> LAW_TAIL = StringSet.of("act", "bill", "treaty", "directive");

  /** Last words of venues, facilities the conventions leave out (round 17). */
  private static final Set<String> VENUE_TAIL = StringSet.of("arena", "stadium", "velodrome");

  /**
   * Currency words after a country's adjective (round 17); words that are also surnames (Pound, Rand, Marks,
   * Yuan, Schilling) are left out, since a run ending in one is dropped before any person check.
   */
  private static final Set<String> CURRENCY = StringSet.of("peso", "pesos", "franc", "francs", "dollar", "dollars", "dlr", "dlrs",
      "yen", "pounds", "lira", "lire", "rupee", "rupees", "riyal", "riyals", "dinar", "dinars", "euros", "krona", "kronor",
      "krone", "kroner", "shekel", "shekels", "rouble", "roubles", "ruble", "rubles", "ringgit", "baht", "escudos", "guilders",
      "cents"); // round 51: "50 U.S. Cents an ounce"

  /** Words before "League" that make it a competition, not a body (the Arab League, the Muslim League stay bodies). */
  private static final Set<String> COMPETITION_LEAGUE = StringSet.of("champions", "premier", "europa", "super");

  /**
   * A competition named like a body: "X League" after a competition word, a division "League One/Two", a race
   * "Cross Country". News annotations leave competitions out as they leave out cups and awards.
   */
  public static boolean competition(String first, String beforeLast, String last, int n) {
    return last.equals("league") && COMPETITION_LEAGUE.contains(beforeLast)
        || n == 2 && first.equals("league") && (last.equals("one") || last.equals("two"))
        || last.equals("country") && beforeLast.equals("cross");
  }

  /** Lower-case words that may follow a place name. */
  private static final Set<String> AFTER_PLACE = StringSet.of("and", "or", "but", "on", "at", "in", "to", "for", "from",
      "with", "by", "of", "where", "which", "who", "that", "this", "last", "next", "yesterday", "today",
      "earlier", "later", "said", "says", "was", "is", "has", "had", "have", "were", "are", "will", "would", "before",
      "after", "when", "while", "as", "since", "until", "during", "than", "near", "over", "under", "into", "between",
      "fell", "rose", "grew", "came", "went", "began", "became", "stood", "saw", "took", "made", "could", "may", "might",
      "must", "should", "can", "did", "do", "does", "be", "been", "being", "not", "also", "so", "because", "if");

  /** A lower-case word that may follow a place name (in Paris on Monday), so ends no adjective's noun phrase. */
  public static boolean placeEndsBefore(String next) {
    return AFTER_PLACE.contains(next);
  }

  /**
   * "Boston-based", and since round 53 "Belfast-born", "Lagos-born": the place is inside the adjective (r52's `Belfast-born`
   * annotated as Belfast). A nationality in -ian before "-born" (Yugoslavian-born) names no place: the word is left alone.
   */
  private static boolean basedOrBorn(String t) {
    return t.endsWith("-based") && t.length() > 7 || t.endsWith("-born") && t.length() > 6 && !t.endsWith("ian-born");
  }

  private static boolean isPunct(String t) {
    return !Character.isLetterOrDigit(t.charAt(0));
  }

  public static String lower(String t) {
    return t.toLowerCase(Locale.ROOT);
  }

  private static String stripDot(String t) {
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
