package io.newswire.enrich.entities.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles and role words from {@code titles.tsv}: per role class and language the words that name the
 * office (أمير، رئيس الجمهورية، President), plus plain cues (الشيخ، آقای، Mr.) and generic role phrases
 * that refer back to the last holder of an office in the article.
 */
public final class Titles {
  /** role class to language to words; the pseudo-role 'cue' holds titles without an office. */
  private final Map<String, Map<String, List<String>>> words = new LinkedHashMap<>();
  /** language to generic phrase to role class. */
  private final Map<String, Map<String, String>> generic = new LinkedHashMap<>();

  public void read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 3) {
        continue;
      }
      String role = c[0].strip();
      String lang = c[1].strip();
      for (String w : c[2].split("\\|")) {
        String t = w.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (role.equals("generic")) {
          int eq = t.indexOf('=');
          generic.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
        } else {
          words.computeIfAbsent(role, k -> new LinkedHashMap<>()).computeIfAbsent(lang, k -> new ArrayList<>()).add(t);
        }
      }
    }
  }

  /** Words naming {@code role} in {@code lang} (empty if none). */
  public List<String> words(String role, String lang) {
    return words.getOrDefault(role, Map.of()).getOrDefault(lang, List.of());
  }

  /** Every title and cue word in every language: anything that may stand right before a person's name. */
  public List<String> allCueWords() {
    List<String> out = new ArrayList<>();
    for (Map<String, List<String>> byLang : words.values()) {
      for (List<String> ws : byLang.values()) {
        out.addAll(ws);
      }
    }
    return out;
  }

  public Map<String, Map<String, List<String>>> roles() {
    return words;
  }

  /** Generic role phrases per language: phrase to role class. */
  public Map<String, Map<String, String>> generic() {
    return generic;
  }
}
