package io.newswire.enrich.entities.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.normalization.MatchingForm;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Learns a word-level table Arabic/Persian script → English spelling from aligned names: every
 * knowledge-base entry (dr5hn countries, states and Middle-East cities; the project's curated people,
 * organisations and places) whose Arabic or Persian name has as many words as its English name gives one
 * pair per position. The article ال is taken off the Arabic word and an {@code Al-}/{@code Al} off the
 * English one (the romanizer writes {@code al-} itself); a pair is kept only when both words have the same
 * phonetic key ({@link CrossScriptName#key}), which drops translated words (مدينة / City) and misaligned
 * ones; a name written in another word order than the English one teaches nothing ({@link #otherWordOrder}). Per word
 * and language the most frequent English spelling wins. Run:
 *
 * <pre>
 * java -cp newswire-cli/target/newswire-cli.jar:newswire-cli/target/lib/* \
 *   io.newswire.enrich.entities.kb.NameWordsBuilder ../shared/data/kb enrich-service/src/main/resources/kb \
 *   enrich-service/src/main/resources/kb/generated/name-words.tsv
 * </pre>
 */
public final class NameWordsBuilder {
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  /** lang ("ar"/"fa") -> matching-form word -> English spelling -> count, in first-seen order. */
  private final Map<String, Map<String, Map<String, Integer>>> counts = new HashMap<>();
  private int pairs;

  public static void main(String[] args) throws IOException {
    NameWordsBuilder b = new NameWordsBuilder();
    Path data = Path.of(args[0]);
    Path kb = Path.of(args[1]);
    b.readDr5hn(data);
    b.readKbTsv(kb);
    b.write(Path.of(args[2]));
  }

  void readDr5hn(Path data) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (JsonNode c : json.readTree(data.resolve("dr5hn-countries.json").toFile())) {
      addTranslations(c, "");
    }
    try (Stream<Path> files = Files.list(data.resolve("dr5hn-cities"))) {
      for (Path f : files.sorted().toList()) {
        for (JsonNode c : json.readTree(f.toFile())) {
          String cc = c.path("country_code").asText("");
          addTranslations(c, cc);
          String lang = persian(cc) ? "fa" : ARAB.contains(cc) ? "ar" : "";
          if (!lang.isEmpty()) {
            add(lang, c.path("native").asText(""), c.path("name").asText(""));
          }
        }
      }
    }
    readStates(Files.readAllLines(data.resolve("dr5hn-states.csv"), StandardCharsets.UTF_8));
  }

  /**
   * The states file's lines (the first is the header): each Arabic or Persian state's native name
   * against its English one. Fields are split as {@link KbBuilder#splitCsv} splits them (quoted fields
   * hold commas: a bare-comma split shifted the columns of about a quarter of the lines).
   */
  void readStates(List<String> lines) {
    List<String> header = KbBuilder.splitCsv(lines.get(0));
    int name = header.indexOf("name");
    int country = header.indexOf("country_code");
    int nativeName = header.indexOf("native");
    int last = Math.max(name, Math.max(country, nativeName));
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = KbBuilder.splitCsv(line);
      if (f.size() <= last) {
        continue;
      }
      String cc = f.get(country);
      String lang = persian(cc) ? "fa" : ARAB.contains(cc) ? "ar" : "";
      if (!lang.isEmpty()) {
        add(lang, f.get(nativeName), f.get(name));
      }
    }
  }

  /**
   * A place's Arabic and Persian names; for a town ({@code cc} its country) only the language whose
   * press spells that country's names: an Iranian town's English name is a Persian spelling, an Arab
   * town's an Arabic one, a Turkish one neither.
   */
  private void addTranslations(JsonNode c, String cc) {
    String en = c.path("name").asText("");
    JsonNode t = c.path("translations");
    if (cc.isEmpty() || ARAB.contains(cc)) {
      add("ar", t.path("ar").asText(""), en);
    }
    if (cc.isEmpty() || persian(cc)) {
      add("fa", t.path("fa").asText(""), en);
    }
  }

  private static final java.util.Set<String> ARAB = java.util.Set.of("AE", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "OM", "PS",
      "QA", "SA", "SY", "YE", "DZ", "MA", "TN", "SD", "MR");

  private static boolean persian(String cc) {
    return cc.equals("IR") || cc.equals("AF");
  }

  void readKbTsv(Path kb) throws IOException {
    try (Stream<Path> files = Files.walk(kb)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && !p.getFileName().toString().startsWith("name-words")
          && !p.getFileName().toString().equals("titles.tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] c = line.split("\t", -1);
          if (c.length < 6) {
            continue;
          }
          List<String> english = new ArrayList<>();
          english.add(c[2]);
          for (String a : c[5].split("\\|")) {
            if (!a.isBlank() && !a.startsWith("~") && !a.startsWith("@")) {
              english.add(a);
            }
          }
          for (int lang = 3; lang <= 4; lang++) {
            for (String a : c[lang].split("\\|")) {
              if (a.isBlank() || a.startsWith("~") || a.startsWith("@")) {
                continue;
              }
              for (String e : english) {
                add(lang == 3 ? "ar" : "fa", a, e);
              }
            }
          }
        }
      }
    }
  }

  /** One aligned name: its words, position by position, where the counts agree. */
  void add(String lang, String script, String english) {
    if (script.isBlank() || english.isBlank()) {
      return;
    }
    String[] s = MatchingForm.key(script.replace('-', ' ').replace('\u200C', ' ')).split(" +");
    List<String> e = new ArrayList<>();
    for (String w : TO_ASCII.transliterate(english).replace("'", "").replace("`", "").split("[\\s,()]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if ((w.equals("Al") || w.equals("El") || w.equals("al") || w.equals("el"))) {
        e.add("\u0000"); // a separate article: joined with the next word below
        continue;
      }
      e.add(w);
    }
    List<String> en = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) {
      if (e.get(i).equals("\u0000")) {
        if (i + 1 < e.size() && !e.get(i + 1).equals("\u0000")) {
          en.add("Al-" + e.get(++i));
        }
      } else {
        en.add(e.get(i));
      }
    }
    if (s.length != en.size() || otherWordOrder(s, en)) {
      return;
    }
    for (int i = 0; i < s.length; i++) {
      String w = s[i];
      String x = en.get(i);
      if (!x.matches("[A-Za-z][A-Za-z-]*[a-z]") || w.isEmpty() || !startsInArabicScript(w)) {
        continue;
      }
      boolean article = w.startsWith("ال") && w.length() > 3;
      String stem = article ? w.substring(2) : w;
      String eng = x;
      int dash = eng.indexOf('-');
      if (dash > 0 && dash <= 3 && eng.substring(0, dash).matches("(?i)al|el|ad|ar|as|at|az|an|ash|ath|ul")) {
        eng = eng.substring(dash + 1);
      } else if (article && eng.length() > 4 && eng.toLowerCase(Locale.ROOT).startsWith("al") && !CrossScriptName.key(eng).equals(CrossScriptName.key(stem))
          && CrossScriptName.key(eng.substring(2)).equals(CrossScriptName.key(stem))) {
        eng = eng.substring(2); // Alkhobar, Alula: the article glued on
      }
      if (eng.length() < 2 || eng.contains("-")) {
        continue;
      }
      eng = Character.toUpperCase(eng.charAt(0)) + eng.substring(1).toLowerCase(Locale.ROOT);
      if (stem.length() < 2 || !CrossScriptName.key(stem).equals(CrossScriptName.key(eng))) {
        continue;
      }
      counts.computeIfAbsent(lang, k -> new HashMap<>()).computeIfAbsent(stem, k -> new LinkedHashMap<>()).merge(eng, 1, Integer::sum);
      pairs++;
    }
  }

  /**
   * Whether a script word keys like an English word at another position and not like its own (امارات عربی متحده and
   * الإمارات العربية المتحدة against United Arab Emirates: امارات is Emirates, the third word): the alias follows its
   * own language's word order, so its pairs by position are chance (عربی against Arab taught Persian copy Arab for
   * the family name Arabi). A key of three letters or more also meets an English key it opens (Emirates' plural s).
   */
  static boolean otherWordOrder(String[] script, List<String> english) {
    for (int i = 0; i < script.length; i++) {
      String k = CrossScriptName.key(script[i]);
      if (k.isEmpty() || keysMeet(k, CrossScriptName.key(english.get(i)))) {
        continue;
      }
      for (int j = 0; j < english.size(); j++) {
        if (j != i && keysMeet(k, CrossScriptName.key(english.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean keysMeet(String script, String english) {
    return script.equals(english) || script.length() >= 3 && english.startsWith(script);
  }

  /** The most frequent English spelling learned so far for a word of {@code lang}, or null. */
  String learned(String lang, String word) {
    Map<String, Integer> c = counts.getOrDefault(lang, Map.of()).get(word);
    if (c == null) {
      return null;
    }
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  void write(Path out) throws IOException {
    Map<String, String[]> rows = new TreeMap<>();
    for (String lang : new String[] {"ar", "fa"}) {
      for (Map.Entry<String, Map<String, Integer>> e : counts.getOrDefault(lang, Map.of()).entrySet()) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
          if (c.getValue() > n) {
            best = c.getKey();
            n = c.getValue();
          }
        }
        rows.computeIfAbsent(e.getKey(), k -> new String[] {"", ""})[lang.equals("ar") ? 0 : 1] = best;
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# GENERATED by io.newswire.enrich.entities.kb.NameWordsBuilder; do not edit, re-run it.\n");
      w.write("# English spelling of single Arabic/Persian name words, learned from aligned names of the knowledge base:\n");
      w.write("# dr5hn countries, states and cities (ODbL 1.0, see ../ATTRIBUTION-ODbL.md) and the curated files.\n");
      w.write("# Columns: word (matching form, article ال taken off), spelling in Arabic names, in Persian names (empty: none learned).\n");
      w.write("# " + rows.size() + " words from " + pairs + " aligned word pairs.\n");
      for (Map.Entry<String, String[]> r : rows.entrySet()) {
        w.write(r.getKey() + "\t" + r.getValue()[0] + "\t" + r.getValue()[1] + "\n");
      }
    }
    System.out.println(rows.size() + " words from " + pairs + " pairs -> " + out);
  }

  /** Whether the word opens with an Arabic-script letter (Arabic, its supplement, presentation forms). */
  private static boolean startsInArabicScript(String w) {
    char c = w.charAt(0);
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF';
  }
}
