package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists shipped under {@code /entities/}: plain files (one entry a line) or files split into
 * {@code [section]}s; {@code #} starts a comment. Entries are stored in their matching form
 * ({@link MatchingForm#key}), so case, ی/ي and ک/ك and ZWNJ-versus-space do not matter.
 */
final class CueLists {
  private final Map<String, Set<String>> sections;

  private CueLists(Map<String, Set<String>> sections) {
    this.sections = sections;
  }

  /** A sectioned file. */
  static CueLists load(String resource) {
    return new CueLists(read(resource));
  }

  /** {@code fa-cues.txt}, read once for every class that asks for one of its sections. */
  static CueLists persian() {
    return Persian.LISTS;
  }

  private static final class Persian {
    static final CueLists LISTS = load("/entities/fa-cues.txt");
  }

  /** A plain list (the whole file as one set). */
  static Set<String> loadList(String resource) {
    return StringSet.copyOf(read(resource).getOrDefault("", Set.of()));
  }

  /** Every word of a list written several words to a line (lines starting with # skipped), in matching form. */
  static Set<String> loadWords(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = CueLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.strip().split("\\s+")) {
          if (!w.isEmpty()) {
            out.add(MatchingForm.key(w));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StringSet.copyOf(out);
  }

  Set<String> get(String section) {
    Set<String> s = sections.get(section);
    if (s == null) {
      throw new IllegalStateException("no section [" + section + "]");
    }
    return s;
  }

  private static Map<String, Set<String>> read(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = CueLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          section = t.substring(1, t.length() - 1);
          continue;
        }
        out.computeIfAbsent(section, k -> new HashSet<>()).add(MatchingForm.key(t));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.replaceAll((k, v) -> StringSet.copyOf(v));
    return out;
  }
}
