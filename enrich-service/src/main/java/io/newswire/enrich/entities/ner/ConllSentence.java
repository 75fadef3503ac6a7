package io.newswire.enrich.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL file: tokens and one or more tag columns ({@code token TAG} or
 * {@code token gold predicted}), blank line between sentences.
 */
public record ConllSentence(String[] tokens, List<String[]> tagColumns) {
  public String[] tags() {
    return tagColumns.get(0);
  }

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<List<String>> cols = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
          flush(out, tokens, cols);
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length < 2) {
          continue;
        }
        tokens.add(parts[0]);
        for (int c = 1; c < parts.length; c++) {
          while (cols.size() < c) {
            List<String> col = new ArrayList<>();
            for (int k = 0; k < tokens.size() - 1; k++) {
              col.add("O");
            }
            cols.add(col);
          }
          cols.get(c - 1).add(parts[c]);
        }
      }
    }
    flush(out, tokens, cols);
    return out;
  }

  private static void flush(List<ConllSentence> out, List<String> tokens, List<List<String>> cols) {
    if (!tokens.isEmpty()) {
      List<String[]> tc = new ArrayList<>();
      for (List<String> c : cols) {
        while (c.size() < tokens.size()) {
          c.add("O");
        }
        tc.add(c.toArray(String[]::new));
      }
      out.add(new ConllSentence(tokens.toArray(String[]::new), tc));
    }
    tokens.clear();
    cols.clear();
  }
}
