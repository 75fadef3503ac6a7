package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One person, many mentions: a name the knowledge base does not know that is the first or last words of
 * a longer person name in the same article (العلي after محمد العلي) becomes a mention of that person.
 * Left alone when it would fit two different people. Untyped candidates (OTHER: capitalised words
 * with no type cue) are kept only when they merge this way.
 */
public final class PartialNameMerger {
  private PartialNameMerger() {}

  public static List<Mention> merge(List<FieldText> fields, List<Mention> mentions, java.util.function.Predicate<String> isKbId) {
    List<String[]> words = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      words.add(MatchingForm.key(fields.get(m.field()).display(), m.start(), m.end()).split(" "));
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean untyped = m.type() == EntityType.OTHER;
      if (m.type() == EntityType.ORGANIZATION && !m.role() && !isKbId.test(m.entityId())) {
        out.add(orgShortForm(fields, mentions, words, i));
        continue;
      }
      // حضرت عباس (ع) beside محمود عباس: a holy figure named by title or honorific is nobody's surname
      if ((m.type() != EntityType.PERSON && !untyped) || m.role() || isKbId.test(m.entityId())
          || HolyNames.isId(m.entityId())) {
        out.add(m);
        continue;
      }
      Set<String> targets = new HashSet<>();
      Mention target = null;
      // an untyped Arabic-script run with the very words of a person found elsewhere (a foreign name in Persian copy
      // the recognizer typed once); English runs are left to the English rules
      boolean arabicUntyped = untyped && !words.get(i)[0].isEmpty() && Clitics.isArabicScript(words.get(i)[0].charAt(0));
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = mentions.get(j);
        boolean same = arabicUntyped && Arrays.equals(words.get(i), words.get(j));
        if (o.type() != EntityType.PERSON || o.role() || o.entityId().equals(m.entityId())
            || words.get(j).length <= words.get(i).length && !same) {
          continue;
        }
        if (same || isEdge(words.get(i), words.get(j))) {
          targets.add(o.entityId());
          target = o;
        }
      }
      if (targets.size() == 1) {
        out.add(m.namedAs(target));
      } else if (untyped && targets.isEmpty() && firstWordsOfAFirm(fields, mentions, words, i, isKbId)) {
        out.add(orgShortForm(fields, mentions, words, i)); // "at Brantwell" after Brantwell Teleservices
      } else if (!untyped) {
        out.add(m); // an untyped capitalised run that names no one here is dropped
      }
    }
    return out;
  }

  /**
   * Round 51: the person part of {@link #merge} again, once the later passes have added their names: a surname they
   * find after a title or a speech verb (Lord Callaghan, النائب شومر, آقای علیخانی, وكان هولمز) kept an id of its own
   * beside the full name's in the same article (Jim Callaghan, تشاك شومر), so the surname's key joined other bearers'
   * across articles. Only a family name (the longer name's last words) whose entity has no longer name of its own; a KB
   * person, a role, a holy figure and a name that fits two people are left as they are.
   */
  public static List<Mention> mergeLatePersons(List<FieldText> fields, List<Mention> mentions, java.util.function.Predicate<String> isKbId) {
    List<Mention> out = null;
    List<String[]> words = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role() || isKbId.test(m.entityId()) || HolyNames.isId(m.entityId())) {
        continue;
      }
      if (words == null) {
        words = new ArrayList<>(mentions.size());
        for (Mention o : mentions) {
          words.add(MatchingForm.key(fields.get(o.field()).display(), o.start(), o.end()).split(" "));
        }
      }
      Mention target = null;
      Set<String> targets = new HashSet<>();
      boolean partOfLonger = false; // Peel of John Peel's entity: already a longer name's, left alone
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = mentions.get(j);
        int n = words.get(i).length;
        if (o.type() != EntityType.PERSON || o.role() || words.get(j).length <= n) {
          continue;
        }
        if (o.entityId().equals(m.entityId())) {
          partOfLonger = true;
        } else if (Arrays.equals(words.get(i), 0, n, words.get(j), words.get(j).length - n, words.get(j).length)) {
          targets.add(o.entityId()); // the family name only: a given name alone (أحمد, Julie) may be anyone's
          target = o;
        }
      }
      // Peel named John Peel: its entity already took a full name, which a junk span (John Peel Show) must not replace
      partOfLonger |= m.name().split(" ").length > words.get(i).length;
      if (targets.size() == 1 && !partOfLonger) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, m.namedAs(target));
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * An organisation named by its first words (Walgreen for Walgreen Co), by its head word (the Commission
   * after the European Commission) or by its acronym (CIPS for Chartered Institute of Purchasing and
   * Supply, GM for General Motors Corp, GSK for GlaxoSmithKline) is the longer one, when only one longer one fits.
   */
  private static Mention orgShortForm(List<FieldText> fields, List<Mention> mentions, List<String[]> words, int i) {
    Mention m = mentions.get(i);
    String[] part = words.get(i);
    String display = fields.get(m.field()).display().substring(m.start(), m.end());
    boolean capitals = !display.isEmpty() && display.equals(display.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(display.charAt(0));
    boolean acronym = part.length == 1 && display.length() >= 2 && display.length() <= 6 && capitals;
    if (capitals && display.indexOf('&') > 0 && display.indexOf(' ') < 0 && display.length() <= 7) {
      acronym = true; // S&N for Scottish and Newcastle: the initials without the ampersand
      part = new String[] {display.replace("&", "").toLowerCase(java.util.Locale.ROOT)};
    }
    Set<String> targets = new HashSet<>();
    Mention target = null;
    List<String[]> wholes = new ArrayList<>();
    String[] longest = null;
    for (int j = 0; j < mentions.size(); j++) {
      Mention o = mentions.get(j);
      String[] whole = words.get(j);
      if (o.type() != EntityType.ORGANIZATION || o.role()) {
        continue;
      }
      if (o.entityId().equals(m.entityId())) {
        if (whole.length > part.length && shortFormOf(part, whole)) {
          return m; // its own entity has the longer name already (سازمان امور مالیاتی کشور, round 50): no other's
        }
        continue;
      }
      if (shortFormOf(part, whole) || withoutConjunct(part, whole) || afterLam(part, whole) || (acronym && whole.length >= 2 && initials(whole).equals(part[0]))
          || (acronym && initialsPlusForm(whole, part[0]))
          || (part.length == 1 && whole.length >= 2 && part[0].equals(whole[whole.length - 1]) && !FIRM_SUFFIXES.contains(part[0])
              && Character.isUpperCase(display.charAt(0)))
          || (acronym && whole.length >= 3 && FIRM_SUFFIXES.contains(whole[whole.length - 1])
              && initials(whole, whole.length - 1).equals(part[0]))
          || (acronym && whole.length == 1 && display.equals(capitals(fields.get(o.field()).display(), o.start(), o.end())))) {
        targets.add(o.entityId());
        wholes.add(whole);
        if (longest == null || whole.length > longest.length) {
          longest = whole;
          target = o;
        }
      }
    }
    if (targets.isEmpty()) {
      target = lastWordsTarget(mentions, words, part, display);
      targets = target == null ? targets : Set.of(target.entityId());
    }
    if (targets.size() > 1 && prefixesOf(wholes, longest)) {
      targets = Set.of(target.entityId()); // Coleco: COLECO INDUSTRIES and Coleco Industries Inc are one firm
    }
    if (targets.size() != 1) {
      return m;
    }
    return m.namedAs(target);
  }

  /**
   * An untyped Latin capitalised run that opens exactly one longer organisation the article names with two
   * words or more (Brantwell for Brantwell Teleservices, Halloway for Halloway Tire and Rubber Co), that
   * organisation not from the KB (whose short forms the KB lists itself).
   */
  private static boolean firstWordsOfAFirm(List<FieldText> fields, List<Mention> mentions, List<String[]> words, int i,
      java.util.function.Predicate<String> isKbId) {
    Mention m = mentions.get(i);
    char c = fields.get(m.field()).display().charAt(m.start());
    if (c >= 0x250 || !Character.isUpperCase(c)) {
      return false;
    }
    String[] part = words.get(i);
    String text = fields.get(m.field()).display().substring(m.start(), m.end());
    if (text.equals(text.toUpperCase(java.util.Locale.ROOT)) || NOT_A_FIRMS_WORD.contains(part[0])) {
      return false; // IPTV, Six: an acronym or a number word opens products and events as often as firms
    }
    String target = null;
    for (int j = 0; j < mentions.size(); j++) {
      Mention o = mentions.get(j);
      String[] whole = words.get(j);
      if (o.type() != EntityType.ORGANIZATION || o.role() || whole.length < 2 || !firstWordsOf(part, whole)) {
        continue;
      }
      if (EVENT_TAIL.contains(whole[whole.length - 1])) {
        return false; // Grammy for the Grammy Awards: the event, not a body
      }
      if (townOfItsCouncil(part, whole)) {
        return false; // round 17: Darlington after Darlington Council is the town, not the council
      }
      if (isKbId.test(o.entityId()) || (target != null && !target.equals(o.entityId()))) {
        return false;
      }
      target = o.entityId();
    }
    return target != null;
  }

  /**
   * Round 57, English, once every pass has typed its names: the bare first word of a local body named after its town
   * (Blackpool after the Blackpool Hotel Association, Powys after Powys Health Board, Llanelli after Llanelli Grammar
   * School) is the town wherever the article also names that word as a place ("the news ... is not to gather in
   * Blackpool"): the early rules took the bare word for the body's short form before any place reading of it was made.
   * Only a body whose name ends with a local body's kind ({@link #LOCAL_BODY}): a firm's bare first word ("Bangor said"
   * after Bangor Hydro-Electric Co, datelined BANGOR) is its own short form, and a body from the KB is left as it is.
   */
  public static List<Mention> townsOfTheirBodies(List<FieldText> fields, List<Mention> mentions, java.util.function.Predicate<String> isKbId) {
    List<String[]> words = null;
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role() || isKbId.test(m.entityId())
          || m.end() - m.start() != m.name().indexOf(' ') || !m.name().startsWith(fields.get(m.field()).display().substring(m.start(), m.end()))) {
        continue; // only a one-word mention that is the first word of its body's name
      }
      if (words == null) {
        words = new ArrayList<>(mentions.size());
        for (Mention o : mentions) {
          words.add(MatchingForm.key(fields.get(o.field()).display(), o.start(), o.end()).split(" "));
        }
      }
      String[] body = MatchingForm.key(m.name()).split(" ");
      if (!LOCAL_BODY.contains(body[body.length - 1])) {
        continue;
      }
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = mentions.get(j);
        if (o.type() == EntityType.PLACE && !o.role() && Arrays.equals(words.get(j), words.get(i))) {
          if (out == null) {
            out = new ArrayList<>(mentions);
          }
          out.set(i, m.namedAs(o));
          break;
        }
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * {@code part} is {@code whole} without the "و ..." conjunct inside it: وزارت اوقاف فلسطين for وزارت
   * اوقاف و امور مذهبي فلسطين (the first words, then the last ones, the words from و left out).
   */
  static boolean withoutConjunct(String[] part, String[] whole) {
    int p = 0;
    while (p < part.length && p < whole.length && part[p].equals(whole[p])) {
      p++;
    }
    if (p == 0 || p >= whole.length || !whole[p].equals("و")) {
      return false;
    }
    int tail = part.length - p;
    if (tail <= 0 || whole.length - tail - p < 2) {
      return false;
    }
    for (int k = 0; k < tail; k++) {
      if (!part[p + k].equals(whole[whole.length - tail + k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Round 53: the one organisation whose mention and name end with the words of {@code part}, an English name of two words
   * or more that opens no other body's name: the body named again without the place or kind that opened it (the Superior
   * Court after Santa Barbara County Superior Court, the Farm Bureau after the American Farm Bureau), or null. Not when
   * the words it drops join two names ("Daily and Sunday Telegraph") or are one word that makes another body (the Bank
   * of Ceylon beside the Central Bank of Ceylon, the University of Ulster beside the New University of Ulster), nor when
   * the KB named the longer mention after another body (the House of Commons Treasury Select Committee).
   */
  private static Mention lastWordsTarget(List<Mention> mentions, List<String[]> words, String[] part, String display) {
    if (part.length < 2 || display.charAt(0) >= 0x250 || !Character.isUpperCase(display.charAt(0))) {
      return null;
    }
    Mention target = null;
    for (int j = 0; j < mentions.size(); j++) {
      Mention o = mentions.get(j);
      String[] whole = words.get(j);
      if (o.type() != EntityType.ORGANIZATION || o.role() || !endsWith(whole, part)
          || whole.length == part.length + 1 && ANOTHER_BODY.contains(whole[0]) || joinsTwo(whole, whole.length - part.length)
          || !endsWith(MatchingForm.key(o.name()).split(" "), part)) {
        continue;
      }
      if (target != null && !target.entityId().equals(o.entityId())) {
        return null;
      }
      target = o;
    }
    return target;
  }

  /** Last words of local bodies named after their town (Blackpool Hotel Association, Powys Health Board), no firm's. */
  private static final Set<String> LOCAL_BODY = StringSet.of("association", "board", "school", "academy", "college", "council",
      "society", "trust", "authority", "hospital", "centre", "center", "committee", "federation");

  /** A first word that, alone before a body's name, names another body: a central bank, a refounded university. */
  private static final Set<String> ANOTHER_BODY = StringSet.of("central", "new");

  /** An "and" or "&amp;" among the first {@code n} words of {@code whole} (Daily and Sunday Telegraph: two papers). */
  private static boolean joinsTwo(String[] whole, int n) {
    for (int k = 0; k < n; k++) {
      if (whole[k].equals("and") || whole[k].equals("&")) {
        return true;
      }
    }
    return false;
  }

  /** {@code whole} is longer than {@code part} and ends with its words. */
  private static boolean endsWith(String[] whole, String[] part) {
    return whole.length > part.length && Arrays.equals(part, 0, part.length, whole, whole.length - part.length, whole.length);
  }

  /** {@code part} is the first words of the longer {@code whole} (Acme of Acme Holdings). */
  private static boolean firstWordsOf(String[] part, String[] whole) {
    return whole.length > part.length && Arrays.equals(part, 0, part.length, whole, 0, part.length);
  }

  /**
   * {@code part} is a short form of the organisation {@code whole} by its first words, unless those name the
   * town whose council {@code whole} is (Darlington of Darlington Borough Council).
   */
  public static boolean shortFormOf(String[] part, String[] whole) {
    return firstWordsOf(part, whole) && !townOfItsCouncil(part, whole);
  }

  /** Words between a town and "Council" in a local council's name (Darlington Borough Council, Leeds City Council). */
  private static final Set<String> COUNCIL_KIND = StringSet.of("borough", "city", "county", "district", "town", "metropolitan", "parish");

  /** {@code whole} is the council of the town {@code part} names: the part, then only council words. */
  public static boolean townOfItsCouncil(String[] part, String[] whole) {
    if (!whole[whole.length - 1].equals("council")) {
      return false;
    }
    for (int k = part.length; k < whole.length - 1; k++) {
      if (!COUNCIL_KIND.contains(whole[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Round 47: an Arabic name spanned after the first lam of لل (للاتحاد الدولي …: لاتحاد الدولي …, as the files span it)
   * is the same body as the name with its article (الاتحاد الدولي …): the alef the lam dropped restored, every word the same.
   */
  static boolean afterLam(String[] part, String[] whole) {
    return part.length == whole.length && part[0].length() >= 3 && part[0].charAt(0) == 'ل'
        && whole[0].length() == part[0].length() + 1 && whole[0].charAt(0) == 'ا' && whole[0].endsWith(part[0])
        && Arrays.equals(part, 1, part.length, whole, 1, whole.length);
  }

  /** Every name in {@code wholes} is {@code longest} or its first words. */
  private static boolean prefixesOf(List<String[]> wholes, String[] longest) {
    for (String[] w : wholes) {
      if (w.length > longest.length || !Arrays.equals(w, Arrays.copyOf(longest, w.length))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym that is the initials of a name with no legal form written plus the initial of one left out
   * (SMFG for Sumitomo Mitsui Financial Group written "Sumitomo Mitsui Financial"): Group, Corp or Company,
   * Holdings, Inc.
   */
  public static boolean initialsPlusForm(String[] whole, String acronym) {
    if (whole.length < 2 || acronym.length() < 3) {
      return false;
    }
    String i = initials(whole);
    return acronym.length() == i.length() + 1 && acronym.startsWith(i) && "gchi".indexOf(acronym.charAt(acronym.length() - 1)) >= 0;
  }

  /** First letters of the words of a name, without of, and, the, for; hyphenated words count each part. */
  public static String initials(String[] words) {
    return initials(words, words.length);
  }

  /**
   * {@link #initials(String[])} of the first {@code n} words. Read in place (asked for every pair of organisation
   * mentions): each hyphen-separated part's first char, if a letter, as {@code split("-")} gave the parts.
   */
  static String initials(String[] words, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      String w = words[k];
      if (w.equals("of") || w.equals("and") || w.equals("the") || w.equals("for") || w.equals("&")) {
        continue;
      }
      for (int c = 0; c < w.length(); c++) {
        if ((c == 0 || w.charAt(c - 1) == '-') && Character.isLetter(w.charAt(c))) {
          b.append(w.charAt(c)); // a hyphen is no letter: an empty part gives nothing, as before
        }
      }
    }
    return b.toString();
  }

  /** Last words of events and awards the untyped runs may have been typed organisations with. */
  private static final Set<String> EVENT_TAIL = StringSet.of("award", "awards", "prize", "prizes", "trophy", "medal", "festival",
      "cup", "championship", "championships", "olympics", "tournament", "games", "nations", "forum", "league", "open",
      "series", "conference", "summit", "show", "expo", "fair", "week", "day", "marathon");

  /** Number words and the like, which open events and teams (Six Nations, Big Four), no firm's short form. */
  private static final Set<String> NOT_A_FIRMS_WORD = StringSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "first", "second", "third", "big", "great", "new", "the", "national", "international", "world",
      "commonwealth", "european", "united", "royal", "general");

  /** The legal-form word a firm's acronym leaves out (GM for General Motors Corp). */
  private static final Set<String> FIRM_SUFFIXES = StringSet.of("corp", "inc", "co", "ltd", "plc", "llc", "group");

  /** The capital letters of a one-word name written in camel case (GlaxoSmithKline: GSK), or "" when fewer than two. */
  static String capitals(String text, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        b.append(text.charAt(k));
      }
    }
    return b.length() >= 2 && b.length() < end - start ? b.toString() : "";
  }

  /** {@code part} is the leading or trailing words of {@code whole}. */
  static boolean isEdge(String[] part, String[] whole) {
    int n = part.length;
    // compared in place: asked for every pair of person mentions
    return Arrays.equals(part, 0, n, whole, whole.length - n, whole.length) || Arrays.equals(part, 0, n, whole, 0, n);
  }
}
