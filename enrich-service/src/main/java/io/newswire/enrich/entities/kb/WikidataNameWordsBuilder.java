package io.newswire.enrich.entities.kb;

import com.ibm.icu.text.Transliterator;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.normalization.MatchingForm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a word table Arabic script → English spelling from the English–Arabic personal-name word pairs
 * that Merhav and Ash mined from Wikidata ("Design Challenges in Named Entity Transliteration", COLING
 * 2018; data CC0 1.0): {@code data/wd_arabic.normalized.aligned.tokens} of their repository, lines
 * {@code english<TAB>ا ر ب ي ك<TAB>count} (one name word, the Arabic letters space-separated, how many
 * Wikidata names had the pair). The file is read from a local copy; nothing is fetched.
 *
 * <p>Per Arabic word in the project's matching form (أ/إ/ا, ي/ى, ة/ه folded) the pairs' counts add up
 * over the English forms (folded to ASCII lower case); the dominant English form is kept when
 *
 * <ul>
 *   <li>its count is at least {@code minCount},
 *   <li>its spelling family (the forms sharing its consonant skeleton, {@link CrossScriptName#spellingKey}: Saif,
 *       Seif, Sayf) has at least {@code minShare} of the word's pairs (one reading dominates), the form
 *       itself being the family's most frequent,
 *   <li>its consonant skeleton ({@link CrossScriptName#spellingKey}) is within {@code maxDistance} edits of the
 *       Arabic word's, and the very same skeleton for a pair seen once, as pairs seen once are often
 *       misaligned (bosniak → عثمان; the letters agree: النمسا / austria, الأول / i are dropped),
 * </ul>
 *
 * and the Arabic word does not open with the article ال (an English form without al- would lose it; the
 * romanizer writes al- before the stem's spelling). A word written with a hamza on its first alef (أليسا,
 * إليزابيث) has no article: it is kept under {@link CrossScriptName#hamzaKey}. Output: sorted rows {@code word<TAB>English<TAB>count}.
 * Run through {@code tools/name-words-wikidata/build.sh LOCAL_CLONE} (defaults 1, 0.7, 1: chosen on the
 * development annotations' canonical-name figures; the repository's 80/20 splits hold disjoint pair lines,
 * so a held-out pair is never in a table learned from the rest and cannot test one).
 */
public final class WikidataNameWordsBuilder {
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  /** Arabic word (matching form) -> English form -> count, in first-seen order. */
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private int lines;

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WikidataNameWordsBuilder PAIRS.tokens OUT.tsv [minCount minShare maxDistance]");
      System.exit(2);
    }
    int minCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    double minShare = args.length > 3 ? Double.parseDouble(args[3]) : 0.7;
    int maxDistance = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    WikidataNameWordsBuilder b = new WikidataNameWordsBuilder();
    b.read(Path.of(args[0]));
    b.write(Path.of(args[1]), minCount, minShare, maxDistance);
  }

  private void read(Path pairs) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        addLine(line);
      }
    }
  }

  /** One line of the pairs file; malformed lines are skipped. */
  void addLine(String line) {
    String[] c = line.split("\t");
    if (c.length < 3) {
      return;
    }
    int n;
    try {
      n = Integer.parseInt(c[2].strip());
    } catch (NumberFormatException e) {
      return;
    }
    String english = english(c[0]);
    String raw = c[1].replace(" ", "");
    String arabic = MatchingForm.key(raw);
    if (CrossScriptName.opensWithHamzaAlefLam(raw)) {
      arabic = CrossScriptName.hamzaKey(arabic); // أليكس Alex, إلينا Elena: no article, kept apart from ال words
    }
    if (english == null || arabic.length() < 2 || !arabicLetters(arabic)) {
      return;
    }
    lines++;
    counts.computeIfAbsent(arabic, k -> new LinkedHashMap<>()).merge(english, n, Integer::sum);
  }

  /** The English word folded to ASCII lower case, or null when it is not one word of letters. */
  static String english(String raw) {
    String s = TO_ASCII.transliterate(raw.strip()).toLowerCase(Locale.ROOT).replace("'", "");
    if (s.length() < 2) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 'a' || ch > 'z') {
        return null;
      }
    }
    return s;
  }

  private static boolean arabicLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (ch < '\u0621' || ch > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /** The kept rows: Arabic word -> {English spelling (capitalised), count}. */
  Map<String, Object[]> kept(int minCount, double minShare, int maxDistance) {
    Map<String, Object[]> rows = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      String ar = e.getKey();
      if (ar.startsWith("ال") && ar.length() > 3) {
        continue;
      }
      // The share is that of the best spelling family (forms with one consonant skeleton: Saif, Seif and Sayf;
      // Tawfiq, Tawfik and Toufik), so that a name spelt several ways is not dropped for want of one spelling
      // that holds most pairs; the family's most frequent form is kept (Saif 19 of 38 pairs, its family 35).
      Map<String, Integer> families = new HashMap<>();
      int total = 0;
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        total += c.getValue();
        families.merge(CrossScriptName.spellingKey(c.getKey()), c.getValue(), Integer::sum);
      }
      String family = null;
      int familyCount = 0;
      for (Map.Entry<String, Integer> f : families.entrySet()) {
        if (f.getValue() > familyCount || (f.getValue() == familyCount && f.getKey().compareTo(family) < 0)) {
          family = f.getKey();
          familyCount = f.getValue();
        }
      }
      String best = null;
      int n = 0;
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        if (c.getValue() > n && CrossScriptName.spellingKey(c.getKey()).equals(family)) {
          best = c.getKey();
          n = c.getValue();
        }
      }
      if (n < minCount || familyCount < minShare * total || !lettersAgree(ar, best, familyCount == 1 ? 0 : maxDistance)) {
        continue;
      }
      rows.put(ar, new Object[] {Character.toUpperCase(best.charAt(0)) + best.substring(1), n});
    }
    return rows;
  }

  /**
   * Whether the two words' phonetic keys are at most {@code maxDistance} edits apart (and not empty), the
   * English word read either as it is or as Arabic script writes a foreign name's sounds
   * ({@link #asArabicWrites}: George جورج, Ivanov ايفانوف, Cecil سيسيل).
   */
  static boolean lettersAgree(String arabic, String english, int maxDistance) {
    String a = CrossScriptName.spellingKey(arabic);
    String b = CrossScriptName.spellingKey(english);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (distance(a, b) <= maxDistance) {
      return true;
    }
    String foreign = asArabicWrites(english);
    return !foreign.equals(english) && distance(a, CrossScriptName.spellingKey(foreign)) <= maxDistance;
  }

  /**
   * An English word (ASCII, lower case) respelt with the letters Arabic script uses for its sounds: v is
   * written ف (f), a soft g before e, i or y is ج (j) and a soft c is س (s). The phonetic key drops v and
   * reads g and c as k, which rejected the most frequent foreign given names (George from 1,073 pairs,
   * Ivanov, Gentiloni) and kept the letter-by-letter spelling (Jorj, Ifanof).
   */
  static String asArabicWrites(String english) {
    StringBuilder b = new StringBuilder(english.length());
    for (int i = 0; i < english.length(); i++) {
      char c = english.charAt(i);
      char next = i + 1 < english.length() ? english.charAt(i + 1) : ' ';
      boolean soft = next == 'e' || next == 'i' || next == 'y';
      if (c == 'v') {
        b.append('f');
      } else if (c == 'g' && soft && (i == 0 || english.charAt(i - 1) != 'g')) {
        b.append('j');
      } else if (c == 'c' && soft) {
        b.append('s');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  void write(Path out, int minCount, double minShare, int maxDistance) throws IOException {
    Map<String, Object[]> rows = kept(minCount, minShare, maxDistance);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# GENERATED by io.newswire.enrich.entities.kb.WikidataNameWordsBuilder (tools/name-words-wikidata/build.sh); do not edit, re-run it.\n");
      w.write("# English spelling of single Arabic-script name words, learned from the English-Arabic personal-name word pairs\n");
      w.write("# mined from Wikidata by Merhav & Ash, \"Design Challenges in Named Entity Transliteration\" (COLING 2018),\n");
      w.write("# data/wd_arabic.normalized.aligned.tokens of github.com/steveash/NETransliteration-COLING2018: CC0 1.0 (Wikidata).\n");
      w.write("# Kept: the most frequent English form of the dominant spelling family per word (matching form, no article) with count >= " + minCount + ", family share >= " + minShare
          + ", phonetic keys <= " + maxDistance + " edit(s) apart (the same key for a pair seen once).\n");
      w.write("# Columns: word, English spelling, pairs behind it. " + rows.size() + " words from " + lines + " pair lines.\n");
      for (Map.Entry<String, Object[]> r : rows.entrySet()) {
        w.write(r.getKey() + "\t" + r.getValue()[0] + "\t" + r.getValue()[1] + "\n");
      }
    }
    System.out.println(rows.size() + " words from " + lines + " pair lines -> " + out);
  }
}
