package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepClockTest {
  @Test
  void lapsAddUpPerStepWithTheirCount() {
    StepClock.enable();
    StepClock.reset();
    long t = StepClock.start();
    long spin = 0;
    for (int i = 0; i < 2_000_000; i++) {
      spin += i % 7;
    }
    t = StepClock.lap("test.a", t);
    t = StepClock.lap("test.b", t);
    StepClock.lap("test.a", t);
    List<StepClock.Step> steps = StepClock.totals();
    assertEquals(List.of("test.a", "test.b"), steps.stream().map(StepClock.Step::name).toList());
    assertEquals(2, steps.get(0).calls());
    assertEquals(1, steps.get(1).calls());
    assertTrue(steps.get(0).nanos() > 0, "the loop took CPU " + spin);
    assertTrue(steps.get(1).nanos() >= 0);
    StepClock.reset();
    assertEquals(List.of(), StepClock.totals());
  }
}
