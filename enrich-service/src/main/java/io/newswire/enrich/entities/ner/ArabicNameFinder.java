package io.newswire.enrich.entities.ner;

import io.newswire.normalization.MatchingForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical Arabic name finder (OpenNLP maxent, trained on ANERcorp by {@code TrainAnerModel}):
 * PERS, LOC, ORG and MISC chunks over tokens. The model is shared; the decoder is not thread-safe, so
 * each thread gets its own. Tokens reach the model in matching form, as in training.
 */
public final class ArabicNameFinder {
  public static final String RESOURCE = "models/ner-ar-anercorp.bin";

  private final ThreadLocal<NameFinderME> finder;

  public ArabicNameFinder(TokenNameFinderModel model) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The shipped model, or null when the jar has none. */
  public static ArabicNameFinder loadShipped() {
    try (InputStream in = ArabicNameFinder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? null : new ArabicNameFinder(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + RESOURCE, e);
    }
  }

  /** Chunks of each sentence of one document; adaptive (document) features reset afterwards. */
  public List<List<Chunk>> findDocument(List<String[]> sentences) {
    NameFinderME me = finder.get();
    List<List<Chunk>> out = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        out.add(find(me, tokens));
      }
    } finally {
      me.clearAdaptiveData();
    }
    return out;
  }

  /** Chunks with the decoder's probability, one list per sentence of one document. */
  public List<List<ScoredChunk>> findDocumentScored(List<String[]> sentences) {
    NameFinderME me = finder.get();
    List<List<ScoredChunk>> out = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        Span[] spans = me.find(normalize(tokens));
        double[] probs = me.probs(spans);
        List<ScoredChunk> l = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
          l.add(new ScoredChunk(new Chunk(spans[i].getStart(), spans[i].getEnd(), spans[i].getType()), probs[i]));
        }
        out.add(l);
      }
    } finally {
      me.clearAdaptiveData();
    }
    return out;
  }

  /** A chunk and the mean probability the decoder gave its tags. */
  public record ScoredChunk(Chunk chunk, double probability) {}

  static List<Chunk> find(NameFinderME me, String[] tokens) {
    String[] norm = normalize(tokens);
    Span[] spans = me.find(norm);
    List<Chunk> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new Chunk(s.getStart(), s.getEnd(), s.getType()));
    }
    return out;
  }

  public static String[] normalize(String[] tokens) {
    String[] norm = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String k = MatchingForm.key(tokens[i]);
      norm[i] = k.isEmpty() ? tokens[i] : k;
    }
    return norm;
  }
}
