package io.newswire.local;

import io.newswire.cli.EnrichCommand;
import io.newswire.cli.Input;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RejectedDispatchException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bundled sample dispatches (Arabic, Persian, English) through parse + enrich while the broker
 * starts, so the JIT has compiled the text code before the services take their first records. Measured
 * cold, a JVM runs its first thousand dispatches at about half speed; after a crash that is exactly the
 * backlog a newsroom is waiting for, and the broker's start is mostly waiting, not computing.
 * It starts once the knowledge base is loaded and stops at its time limit (counted from then) or when
 * the services start, whichever comes first.
 */
final class JitWarmup {
  private static final Logger log = LoggerFactory.getLogger(JitWarmup.class);

  private JitWarmup() {}

  /**
   * NEWSWIRE_WARMUP_MS (default 0 = off). Off by default because on 2 cores it competes with the broker's
   * own start: measured after kill -9 with 2,600 dispatches in flight, 5 s of warm-up made the restart
   * answer 1.6-1.7 s later and the backlog drain 1.5-3.4 s sooner, about even overall. With cores to
   * spare it is a gain.
   */
  static long limitMs(Map<String, String> env) {
    String v = env.getOrDefault("NEWSWIRE_WARMUP_MS", "0").strip();
    try {
      long ms = Long.parseLong(v);
      if (ms >= 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("NEWSWIRE_WARMUP_MS must be a number of milliseconds >= 0, not '" + v + "'");
  }

  /** Starts the warm-up on a daemon thread; interrupt it to stop. Null when {@code limitMs} is 0. */
  static Thread start(CompletableFuture<Enricher> enricher, long limitMs) {
    if (limitMs <= 0) {
      return null;
    }
    Thread t = new Thread(() -> {
      try {
        warm(enricher.join(), limitMs);
      } catch (Exception e) {
        // Only a warm-up: the services do the same work for real and report what fails there.
        log.debug("JIT warm-up stopped: {}", e.toString());
      }
    }, "jit-warmup");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Rounds of the samples (one at least) until {@code limitMs} has passed or the thread is interrupted; returns how many dispatches. */
  static int warm(Enricher enricher, long limitMs) throws IOException, RejectedDispatchException {
    List<Input> samples = Input.samples();
    DispatchParser parser = new DispatchParser();
    long t0 = System.nanoTime();
    long deadline = t0 + limitMs * 1_000_000;
    int done = 0;
    do { // one round at least: every sample's language and format compiled a first time
      for (Input in : samples) {
        EnrichCommand.enrichOne(parser, enricher, in);
        done++;
      }
    } while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline);
    log.info("JIT warm-up: {} sample dispatches through parse + enrich in {} ms", done, (System.nanoTime() - t0) / 1_000_000);
    return done;
  }
}
