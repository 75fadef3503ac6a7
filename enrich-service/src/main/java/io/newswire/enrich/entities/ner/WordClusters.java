package io.newswire.enrich.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learned from unlabeled text (see {@code train.DistributionalClustering}): each light
 * stem that was frequent enough has a fine class and the coarse class that holds it. They let the
 * tagger generalise from a name it saw to words used in the same contexts that it never saw labelled.
 * Snapshotted into the model file like the {@link Gazetteer}.
 */
public final class WordClusters {
  /** Class of a stem the clustering did not see often enough. */
  public static final int UNKNOWN = -1;
  public static final WordClusters NONE = new WordClusters(Map.of());

  /** stem -> fine * 1024 + coarse. */
  private final Map<String, Integer> classes;

  public WordClusters(Map<String, Integer> classes) {
    this.classes = classes;
  }

  public static int pack(int fine, int coarse) {
    return fine * 1024 + coarse;
  }

  /** Fine class of {@code stem}, or {@link #UNKNOWN}. */
  public int fine(String stem) {
    Integer c = classes.get(stem);
    return c == null ? UNKNOWN : c / 1024;
  }

  /** Coarse class of {@code stem}, or {@link #UNKNOWN}. */
  public int coarse(String stem) {
    Integer c = classes.get(stem);
    return c == null ? UNKNOWN : c % 1024;
  }

  /** One more than the largest coarse class (0 without classes). */
  public int coarseClasses() {
    int max = -1;
    for (int c : classes.values()) {
      max = Math.max(max, c % 1024);
    }
    return max + 1;
  }

  public int size() {
    return classes.size();
  }

  void writeTo(DataOutputStream o) throws IOException {
    Map<String, Integer> sorted = new TreeMap<>(classes);
    o.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      o.writeUTF(e.getKey());
      o.writeInt(e.getValue());
    }
  }

  static WordClusters readFrom(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.put(in.readUTF(), in.readInt());
    }
    return new WordClusters(m);
  }
}
