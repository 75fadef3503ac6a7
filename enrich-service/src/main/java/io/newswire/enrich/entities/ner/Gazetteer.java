package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word lists the name tagger uses as features: words of knowledge-base names by type, and hand-written
 * lists of given and family names, well-known organisations and places, and cue words.
 * Snapshotted into the model file at training time, so the model sees the same lists at run time even
 * when the knowledge base grows.
 */
public final class Gazetteer {

  private final Map<String, String> tags;

  private Gazetteer(Map<String, String> tags) {
    this.tags = tags;
  }

  /** Tags of a stem ('PERSON1 PLACE*' ...), or null. */
  public String tags(String stem) {
    return tags.get(stem);
  }

  /** The Arabic lists. */
  public static Gazetteer build(KnowledgeBase kb) throws IOException {
    return build(kb, "ar");
  }

  /**
   * Builds the lists from the knowledge base (Arabic-script names) and hand-written lists: for Arabic
   * those in {@code models/}, for Persian the given names and cue sections of {@code entities/}.
   */
  public static Gazetteer build(KnowledgeBase kb, String lang) throws IOException {
    return build(kb, lang, List.of());
  }

  /**
   * As {@link #build(KnowledgeBase, String)}, plus the name words of a silver corpus (WikiANN): a stem
   * tagged {@code SILVER_PER}/{@code _LOC}/{@code _ORG} when it stood at least twice inside names of that
   * type and inside such names in at least half of its occurrences. Cheaper and safer than mixing that
   * corpus into training: its conventions (what counts as an organisation, no MISC) do not leak in.
   */
  public static Gazetteer build(KnowledgeBase kb, String lang, List<ConllSentence> silver) throws IOException {
    Map<String, TreeSet<String>> m = new TreeMap<>();
    for (KbEntity e : kb.entities()) {
      for (KbAlias a : e.aliases()) {
        // English aliases feed the English model only; the Arabic and Persian lists are as before.
        if (a.lang().equals("en") != lang.equals("en")) {
          continue;
        }
        // Arabic text does not write the Persian column's words (اجرايي، ابراهيموويچ، " استريت" cut after a
        // joiner): the Arabic list takes Arabic aliases only (the Persian and English lists as before).
        if (lang.equals("ar") && !a.lang().equals("ar")) {
          continue;
        }
        String[] words = a.text().split("\\s+");
        for (String w : words) {
          String stem = ArabicStem.of(w);
          if (stem.length() < 2) {
            continue;
          }
          m.computeIfAbsent(stem, k -> new TreeSet<>()).add(e.type().name() + (words.length == 1 ? "1" : "*"));
        }
      }
    }
    if (lang.equals("fa")) {
      addWords(m, "entities/given-names-fa.txt", "GIVEN");
      addSections(m, "entities/fa-cues.txt", Map.of("org", "ORGTRIG", "office", "PERSTRIG", "role-after", "ROLEAFTER",
          "place-before", "LOCTRIG", "surname-suffix", "SURSUF", "not-name", "NOTNAME", "stop", "STOP", "predicate", "STOP"));
    } else if (!lang.equals("en")) {
      addWords(m, "models/given-names-ar.txt", "GIVEN");
      addWords(m, "models/family-names-ar.txt", "FAMILY");
      addTaggedWords(m, "models/trigger-words-ar.txt");
      addTaggedWords(m, "models/org-place-names-ar.txt");
    }
    for (String w : kb.titles().allCueWords()) {
      if (w.indexOf(' ') < 0) {
        m.computeIfAbsent(ArabicStem.of(w), k -> new TreeSet<>()).add("TITLE");
      }
    }
    addSilver(m, silver);
    Map<String, String> tags = new TreeMap<>();
    m.forEach((k, v) -> tags.put(k, String.join(" ", v)));
    return new Gazetteer(tags);
  }

  private static void addSilver(Map<String, TreeSet<String>> m, List<ConllSentence> silver) {
    Map<String, Integer> all = new HashMap<>();
    Map<String, Map<String, Integer>> inside = new TreeMap<>();
    for (ConllSentence s : silver) {
      String[] types = new String[s.tokens().length];
      for (Chunk c : Chunk.fromTags(NerTags.mapAll(s.tags()))) {
        for (int i = c.start(); i < c.end(); i++) {
          types[i] = c.type();
        }
      }
      for (int i = 0; i < types.length; i++) {
        String stem = ArabicStem.of(s.tokens()[i]);
        all.merge(stem, 1, Integer::sum);
        if (types[i] != null) {
          inside.computeIfAbsent(stem, k -> new TreeMap<>()).merge(types[i], 1, Integer::sum);
        }
      }
    }
    inside.forEach((stem, byType) -> byType.forEach((type, n) -> {
      if (stem.length() >= 2 && n >= 2 && 2 * n >= all.get(stem)) {
        m.computeIfAbsent(stem, k -> new TreeSet<>()).add("SILVER_" + type);
      }
    }));
  }

  /** Every word of a hand-written list resource ({@code #} comments) under one tag. */
  private static void addWords(Map<String, TreeSet<String>> m, String resource, String tag) throws IOException {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.split("\\s+")) {
          if (!w.isBlank()) {
            m.computeIfAbsent(ArabicStem.of(w), k -> new TreeSet<>()).add(tag);
          }
        }
      }
    }
  }

  /** Every word of a hand-written {@code tag<TAB>words} list resource under its line's tag. */
  private static void addTaggedWords(Map<String, TreeSet<String>> m, String resource) throws IOException {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        for (String w : line.substring(tab + 1).split("\\s+")) {
          if (!w.isBlank()) {
            m.computeIfAbsent(ArabicStem.of(w), k -> new TreeSet<>()).add(line.substring(0, tab));
          }
        }
      }
    }
  }

  /** Words of a {@code [section]} list resource under the tag {@code tags} gives their section (others skipped). */
  private static void addSections(Map<String, TreeSet<String>> m, String resource, Map<String, String> tags) throws IOException {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      String tag = null;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
          tag = tags.get(t.substring(1, t.length() - 1));
        } else if (tag != null && !t.isEmpty() && !t.startsWith("#")) {
          for (String w : t.split("\\s+")) {
            m.computeIfAbsent(ArabicStem.of(w), k -> new TreeSet<>()).add(tag);
          }
        }
      }
    }
  }

  void writeTo(java.io.DataOutputStream o) throws IOException {
    Map<String, String> sorted = new TreeMap<>(tags);
    o.writeInt(sorted.size());
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      o.writeUTF(e.getKey());
      o.writeUTF(e.getValue());
    }
  }

  static Gazetteer readFrom(java.io.DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.put(in.readUTF(), in.readUTF());
    }
    return new Gazetteer(m);
  }

}
