package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aSpinningThreadKeepsAboutOneCoreBusyAndSleepingKeepsNone() throws Exception {
    BenchCommand.CpuMeter spin = BenchCommand.CpuMeter.start();
    long end = System.nanoTime() + 300_000_000L;
    long x = 0;
    while (System.nanoTime() < end) {
      x += System.nanoTime() & 1;
    }
    double busy = spin.coresBusy();
    assertTrue(x >= 0);
    // one thread can use at most one core (plus the JVM's own threads); on a loaded machine it may get less
    assertTrue(busy > 0.05 && busy < 1.6, "spinning: " + busy);
    BenchCommand.CpuMeter idle = BenchCommand.CpuMeter.start();
    Thread.sleep(300);
    assertTrue(idle.coresBusy() < busy, "sleeping used " + idle.coresBusy() + " cores, spinning " + busy);
  }
}
