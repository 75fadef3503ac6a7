package io.newswire.enrich.entities;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.ConllSentence;
import io.newswire.enrich.eval.NerEvaluation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scratch (not a test): score a saved dev model on the last 10% of ANERcorp with several document sizes. */
public final class NerDevScratch {
  public static void main(String[] args) throws Exception {
    List<ConllSentence> all = ConllSentence.read(Path.of(args[0]));
    List<ConllSentence> dev = all.subList((int) Math.round(all.size() * 0.9), all.size());
    PerceptronTagger f;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      f = PerceptronTagger.load(in);
    }
    for (int docSize : new int[] {1, 10, 50, 1000}) {
      System.out.println("document = " + docSize + " sentences");
      NerEvaluation.tagAndScore(dev, f, docSize).print(System.out);
    }
    long t0 = System.nanoTime();
    int tokens = 0;
    for (int r = 0; r < 3; r++) {
      for (ConllSentence s : dev) {
        f.findDocument(List.<String[]>of(s.tokens()));
        tokens += s.tokens().length;
      }
    }
    System.out.printf("decode: %.0f tokens/s%n", tokens / ((System.nanoTime() - t0) / 1e9));
  }
}
