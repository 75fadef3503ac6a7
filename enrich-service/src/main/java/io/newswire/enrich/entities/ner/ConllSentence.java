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

  /** The last tag column: the gold tags of a CoNLL-2003 style {@code token POS chunk TAG} line. */
  public String[] lastTags() {
    return tagColumns.get(tagColumns.size() - 1);
  }

  /** This sentence with {@code tags} as its only tag column. */
  public ConllSentence withTags(String[] tags) {
    return new ConllSentence(tokens, List.<String[]>of(tags));
  }

  public static List<ConllSentence> read(Path file) throws IOException {
    List<List<ConllSentence>> docs = readDocuments(file, 0);
    List<ConllSentence> out = new ArrayList<>();
    docs.forEach(out::addAll);
    return out;
  }

  /**
   * Sentences grouped into documents: a {@code -DOCSTART-} line ends a document, and with
   * {@code maxSentences > 0} so does every run of that many sentences (corpora without document marks).
   */
  public static List<List<ConllSentence>> readDocuments(Path file, int maxSentences) throws IOException {
    List<List<ConllSentence>> docs = new ArrayList<>();
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<List<String>> cols = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
          flush(out, tokens, cols);
          if (!out.isEmpty() && (t.startsWith("-DOCSTART-") || (maxSentences > 0 && out.size() >= maxSentences))) {
            docs.add(out);
            out = new ArrayList<>();
          }
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
    if (!out.isEmpty()) {
      docs.add(out);
    }
    return docs;
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
