package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  @Test
  void readsNameAndTicksEvenWhenTheNameHoldsSpacesAndParentheses() {
    long[] used = new long[1];
    String stat = "4242 (GC Thread#0) S 1 4200 4200 0 -1 1077936192 1200 0 3 0 731 45 0 0 20 0 1 0 900 0 0";
    assertEquals("GC Thread#0", ThreadCpu.parse(stat, used));
    assertEquals(776, used[0]);
    assertEquals("a (b) c", ThreadCpu.parse("7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 10 5 0 0", used));
    assertEquals(15, used[0]);
    assertNull(ThreadCpu.parse("garbage", used));
    assertNull(ThreadCpu.parse("7 (short) R 1 2", used));
  }

  @Test
  void groupsThreadsByWhatTheyDo() {
    assertEquals("enrich stream threads", ThreadCpu.group("newswire-enrich"));
    assertEquals("ingest stream threads", ThreadCpu.group("newswire-ingest"));
    assertEquals("producer I/O threads", ThreadCpu.group("kafka-producer-"));
    assertEquals("broker threads", ThreadCpu.group("data-plane-kafk"));
    assertEquals("broker threads", ThreadCpu.group("kafka-request-h"));
    // The broker's AddPartitionsToTxnSenderThread, cut to 15 characters by Linux.
    assertEquals("broker threads", ThreadCpu.group("AddPartitionsTo"));
    assertEquals("garbage collector", ThreadCpu.group("G1 Conc#0"));
    assertEquals("JIT compiler", ThreadCpu.group("C2 CompilerThre"));
    assertEquals("offline workers", ThreadCpu.group("enrich-worker"));
    assertEquals("other", ThreadCpu.group("Signal Dispatch"));
  }

  @Test
  void thisThreadsWorkShowsUpInItsGroup() {
    long wallStart = System.nanoTime();
    ThreadCpu start = ThreadCpu.start();
    // Busy until this thread has used 0.3 s of CPU, however long a loaded machine makes that take: the
    // check is then on what /proc says against what the JVM says, not on how much of a core we got.
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = bean.getCurrentThreadCpuTime();
    long x = 0;
    while (bean.getCurrentThreadCpuTime() - cpuStart < 300_000_000L) {
      x += Long.numberOfTrailingZeros(x + System.nanoTime());
    }
    var cores = start.coresByGroup();
    long wallNanos = System.nanoTime() - wallStart; // at least the span coresByGroup divided by
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
      // 0.3 s of this thread's CPU over the wall time it took: at least that share of a core, less a tick's rounding
      double expected = 0.3e9 / wallNanos;
      double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
      assertTrue(total > 0.8 * expected, "busy loop not seen: " + cores + " expected " + expected + " " + x);
    } else {
      assertTrue(cores.isEmpty());
    }
  }
}
