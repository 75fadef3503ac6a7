package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WarmupSettleTest {
  // Round 51's first default bench (_bench51a): the services' warm-up rounds of 3,000, dispatches/s.
  private static final List<Double> ROUND_51 = List.of(366.0, 652.0, 652.0, 882.0, 833.0, 769.0, 857.0);

  @Test
  void theRateSettlesOnceTwoRoundsInARowDoNotBeatTheBestBeforeThemByMoreThanFivePercent() {
    assertEquals(0.05, WarmupSettle.RISE);
    assertEquals(2, WarmupSettle.FLAT_ROUNDS);
    assertFalse(WarmupSettle.rateSettled(ROUND_51.subList(0, 3)), "652 after 652 is flat, 652 after 366 rose");
    assertFalse(WarmupSettle.rateSettled(ROUND_51.subList(0, 5)), "882 rose 35 % over 652: one flat round since");
    assertTrue(WarmupSettle.rateSettled(ROUND_51.subList(0, 6)), "833 and 769 under 1.05 x 882");
    assertTrue(WarmupSettle.rateSettled(ROUND_51), "857 under 1.05 x 882");
    assertFalse(WarmupSettle.rateSettled(List.of(800.0, 830.0, 865.0)), "a creep of 4 % a round: 865 is 8 % over 800");
  }

  @Test
  void aRoundThatBeatsTheBestStartsTheCountAgain() {
    assertFalse(WarmupSettle.rateSettled(List.of(800.0, 790.0, 900.0)), "the last round rose 12.5 %");
    assertFalse(WarmupSettle.rateSettled(List.of(800.0, 900.0, 940.0)), "900 rose; 940 is 4.4 % over it, one flat round");
    assertTrue(WarmupSettle.rateSettled(List.of(800.0, 900.0, 940.0, 910.0)));
    assertFalse(WarmupSettle.rateSettled(List.of(900.0, 900.0)), "no round before the two to compare with");
  }

  @Test
  void aPipelineWarmUpEndsOnlyWhenTheJitIsQuietAndTheRateFlat() {
    List<Double> flat = ROUND_51.subList(0, 6);
    assertTrue(WarmupSettle.settled(0.3, 3.9, 0.10, flat));
    assertFalse(WarmupSettle.settled(0.6, 3.9, 0.10, flat), "15 % of the round compiling");
    assertFalse(WarmupSettle.settled(0.3, 3.9, 0.10, ROUND_51.subList(0, 4)), "JIT quiet, rate still rising");
  }

  @Test
  void pipelineWarmUpIsAdaptiveByDefault() {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs("--in", "x.jsonl");
    assertNull(bench.pipelineWarmup, "no fixed count: rounds until settled");
    new CommandLine(bench).parseArgs("--in", "x.jsonl", "--pipeline-warmup", "15000");
    assertEquals(15000, bench.pipelineWarmup);
  }
}
