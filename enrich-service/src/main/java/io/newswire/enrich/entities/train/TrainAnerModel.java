package io.newswire.enrich.entities.train;

import io.newswire.enrich.entities.ner.ArabicNameFinder;
import io.newswire.enrich.entities.ner.Chunk;
import io.newswire.enrich.entities.ner.ConllSentence;
import io.newswire.enrich.entities.ner.Gazetteer;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.eval.NerEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the shipped Arabic name finder on ANERcorp (CC BY-SA 4.0; see models/NOTICE-ANERcorp.md).
 * Deterministic: fixed algorithm, iterations and cutoff, single thread, input in file order.
 *
 * <pre>
 * # measure on a dev split (last 10% of sentences held out), model not written:
 * java -cp ... io.newswire.enrich.entities.train.TrainAnerModel --data /work/shared/data/ner/anercorp-train.conll --dev 0.1
 * # train on everything and write the shipped model:
 * java -cp ... io.newswire.enrich.entities.train.TrainAnerModel --data /work/shared/data/ner/anercorp-train.conll \
 *     --out enrich-service/src/main/resources/models/ner-ar-anercorp.bin
 * </pre>
 */
public final class TrainAnerModel {
  public static final int ITERATIONS = 150;
  public static final int CUTOFF = 1;
  public static final String ALGORITHM = "PERCEPTRON";

  private TrainAnerModel() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = null;
    double dev = 0;
    int iterations = ITERATIONS;
    int cutoff = CUTOFF;
    String algorithm = ALGORITHM;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--dev" -> dev = Double.parseDouble(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
        case "--algorithm" -> algorithm = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) {
      System.err.println("usage: TrainAnerModel --data anercorp-train.conll [--dev 0.1] [--out model.bin] [--iterations N]");
      System.exit(2);
    }
    List<ConllSentence> all = ConllSentence.read(data);
    // The gazetteer snapshot goes with the model: same lists at training and at run time.
    Gazetteer gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null));
    Gazetteer.install(gazetteer);
    int cut = dev > 0 ? (int) Math.round(all.size() * (1 - dev)) : all.size();
    List<ConllSentence> train = all.subList(0, cut);
    long t0 = System.nanoTime();
    TokenNameFinderModel model = train(train, iterations, cutoff, algorithm);
    System.out.printf("trained on %d sentences in %.1f s%n", train.size(), (System.nanoTime() - t0) / 1e9);
    if (dev > 0) {
      List<ConllSentence> held = all.subList(cut, all.size());
      ArabicNameFinder finder = new ArabicNameFinder(model);
      NerEvaluation.Report r = NerEvaluation.tagAndScore(held, finder);
      System.out.printf("dev split: last %d sentences (%.0f%%)%n", held.size(), dev * 100);
      r.print(System.out);
    }
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.serialize(o);
      }
      gazetteer.write(out.resolveSibling("ner-ar-gazetteer.tsv"));
      System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
  }

  public static TokenNameFinderModel train(List<ConllSentence> sentences, int iterations, int cutoff, String algorithm)
      throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) {
      List<Chunk> chunks = Chunk.fromTags(s.tags());
      Span[] spans = new Span[chunks.size()];
      for (int i = 0; i < spans.length; i++) {
        spans[i] = new Span(chunks.get(i).start(), chunks.get(i).end(), chunks.get(i).type());
      }
      samples.add(new NameSample(ArabicNameFinder.normalize(s.tokens()), spans, false));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    byte[] features;
    try (InputStream in = TrainAnerModel.class.getClassLoader().getResourceAsStream("models/ner-ar-features.xml")) {
      features = in.readAllBytes();
    }
    TokenNameFinderFactory factory = new TokenNameFinderFactory(features, Collections.emptyMap(), new BioCodec());
    return NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), params, factory);
  }
}
