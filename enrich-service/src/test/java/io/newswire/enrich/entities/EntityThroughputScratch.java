package io.newswire.enrich.entities;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Scratch timing loop (not a test): entity extraction of one dispatch, repeated on one thread.
 * {@code java -cp ... io.newswire.enrich.entities.EntityThroughputScratch /work/shared/data/seed/mehr-ar-pezeshkian-qatar.txt [seconds]}
 */
public final class EntityThroughputScratch {
  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    var parsed = new DispatchParser().parse(new RawDispatch("t", bytes, Map.of(), 0L));
    List<ArticleField> fields = ArticleFields.of(parsed);
    long t0 = System.nanoTime();
    EntityExtractor x = args.length > 2 && args[2].equals("--no-model")
        ? new EntityExtractor(io.newswire.enrich.entities.kb.KnowledgeBase.load(), null) : new EntityExtractor();
    System.out.printf("load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
    int sink = 0;
    for (int i = 0; i < 2000; i++) {
      sink += x.extract(fields, "ar").size(); // warm-up
    }
    for (int round = 0; round < 3; round++) {
      var mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = mx.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      int n = 0;
      while (System.nanoTime() < end) {
        sink += x.extract(fields, "ar").size();
        n++;
      }
      double s = (System.nanoTime() - start) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("round %d: %d dispatches in %.2f s wall = %.0f/s; %.2f s CPU = %.0f/s per core (%.3f ms CPU each)%n",
          round, n, s, n / s, cpu, n / cpu, 1000 * cpu / n);
    }
    System.out.println("(" + sink + ")");
  }
}
