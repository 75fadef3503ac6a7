package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchRunsTest {
  @Test
  void configurationsRunInMirroredRounds() {
    assertEquals(List.of(2, 3, 3, 2), BenchRuns.order(List.of(2, 3), 4), "A B B A");
    assertEquals(List.of(2, 3, 3, 2, 2, 3), BenchRuns.order(List.of(2, 3), 6), "a second round starts where the first ended");
    assertEquals(List.of(1, 2, 3, 3, 2, 1), BenchRuns.order(List.of(1, 2, 3), 6));
    assertEquals(List.of(2), BenchRuns.order(List.of(2, 3), 1));
  }

  @Test
  void perBusyCoreTakesOutTheShareOfTheMachineThePhaseGot() {
    assertEquals(200.0, BenchRuns.perBusyCore(300, 1.5));
    assertEquals(0.0, BenchRuns.perBusyCore(300, 0), "a phase that kept no core busy has no figure");
    // Round 52's run A: offline 127/s on 0.33 cores, end to end 267/s on 0.88 cores.
    double offline = BenchRuns.perBusyCore(127, 0.33);
    double e2e = BenchRuns.perBusyCore(267, 0.88);
    assertEquals(384.8, offline);
    assertEquals(303.4, e2e);
    assertEquals(0.79, BenchRuns.ratio(e2e, offline));
    assertEquals(0.0, BenchRuns.ratio(1, 0));
  }

  @Test
  void enrichCpuPerDispatchAndMeansByThreadCount() {
    assertEquals(3.0, BenchRuns.cpuMsPerDispatch(60.0, 20_000));
    assertEquals(0.0, BenchRuns.cpuMsPerDispatch(1.0, 0));
    Map<Integer, Double> means = BenchRuns.meanBy(List.of(2, 3, 3, 2), List.of(0.60, 0.79, 0.69, 0.58));
    assertEquals(List.of(2, 3), List.copyOf(means.keySet()), "in the order the runs began");
    assertEquals(0.59, means.get(2));
    assertEquals(0.74, means.get(3));
  }

  @Test
  void enrichThreadsParseAsAListAndBadCombinationsAreUsageErrors() {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs("--in", "x.jsonl", "--enrich-threads", "2,3", "--runs", "6");
    assertEquals(List.of(2, 3), bench.enrichThreads);
    assertEquals(6, bench.runs);
    assertNull(BenchCommand.alternationError(List.of(2, 3), null, false));
    assertNull(BenchCommand.alternationError(null, null, false), "the default run");
    assertEquals("--runs needs --enrich-threads", BenchCommand.alternationError(null, 4, false));
    for (String[] args : List.of(new String[] {"--enrich-threads", "2,0"}, new String[] {"--runs", "4"},
        new String[] {"--enrich-threads", "2,3", "--runs", "0"}, new String[] {"--enrich-threads", "2,3", "--latency-only", "--rate", "50"})) {
      List<String> all = new java.util.ArrayList<>(List.of("--in", "no-such-file.jsonl"));
      all.addAll(List.of(args));
      // Refused before the input is read or anything starts.
      assertEquals(2, new CommandLine(new BenchCommand()).execute(all.toArray(String[]::new)), String.join(" ", args));
    }
  }
}
