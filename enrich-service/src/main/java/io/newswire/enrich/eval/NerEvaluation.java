package io.newswire.enrich.eval;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.Chunk;
import io.newswire.enrich.entities.ner.ConllSentence;
import io.newswire.enrich.entities.ner.NerTags;
import io.newswire.enrich.entities.ner.PerceptronTagger;
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
    return evaluate(conll, lang, false, DOCUMENT_SENTENCES, null);
  }

  /**
   * Scores the shipped statistical recognizer of {@code lang} alone, or with {@code whole} the whole
   * entity step, on {@code conll}; types mapped to PER/LOC/ORG. The gold tags are the last column (so
   * CoNLL-2003's {@code token POS chunk TAG} lines work too).
   *
   * @param docSentences sentences joined into one document at most (0: only {@code -DOCSTART-} ends one)
   * @param predictionsOut where to write {@code token gold predicted} lines, or null
   * @throws IllegalArgumentException when {@code lang} has no statistical model and {@code whole} is off
   */
  public static Report evaluate(Path conll, String lang, boolean whole, int docSentences, Path predictionsOut)
      throws IOException {
    PerceptronTagger tagger = PerceptronTagger.loadShipped(lang);
    if (tagger == null && !whole) {
      throw new IllegalArgumentException("no statistical model for language '" + lang
          + "' (models: ar, fa, en); --whole scores the whole entity step (knowledge base and rules) instead");
    }
    List<List<ConllSentence>> docs = new ArrayList<>();
    for (List<ConllSentence> d : ConllSentence.readDocuments(conll, docSentences)) {
      List<ConllSentence> g = new ArrayList<>(d.size());
      d.forEach(s -> g.add(s.withTags(s.lastTags())));
      docs.add(g);
    }
    List<String[]> predicted = whole ? predictWhole(docs, new EntityExtractor(), lang) : predict(docs, tagger);
    if (predictionsOut != null) {
      writePredictions(docs, predicted, true, predictionsOut);
    }
    return score(docs, predicted, true);
  }

  /** Tags the tokens of {@code sentences} with {@code finder} and scores the result, types as tagged. */
  public static Report tagAndScore(List<ConllSentence> sentences, PerceptronTagger finder) {
    return tagAndScore(sentences, finder, DOCUMENT_SENTENCES, false);
  }

  /** Sentences treated as one document (adaptive features reset between documents). */
  public static final int DOCUMENT_SENTENCES = 50;

  /**
   * @param documentSentences ANERcorp has no document marks: adaptive features reset every this many sentences
   * @param mapTypes score PER/LOC/ORG only ({@link NerTags}) instead of the tagger's own types
   */
  public static Report tagAndScore(List<ConllSentence> sentences, PerceptronTagger finder, int documentSentences,
      boolean mapTypes) {
    List<List<ConllSentence>> docs = split(sentences, documentSentences);
    return score(docs, predict(docs, finder), mapTypes);
  }

  /** {@code sentences} in runs of {@code n}. */
  public static List<List<ConllSentence>> split(List<ConllSentence> sentences, int n) {
    List<List<ConllSentence>> docs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += n) {
      docs.add(sentences.subList(i, Math.min(sentences.size(), i + n)));
    }
    return docs;
  }

  /** The tagger's tags for every sentence of every document, in order. */
  public static List<String[]> predict(List<List<ConllSentence>> docs, PerceptronTagger finder) {
    List<String[]> out = new ArrayList<>();
    for (List<ConllSentence> doc : docs) {
      List<String[]> tokens = new ArrayList<>(doc.size());
      doc.forEach(s -> tokens.add(s.tokens()));
      List<List<Chunk>> predicted = finder.findDocument(tokens);
      for (int k = 0; k < doc.size(); k++) {
        out.add(Chunk.toTags(predicted.get(k), doc.get(k).tokens().length));
      }
    }
    return out;
  }

  /**
   * The whole entity step on pre-tokenized text: each document becomes one article (a field per
   * sentence, tokens joined by spaces), and the extractor's mentions map back to the tokens they start
   * and end in (a clitic-stripped mention covers its whole token, as CoNLL tags do). PERSON, PLACE and
   * ORGANIZATION become PER, LOC and ORG; role references (the minister) are not names and are left out.
   */
  public static List<String[]> predictWhole(List<List<ConllSentence>> docs, EntityExtractor extractor, String lang) {
    List<String[]> out = new ArrayList<>();
    for (List<ConllSentence> doc : docs) {
      List<ArticleField> fields = new ArrayList<>();
      List<int[]> starts = new ArrayList<>();
      for (int k = 0; k < doc.size(); k++) {
        String[] t = doc.get(k).tokens();
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
        fields.add(new ArticleField("paragraphs[" + k + "]", sb.toString()));
      }
      List<List<Chunk>> predicted = new ArrayList<>();
      for (int k = 0; k < doc.size(); k++) {
        predicted.add(new ArrayList<>());
      }
      for (Mention m : extractor.analyze(fields, lang).mentions()) {
        if (m.role()) {
          continue;
        }
        String type = switch (m.type()) {
          case PERSON -> "PER";
          case PLACE -> "LOC";
          case ORGANIZATION -> "ORG";
          default -> null;
        };
        if (type == null) {
          continue;
        }
        int[] st = starts.get(m.field());
        Chunk c = new Chunk(tokenAt(st, m.start()), tokenAt(st, m.end() - 1) + 1, type);
        List<Chunk> l = predicted.get(m.field());
        if (l.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
          l.add(c);
        }
      }
      for (int k = 0; k < doc.size(); k++) {
        out.add(Chunk.toTags(predicted.get(k), doc.get(k).tokens().length));
      }
    }
    return out;
  }

  /** Scores {@code predicted} (one tag array per sentence, in order) against the documents' first tag column. */
  public static Report score(List<List<ConllSentence>> docs, List<String[]> predicted, boolean mapTypes) {
    Report r = new Report();
    int i = 0;
    for (List<ConllSentence> doc : docs) {
      for (ConllSentence s : doc) {
        String[] p = predicted.get(i++);
        r.add(mapTypes ? NerTags.mapAll(s.tags()) : s.tags(), mapTypes ? NerTags.mapAll(p) : p);
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
    List<List<ConllSentence>> docs = split(sentences, DOCUMENT_SENTENCES);
    writePredictions(docs, predict(docs, finder), false, out);
  }

  /** Writes {@code token gold predicted} lines, types mapped to PER/LOC/ORG when {@code mapTypes}. */
  public static void writePredictions(List<List<ConllSentence>> docs, List<String[]> predicted, boolean mapTypes, Path out)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (List<ConllSentence> doc : docs) {
      for (ConllSentence s : doc) {
        String[] g = mapTypes ? NerTags.mapAll(s.tags()) : s.tags();
        String[] p = mapTypes ? NerTags.mapAll(predicted.get(i)) : predicted.get(i);
        i++;
        for (int t = 0; t < p.length; t++) {
          sb.append(s.tokens()[t]).append(' ').append(g[t]).append(' ').append(p[t]).append('\n');
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
