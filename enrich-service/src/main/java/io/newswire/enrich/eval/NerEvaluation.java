package io.newswire.enrich.eval;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.Chunk;
import io.newswire.enrich.entities.ner.ConllSentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Named-entity evaluation on pre-tokenized CoNLL data with conlleval semantics: a predicted chunk is
 * right when its tokens and type equal a gold chunk; precision, recall and F1 per type and overall.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /**
   * Scores {@code conll} ({@code token TAG} lines). With {@code predictionsOrNull} (lines {@code token
   * gold predicted}) those predictions are scored as they are; without, the shipped model for {@code
   * lang} tags the tokens.
   */
  public static Report run(Path conll, String lang, Path predictionsOrNull) throws IOException {
    if (predictionsOrNull != null) {
      Report r = new Report();
      for (ConllSentence s : ConllSentence.read(predictionsOrNull)) {
        if (s.tagColumns().size() < 2) {
          throw new IOException(predictionsOrNull + ": expected 'token gold predicted' lines");
        }
        r.add(s.tagColumns().get(0), s.tagColumns().get(1));
      }
      return r;
    }
    if (!"ar".equals(lang)) {
      throw new IllegalArgumentException("no statistical model for language '" + lang + "' (only 'ar')");
    }
    PerceptronTagger finder = PerceptronTagger.loadShipped();
    if (finder == null) {
      throw new IllegalStateException("the shipped Arabic model is missing");
    }
    return tagAndScore(ConllSentence.read(conll), finder);
  }

  /** Tags the tokens of {@code sentences} with {@code finder} and scores the result. */
  public static Report tagAndScore(List<ConllSentence> sentences, PerceptronTagger finder) {
    return tagAndScore(sentences, finder, DOCUMENT_SENTENCES);
  }

  /** Sentences treated as one document (adaptive features reset between documents). */
  public static final int DOCUMENT_SENTENCES = 50;

  public static Report tagAndScore(List<ConllSentence> sentences, PerceptronTagger finder, int documentSentences) {
    List<String[]> tokens = new ArrayList<>(sentences.size());
    sentences.forEach(s -> tokens.add(s.tokens()));
    List<List<Chunk>> predicted = new ArrayList<>();
    // Adaptive features are per document; ANERcorp has no document marks, so reset every few sentences.
    for (int i = 0; i < tokens.size(); i += documentSentences) {
      predicted.addAll(finder.findDocument(tokens.subList(i, Math.min(tokens.size(), i + documentSentences))));
    }
    Report r = new Report();
    for (int i = 0; i < sentences.size(); i++) {
      r.add(sentences.get(i).tags(), Chunk.toTags(predicted.get(i), sentences.get(i).tokens().length));
    }
    return r;
  }

  /**
   * Scores the whole entity step on pre-tokenized text: each run of {@link #DOCUMENT_SENTENCES}
   * sentences becomes one article (a field per sentence, tokens joined by spaces), the extractor's
   * mentions map back to the tokens they start and end in (a clitic-stripped mention covers its whole
   * token, as CoNLL tags do), PERSON/PLACE/ORGANIZATION become PERS/LOC/ORG; MISC, which the extractor
   * does not publish, comes from {@code tagger}.
   */
  public static Report tagAndScoreSystem(List<ConllSentence> sentences, io.newswire.enrich.entities.EntityExtractor extractor,
      PerceptronTagger tagger) {
    Report r = new Report();
    for (int i = 0; i < sentences.size(); i += DOCUMENT_SENTENCES) {
      List<ConllSentence> doc = sentences.subList(i, Math.min(sentences.size(), i + DOCUMENT_SENTENCES));
      List<io.newswire.enrich.ArticleField> fields = new ArrayList<>();
      List<int[]> starts = new ArrayList<>();
      List<String[]> tokens = new ArrayList<>();
      for (int k = 0; k < doc.size(); k++) {
        String[] t = doc.get(k).tokens();
        tokens.add(t);
        int[] st = new int[t.length + 1];
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < t.length; j++) {
          if (j > 0) {
            sb.append(' ');
          }
          st[j] = sb.length();
          sb.append(t[j]);
        }
        st[t.length] = sb.length() + 1;
        starts.add(st);
        fields.add(new io.newswire.enrich.ArticleField("paragraphs[" + k + "]", sb.toString()));
      }
      List<List<Chunk>> predicted = new ArrayList<>();
      for (int k = 0; k < doc.size(); k++) {
        predicted.add(new ArrayList<>());
      }
      List<List<Chunk>> misc = tagger.findDocument(tokens);
      for (int k = 0; k < doc.size(); k++) {
        for (Chunk c : misc.get(k)) {
          if (c.type().equals("MISC")) {
            predicted.get(k).add(c);
          }
        }
      }
      var analysis = extractor.analyze(fields, "ar");
      for (io.newswire.enrich.entities.link.Mention m : analysis.mentions()) {
        if (m.role()) {
          continue;
        }
        String type = switch (m.type()) {
          case PERSON -> "PERS";
          case PLACE -> "LOC";
          case ORGANIZATION -> "ORG";
          default -> null;
        };
        if (type == null) {
          continue;
        }
        int[] st = starts.get(m.field());
        int first = tokenAt(st, m.start());
        int last = tokenAt(st, m.end() - 1);
        Chunk c = new Chunk(first, last + 1, type);
        List<Chunk> l = predicted.get(m.field());
        l.removeIf(o -> o.start() < c.end() && c.start() < o.end());
        l.add(c);
      }
      for (int k = 0; k < doc.size(); k++) {
        r.add(doc.get(k).tags(), Chunk.toTags(predicted.get(k), doc.get(k).tokens().length));
      }
    }
    return r;
  }

  private static int tokenAt(int[] starts, int charIndex) {
    int t = 0;
    while (t + 1 < starts.length - 1 && starts[t + 1] <= charIndex) {
      t++;
    }
    return t;
  }

  /** Writes {@code token gold predicted} lines (the format {@link #run} reads back). */
  public static void writePredictions(List<ConllSentence> sentences, PerceptronTagger finder, Path out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences.size(); i += DOCUMENT_SENTENCES) {
      List<ConllSentence> doc = sentences.subList(i, Math.min(sentences.size(), i + DOCUMENT_SENTENCES));
      List<String[]> tokens = new ArrayList<>();
      doc.forEach(s -> tokens.add(s.tokens()));
      List<List<Chunk>> predicted = finder.findDocument(tokens);
      for (int k = 0; k < doc.size(); k++) {
        String[] p = Chunk.toTags(predicted.get(k), doc.get(k).tokens().length);
        for (int t = 0; t < p.length; t++) {
          sb.append(doc.get(k).tokens()[t]).append(' ').append(doc.get(k).tags()[t]).append(' ').append(p[t]).append('\n');
        }
        sb.append('\n');
      }
    }
    java.nio.file.Files.writeString(out, sb, StandardCharsets.UTF_8);
  }

  /** Per-type and overall chunk P/R/F1; prints itself. */
  public static final class Report {
    private final Map<String, PrfCounts> byType = new TreeMap<>();
    private int sentences;
    private int tokens;

    public void add(String[] gold, String[] predicted) {
      sentences++;
      tokens += gold.length;
      Set<Chunk> g = new HashSet<>(Chunk.fromTags(gold));
      Set<Chunk> p = new HashSet<>(Chunk.fromTags(predicted));
      for (Chunk c : p) {
        PrfCounts t = byType.computeIfAbsent(c.type(), k -> new PrfCounts());
        if (g.contains(c)) {
          t.tp();
        } else {
          t.fp();
        }
      }
      for (Chunk c : g) {
        if (!p.contains(c)) {
          byType.computeIfAbsent(c.type(), k -> new PrfCounts()).fn();
        }
      }
    }

    /** Adds the counts of {@code other} (pooling cross-validation folds). */
    public void add(Report other) {
      sentences += other.sentences;
      tokens += other.tokens;
      other.byType.forEach((k, v) -> byType.computeIfAbsent(k, x -> new PrfCounts()).add(v));
    }

    public PrfCounts overall() {
      PrfCounts t = new PrfCounts();
      byType.values().forEach(t::add);
      return t;
    }

    public Map<String, PrfCounts> byType() {
      return byType;
    }

    public void print(PrintStream out) {
      out.printf("sentences: %d, tokens: %d%n", sentences, tokens);
      byType.forEach((k, v) -> out.println("  " + v.row(k)));
      out.println("  " + overall().row("ALL"));
    }

    @Override
    public String toString() {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      print(new PrintStream(b, true, StandardCharsets.UTF_8));
      return b.toString(StandardCharsets.UTF_8);
    }
  }
}
