package io.newswire.bench.abba;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Two (or more) builds in one JVM, passes over the same dispatches alternating A B B A, thread CPU per pass.
 *
 * <p>Why: on a shared machine two processes side by side, or one after the other, see different loads and the
 * difference swamps a few per cent; in one JVM on one thread, a load change hits both builds of a round alike, and
 * thread CPU (not wall time) leaves out the time the thread waited for a core. Each build gets its own class loader
 * over its {@code newswire-cli.jar} and {@code lib/}, with {@link AbbaDriver} loaded from this jar into it. GC runs
 * on other threads and is not counted; allocation is reported beside the CPU.
 *
 * <p>{@code AbbaHarness [--mode enrich|enrich-only|parse|tagger] [--rounds N] [--warm W] --file F.jsonl
 * LABEL=DIR LABEL=DIR...}: DIR holds {@code newswire-cli.jar} and {@code lib/}. The first build is the base: each
 * other's CPU per round is divided by the base's in the same round. {@code benchmarks/abba} builds the dirs from git
 * revisions or jars and calls this.
 */
public final class AbbaHarness {
  private AbbaHarness() {}

  record Build(String label, LongSupplier driver, ClassLoader loader) {
    /** One pass, with the build's loader as the context loader (libraries look classes and resources up through it). */
    long pass() {
      Thread t = Thread.currentThread();
      ClassLoader previous = t.getContextClassLoader();
      t.setContextClassLoader(loader);
      try {
        return driver.getAsLong();
      } finally {
        t.setContextClassLoader(previous);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = "enrich";
    String file = null;
    int rounds = 10;
    int warm = 2;
    List<String[]> specs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mode" -> mode = args[++i];
        case "--file" -> file = args[++i];
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warm" -> warm = Integer.parseInt(args[++i]);
        default -> {
          int eq = args[i].indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("expected LABEL=DIR, got " + args[i]);
          }
          specs.add(new String[] {args[i].substring(0, eq), args[i].substring(eq + 1)});
        }
      }
    }
    if (file == null || specs.size() < 2 || rounds < 1 || warm < 0) {
      System.err.println("usage: AbbaHarness [--mode enrich|enrich-only|parse|tagger] [--rounds N] [--warm W]"
          + " --file F.jsonl LABEL=DIR LABEL=DIR...");
      System.exit(2);
    }
    long dispatches;
    try (var lines = Files.lines(Path.of(file))) {
      dispatches = lines.filter(l -> !l.isBlank()).count();
    }
    List<Build> builds = new ArrayList<>();
    for (String[] spec : specs) {
      System.err.printf("loading %s (%s, mode %s)%n", spec[0], spec[1], mode);
      builds.add(load(spec[0], Path.of(spec[1]), mode, file));
    }
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = builds.size();
    long[] checksum = new long[n];
    for (int w = 0; w < warm; w++) {
      for (int i : AbbaOrder.of(w, n)) {
        checksum[i] = builds.get(i).pass();
      }
      System.err.printf("warm-up pass %d of %d done%n", w + 1, warm);
    }
    double[][] cpuMs = new double[n][rounds];
    double[][] allocMb = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i : AbbaOrder.of(r, n)) {
        long c0 = mx.getCurrentThreadCpuTime();
        long a0 = mx.getCurrentThreadAllocatedBytes();
        long sum = builds.get(i).pass();
        cpuMs[i][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        allocMb[i][r] = (mx.getCurrentThreadAllocatedBytes() - a0) / 1e6;
        if (r == 0 && warm == 0) {
          checksum[i] = sum;
        } else if (sum != checksum[i]) {
          System.out.printf("WARNING: %s gave checksum %d in round %d, %d before%n", builds.get(i).label(), sum, r, checksum[i]);
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d:", r + 1));
      for (int i = 0; i < n; i++) {
        line.append(String.format(Locale.ROOT, "  %s %.0f ms", builds.get(i).label(), cpuMs[i][r]));
      }
      for (int i = 1; i < n; i++) {
        line.append(String.format(Locale.ROOT, "  %s/%s %.3f", builds.get(i).label(), builds.get(0).label(),
            cpuMs[i][r] / cpuMs[0][r]));
      }
      System.out.println(line);
    }
    System.out.printf(Locale.ROOT, "%d dispatches, mode %s, %d rounds after %d warm-up passes, thread CPU per pass:%n",
        dispatches, mode, rounds, warm);
    for (int i = 0; i < n; i++) {
      double median = RatioSummary.medianOf(cpuMs[i]);
      System.out.printf(Locale.ROOT, "  %-12s median %.0f ms = %.1f us per dispatch, allocated %.0f MB per pass, checksum %d%n",
          builds.get(i).label(), median, median * 1e3 / Math.max(1, dispatches), RatioSummary.medianOf(allocMb[i]), checksum[i]);
    }
    for (int i = 1; i < n; i++) {
      RatioSummary s = RatioSummary.of(cpuMs[0], cpuMs[i]);
      System.out.printf(Locale.ROOT, "%s / %s: median ratio %.3f, range %.3f-%.3f over %d rounds, ratio of sums %.3f%s%n",
          builds.get(i).label(), builds.get(0).label(), s.median(), s.min(), s.max(), s.rounds(), s.sumRatio(),
          checksum[i] == checksum[0] ? "" : "  (CHECKSUMS DIFFER: the builds' outputs differ)");
    }
  }

  /** A driver for the build in {@code dir}, in a class loader of its own that sees only that build and this jar. */
  static Build load(String label, Path dir, String mode, String file) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(AbbaHarness.class.getProtectionDomain().getCodeSource().getLocation());
    urls.add(dir.resolve("newswire-cli.jar").toUri().toURL());
    File[] libs = dir.resolve("lib").toFile().listFiles((d, name) -> name.endsWith(".jar"));
    if (libs == null || !Files.isRegularFile(dir.resolve("newswire-cli.jar"))) {
      throw new IllegalArgumentException(dir + ": expected newswire-cli.jar and lib/");
    }
    for (File f : libs) {
      urls.add(f.toURI().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader); // libraries that look resources up through it
    try {
      return new Build(label, (LongSupplier) loader.loadClass(AbbaDriver.class.getName())
          .getConstructor(String.class, String.class).newInstance(mode, file), loader);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
