package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.cli.Input;
import io.newswire.enrich.Enricher;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The start-up warm-up runs every bundled sample through the real parse + enrich code, and only when asked. */
class JitWarmupTest {

  @Test
  void limitComesFromTheEnvironmentAndABadValueIsAClearError() {
    assertEquals(0, JitWarmup.limitMs(Map.of()), "off unless asked for");
    assertEquals(5000, JitWarmup.limitMs(Map.of("NEWSWIRE_WARMUP_MS", "5000")));
    assertEquals(1500, JitWarmup.limitMs(Map.of("NEWSWIRE_WARMUP_MS", " 1500 ")));
    for (String bad : new String[] {"-1", "5s", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> JitWarmup.limitMs(Map.of("NEWSWIRE_WARMUP_MS", bad)));
      assertTrue(e.getMessage().contains("NEWSWIRE_WARMUP_MS"), e.getMessage());
    }
    assertNull(JitWarmup.start(CompletableFuture.completedFuture(null), 0), "0 turns it off");
  }

  @Test
  void everySampleGoesThroughParseAndEnrichAndTheLimitEndsIt() throws Exception {
    int samples = Input.samples().size();
    Enricher enricher = new Enricher();
    long t0 = System.nanoTime();
    int done = JitWarmup.warm(enricher, 1);
    // a round is never cut short, so one round at least, whatever the limit
    assertTrue(done >= samples && done % samples == 0, "dispatches warmed: " + done);
    assertTrue((System.nanoTime() - t0) / 1_000_000 < 60_000, "a 1 ms limit stops after the round it is in");
  }

  @Test
  void anInterruptStopsItBeforeTheLimit() throws Exception {
    Thread t = JitWarmup.start(CompletableFuture.supplyAsync(Enricher::new), 600_000);
    t.interrupt();
    t.join(120_000);
    assertTrue(!t.isAlive(), "the warm-up thread ended after an interrupt");
  }
}
