package io.newswire.enrich.entities.kb;

import io.newswire.text.StringMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The entities and titles the extractor links to: the shipped files listed in {@code kb/index.txt} on
 * the classpath, then every {@code *.tsv} of the directory named by {@code NEWSWIRE_KB_PATH} (a file
 * named {@code titles.tsv} there adds titles). Rows sharing an id merge. Immutable once loaded.
 */
public final class KnowledgeBase {
  public static final String ENV_PATH = "NEWSWIRE_KB_PATH";
  private static final String INDEX = "kb/index.txt";

  private final Map<String, KbEntity> byId;
  /** {@link #byId} for {@link #get}: rules ask it of every mention's id, most often one the KB lacks (a slug). */
  private final StringMap<KbEntity> lookup;
  private final Titles titles;

  private KnowledgeBase(Map<String, KbEntity> byId, Titles titles) {
    this.byId = byId;
    this.lookup = StringMap.copyOf(byId);
    this.titles = titles;
  }

  /** The shipped knowledge base plus the extra directory named by {@code NEWSWIRE_KB_PATH}, if set. */
  public static KnowledgeBase load() {
    String extra = System.getenv(ENV_PATH);
    return load(extra == null || extra.isBlank() ? null : Path.of(extra));
  }

  /** The shipped knowledge base plus {@code extraDir} (may be null). */
  public static KnowledgeBase load(Path extraDir) {
    Builder b = new Builder();
    try {
      for (String entry : readIndex()) {
        try (Reader r = resource("kb/" + entry)) {
          if (entry.endsWith("titles.tsv")) {
            b.titles.read(r);
          } else {
            b.add(KbTsv.read(r, entry));
          }
        }
      }
      if (extraDir != null) {
        List<Path> files;
        try (Stream<Path> s = Files.list(extraDir)) {
          files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path p : files) {
          try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            if (p.getFileName().toString().equals("titles.tsv")) {
              b.titles.read(r);
            } else {
              b.add(KbTsv.read(r, p.toString()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the knowledge base", e);
    }
    return b.build();
  }

  private static List<String> readIndex() throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader r = resource(INDEX)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      int n;
      while ((n = r.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      for (String line : sb.toString().split("\\R")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static Reader resource(String name) throws IOException {
    InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  public Collection<KbEntity> entities() {
    return byId.values();
  }

  public KbEntity get(String id) {
    return id == null ? null : lookup.get(id); // as the map it copies: no id, no entity
  }

  public Titles titles() {
    return titles;
  }

  public int size() {
    return byId.size();
  }

  /** Assembles a knowledge base from rows, merging rows that share an id. */
  public static final class Builder {
    private final Map<String, KbEntity> byId = new LinkedHashMap<>();
    private final Titles titles = new Titles();

    public Builder add(List<KbEntity> rows) {
      for (KbEntity e : rows) {
        byId.merge(e.id(), e, KbEntity::mergedWith);
      }
      return this;
    }

    public Titles titles() {
      return titles;
    }

    public KnowledgeBase build() {
      return new KnowledgeBase(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId)), titles);
    }
  }
}
