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

  /** Builds the lists from the knowledge base (Arabic-script names) and the hand-written lists in {@code models/}. */
  public static Gazetteer build(KnowledgeBase kb) throws IOException {
    Map<String, TreeSet<String>> m = new TreeMap<>();
    for (KbEntity e : kb.entities()) {
      for (KbAlias a : e.aliases()) {
        if (a.lang().equals("en")) {
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
    addWords(m, "models/given-names-ar.txt", "GIVEN");
    addWords(m, "models/family-names-ar.txt", "FAMILY");
    addTaggedWords(m, "models/trigger-words-ar.txt");
    addTaggedWords(m, "models/org-place-names-ar.txt");
    for (String w : kb.titles().allCueWords()) {
      if (w.indexOf(' ') < 0) {
        m.computeIfAbsent(ArabicStem.of(w), k -> new TreeSet<>()).add("TITLE");
      }
    }
    Map<String, String> tags = new TreeMap<>();
    m.forEach((k, v) -> tags.put(k, String.join(" ", v)));
    return new Gazetteer(tags);
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
