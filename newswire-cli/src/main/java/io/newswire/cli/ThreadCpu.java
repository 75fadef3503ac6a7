package io.newswire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind (stream threads per service, broker, clients, GC, JIT), read
 * from Linux's {@code /proc/self/task}: a bench phase's "cores busy" says how much the JVM worked, this
 * says who did it. The garbage collector's and the compiler's threads are native, so a Java thread
 * list cannot see them. Empty where {@code /proc} is absent.
 */
final class ThreadCpu {
  /** Clock ticks per second of {@code /proc}'s utime and stime (USER_HZ; 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100.0;

  private final Map<String, Long> ticksByGroup;
  private final long wallNanos;

  private ThreadCpu(Map<String, Long> ticksByGroup, long wallNanos) {
    this.ticksByGroup = ticksByGroup;
    this.wallNanos = wallNanos;
  }

  static ThreadCpu start() {
    return new ThreadCpu(read(Path.of("/proc/self/task")), System.nanoTime());
  }

  /** Cores each kind of thread kept busy since {@link #start()}, largest first; threads that ended are lost. */
  Map<String, Double> coresByGroup() {
    Map<String, Long> now = read(Path.of("/proc/self/task"));
    double seconds = (System.nanoTime() - wallNanos) / 1e9;
    Map<String, Double> cores = new HashMap<>();
    now.forEach((g, t) -> {
      long d = t - ticksByGroup.getOrDefault(g, 0L);
      if (d > 0 && seconds > 0) {
        cores.put(g, Math.round(d / TICKS_PER_SECOND / seconds * 100) / 100.0);
      }
    });
    Map<String, Double> sorted = new LinkedHashMap<>();
    cores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** CPU seconds one kind of thread (a {@link #group} name) spent since {@link #start()}; threads that ended are lost. */
  double secondsOf(String group) {
    long d = read(Path.of("/proc/self/task")).getOrDefault(group, 0L) - ticksByGroup.getOrDefault(group, 0L);
    return Math.max(0, d) / TICKS_PER_SECOND;
  }

  private static Map<String, Long> read(Path tasks) {
    Map<String, Long> ticks = new HashMap<>();
    if (!Files.isDirectory(tasks)) {
      return ticks;
    }
    try (Stream<Path> list = Files.list(tasks)) {
      list.forEach(t -> {
        try {
          String stat = Files.readString(t.resolve("stat"));
          long[] used = new long[1];
          String name = parse(stat, used);
          if (name != null) {
            ticks.merge(group(name), used[0], Long::sum);
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended between the listing and the read
        }
      });
    } catch (IOException e) {
      return ticks;
    }
    return ticks;
  }

  /**
   * The thread's name from one {@code /proc/PID/task/TID/stat} line, with its user plus system ticks in
   * {@code used[0]}; null for a line that does not parse. The name sits in parentheses and may itself
   * hold spaces and parentheses, so the fields are counted from the last ')'.
   */
  static String parse(String stat, long[] used) {
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    if (open < 0 || close < open) {
      return null;
    }
    String[] f = stat.substring(close + 2).trim().split(" ");
    if (f.length < 13) {
      return null;
    }
    // After the name: state(0) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12)
    used[0] = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return stat.substring(open + 1, close);
  }

  /**
   * The kind of a thread by its name as Linux keeps it (the first 15 characters): the services' stream
   * threads by application id, the embedded broker's threads, the Kafka clients' I/O threads, GC, JIT.
   */
  static String group(String name) {
    if (name.startsWith("newswire-ingest")) {
      return "ingest stream threads";
    }
    if (name.startsWith("newswire-enrich")) {
      return "enrich stream threads";
    }
    if (name.startsWith("newswire-bench")) {
      return "pass-through stream threads";
    }
    if (name.startsWith("kafka-producer")) {
      return "producer I/O threads";
    }
    if (name.startsWith("kafka-coordinat") || name.startsWith("kafka-consumer")) {
      return "consumer heartbeat threads";
    }
    if (name.startsWith("kafka-") || name.startsWith("data-plane") || name.startsWith("controller") || name.startsWith("broker")
        || name.startsWith("ReplicaFetcher") || name.startsWith("raft") || name.startsWith("quorum") || name.startsWith("group-coordina")
        || name.startsWith("transaction") || name.startsWith("ExpirationReap") || name.startsWith("LogDirFailure")
        || name.startsWith("executor-") || name.startsWith("metrics-meter") || name.startsWith("TxnMarkerSende")
        || name.startsWith("AddPartitionsT")) {
      return "broker threads";
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Periodic") || name.startsWith("ParGC")) {
      return "garbage collector";
    }
    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
      return "JIT compiler";
    }
    if (name.startsWith("enrich-worker")) {
      return "offline workers";
    }
    if (name.startsWith("bench-reader") || name.equals("java") || name.startsWith("main") || name.startsWith("pool-") || name.startsWith("ForkJoinPool")) {
      return "bench's own threads";
    }
    return "other";
  }
}
