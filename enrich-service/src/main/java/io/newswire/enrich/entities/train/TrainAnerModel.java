package io.newswire.enrich.entities.train;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.ner.ConllSentence;
import io.newswire.enrich.entities.ner.Gazetteer;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.eval.NerEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the shipped Arabic name tagger on ANERcorp (CC BY-SA 4.0; see models/NOTICE-ANERcorp.md).
 * Deterministic: fixed epochs, seed and hash size, sentences grouped into documents in file order.
 *
 * <pre>
 * # measure on a dev split (train on the first 90% of sentences, score the last 10%):
 * java -cp ... io.newswire.enrich.entities.train.TrainAnerModel --data /work/shared/data/ner/anercorp-train.conll --dev 0.1
 * # choose settings by cross-validation on the training part only (3 contiguous folds of the first 90%):
 * java -cp ... io.newswire.enrich.entities.train.TrainAnerModel --data /work/shared/data/ner/anercorp-train.conll --dev 0.1 --folds 3
 * # train on everything and write the shipped model:
 * java -cp ... io.newswire.enrich.entities.train.TrainAnerModel --data /work/shared/data/ner/anercorp-train.conll \
 *     --out enrich-service/src/main/resources/models/ner-ar-anercorp.bin
 * </pre>
 */
public final class TrainAnerModel {
  public static final int EPOCHS = 20;
  public static final long SEED = 20260101L;
  public static final int HASH_BITS = 20;
  /** Models trained with seeds SEED, SEED+1, ... and averaged (parameter mixing). */
  public static final int MIX = 3;
  /** ANERcorp has no document marks; consecutive sentences stand in for a document. */
  public static final int DOCUMENT_SENTENCES = NerEvaluation.DOCUMENT_SENTENCES;

  private TrainAnerModel() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = null;
    double dev = 0;
    int epochs = EPOCHS;
    int bits = HASH_BITS;
    int mix = MIX;
    Path predictions = null;
    int folds = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--dev" -> dev = Double.parseDouble(args[++i]);
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--bits" -> bits = Integer.parseInt(args[++i]);
        case "--mix" -> mix = Integer.parseInt(args[++i]);
        case "--predictions" -> predictions = Path.of(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) {
      System.err.println("usage: TrainAnerModel --data anercorp-train.conll [--dev 0.1] [--out model.bin] [--epochs N] [--bits B]");
      System.exit(2);
    }
    List<ConllSentence> all = ConllSentence.read(data);
    int cut = dev > 0 ? (int) Math.round(all.size() * (1 - dev)) : all.size();
    Gazetteer gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null));
    long t0 = System.nanoTime();
    long[] seeds = new long[mix];
    for (int k = 0; k < mix; k++) {
      seeds[k] = SEED + k;
    }
    if (folds > 1) {
      crossValidate(all.subList(0, cut), folds, epochs, seeds, bits, gazetteer).print(System.out);
      return;
    }
    PerceptronTagger model = PerceptronTagger.trainMixed(documents(all.subList(0, cut)), epochs, seeds, bits, gazetteer);
    System.out.printf("trained on %d sentences, %d epochs, in %.1f s%n", cut, epochs, (System.nanoTime() - t0) / 1e9);
    if (dev > 0) {
      List<ConllSentence> held = all.subList(cut, all.size());
      NerEvaluation.Report r = NerEvaluation.tagAndScore(held, model);
      System.out.printf("dev split: last %d sentences (%.0f%%)%n", held.size(), dev * 100);
      r.print(System.out);
      System.out.println("whole entity step (knowledge base, cues and this tagger; MISC from the tagger):");
      NerEvaluation.tagAndScoreSystem(held, new io.newswire.enrich.entities.EntityExtractor(
          KnowledgeBase.load((Path) null), model), model).print(System.out);
      if (predictions != null) {
        NerEvaluation.writePredictions(held, model, predictions);
      }
    }
    if (out != null) {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        model.save(o);
      }
      System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
  }

  /** Pooled scores of {@code folds} contiguous folds, each tagged by a model trained on the others. */
  static NerEvaluation.Report crossValidate(List<ConllSentence> sentences, int folds, int epochs, long[] seeds, int bits,
      Gazetteer gazetteer) {
    NerEvaluation.Report pooled = new NerEvaluation.Report();
    for (int f = 0; f < folds; f++) {
      int from = sentences.size() * f / folds;
      int to = sentences.size() * (f + 1) / folds;
      List<ConllSentence> rest = new ArrayList<>(sentences.subList(0, from));
      rest.addAll(sentences.subList(to, sentences.size()));
      PerceptronTagger model = PerceptronTagger.trainMixed(documents(rest), epochs, seeds, bits, gazetteer);
      NerEvaluation.Report r = NerEvaluation.tagAndScore(sentences.subList(from, to), model);
      System.out.printf("fold %d: F1=%.4f%n", f + 1, r.overall().f1());
      pooled.add(r);
    }
    System.out.printf("%d-fold cross-validation on %d sentences:%n", folds, sentences.size());
    return pooled;
  }

  static List<List<ConllSentence>> documents(List<ConllSentence> sentences) {
    List<List<ConllSentence>> docs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += DOCUMENT_SENTENCES) {
      docs.add(new ArrayList<>(sentences.subList(i, Math.min(sentences.size(), i + DOCUMENT_SENTENCES))));
    }
    return docs;
  }
}
