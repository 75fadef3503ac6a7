package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void percentilesAreRanksOfTheSortedLatencies() {
    long[] sorted = {5, 7, 9, 11, 100, 0};
    assertEquals(9, BenchCommand.pct(sorted, 5, 50));
    assertEquals(100, BenchCommand.pct(sorted, 5, 99));
    assertEquals(5, BenchCommand.pct(sorted, 5, 1));
    assertEquals(0, BenchCommand.pct(sorted, 0, 99), "no records, no latency");
  }

  @Test
  void aSpinningThreadKeepsAboutOneCoreBusy() {
    BenchCommand.CpuMeter spin = BenchCommand.CpuMeter.start();
    long end = System.nanoTime() + 300_000_000L;
    long x = 0;
    while (System.nanoTime() < end) {
      x += System.nanoTime() & 1;
    }
    double busy = spin.coresBusy();
    assertTrue(x >= 0);
    // One thread uses at most one core, plus what the JVM's own threads (JIT, GC) do meanwhile; on a
    // loaded machine it may get less. A sleeping thread is not compared: the JIT may be compiling then.
    assertTrue(busy > 0.05 && busy < 1 + Runtime.getRuntime().availableProcessors(), "spinning: " + busy);
    assertTrue(spin.wallSeconds() >= 0.3, "wall " + spin.wallSeconds());
    assertTrue(spin.jitSeconds() >= 0, "jit " + spin.jitSeconds());
  }

  @Test
  void warmUpRoundsGoOnThroughThePoolWithFreshIds() {
    List<Input> pool = List.of(input("a", "طهران-مهر:- نص"), input("b", "تهران - متن"), input("c", "LONDON (Reuters) - text"));
    BenchCommand bench = new BenchCommand();
    List<Input> round = bench.copies(pool, "warmup-1", 5, 2);
    assertEquals(List.of("c", "a", "b", "c", "a"), round.stream().map(i -> i.id().substring(i.id().lastIndexOf('-') + 1)).toList(),
        "a round starts where the last one stopped and wraps around the pool");
    assertEquals(5, new HashSet<>(round.stream().map(Input::id).toList()).size(), "every copy has an id of its own");
    assertTrue(round.get(0).id().contains("warmup-1"), round.get(0).id());
    assertEquals("LONDON (Reuters) - text", new String(round.get(0).body(), StandardCharsets.UTF_8));
  }

  @Test
  void aMedianThatGrowsWindowAfterWindowIsSaturation() {
    assertTrue(BenchCommand.saturated(new long[] {120, 900, 2_400}), "a backlog growing to seconds");
    assertFalse(BenchCommand.saturated(new long[] {400, 98, 95}), "a slow first window (JIT) that settles");
    assertFalse(BenchCommand.saturated(new long[] {30, 95}), "three times a tiny median is still well within reach");
    assertFalse(BenchCommand.saturated(new long[] {3_000}), "one window tells no trend");
    long[] pushedAt = new long[30];
    long[] latencies = new long[30];
    for (int i = 0; i < 30; i++) {
      pushedAt[i] = i * 1_000L;
      latencies[i] = 100 + i * 100L;
    }
    assertTrue(BenchCommand.printWindows(pushedAt, latencies, 30), "latency rising 100 ms a second over 30 s");
  }

  @Test
  void latencyOnlyNeedsARate() {
    // Without --rate there is no end-to-end phase to take half of: refused before anything starts.
    int code = new picocli.CommandLine(new BenchCommand()).execute("--in", "no-such-file.jsonl", "--latency-only");
    assertEquals(2, code);
  }

  private static Input input(String id, String text) {
    return new Input(id, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
