package io.newswire.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opt-in CPU time per step of the enrich pipeline ({@code enrich --profile-steps}, or
 * {@code -Dnewswire.steps=true}): which recognizer, linking pass or quote pass a dispatch's CPU goes to.
 * Off by default: then {@link #start()} and {@link #lap} return at once without reading any clock, one
 * read of a volatile flag (a plain load on x86) and a branch per step. Thread CPU time, so a loaded machine does not inflate it; each
 * lap costs one clock read (well under a microsecond), which the step it closes is charged with.
 * Usage: {@code long t = StepClock.start(); ...; t = StepClock.lap("entities.scan", t); ...}.
 */
public final class StepClock {
  private static volatile boolean on = Boolean.getBoolean("newswire.steps");
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static final Map<String, LongAdder[]> TOTALS = new ConcurrentHashMap<>();

  private StepClock() {}

  /** Turns the counters on (for the rest of the JVM's life). */
  public static void enable() {
    on = true;
  }

  public static boolean enabled() {
    return on;
  }

  /** The thread's CPU time now, or 0 when off. */
  public static long start() {
    return on ? MX.getCurrentThreadCpuTime() : 0L;
  }

  /** Charges the thread CPU since {@code since} to {@code step}; the time now, to start the next step from (0 when off). */
  public static long lap(String step, long since) {
    if (!on) {
      return 0L;
    }
    long now = MX.getCurrentThreadCpuTime();
    LongAdder[] t = TOTALS.computeIfAbsent(step, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    t[0].add(now - since);
    t[1].increment();
    return now;
  }

  /** Every step so far, sorted by name, with its nanoseconds and laps. */
  public static List<Step> totals() {
    List<Step> out = new ArrayList<>();
    TOTALS.forEach((k, v) -> out.add(new Step(k, v[0].sum(), v[1].sum())));
    out.sort(java.util.Comparator.comparing(Step::name));
    return out;
  }

  public static void reset() {
    TOTALS.clear();
  }

  /** One step's CPU nanoseconds over {@code calls} laps. */
  public record Step(String name, long nanos, long calls) {}
}
