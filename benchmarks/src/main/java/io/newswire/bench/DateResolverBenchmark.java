package io.newswire.bench;

import io.newswire.ingest.parsing.dateline.DateResolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dates of a dateline found and converted: an SPA-style line with a Hijri date and its Gregorian
 * equivalent (both converted, the Gregorian one kept), a Persian solar date, an English one. The Hijri
 * and Persian cases show the ICU calendar's cost per date (round 29: one calendar per thread, reused).
 * Invented lines, not pool text. {@code benchmarks/run DateResolverBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class DateResolverBenchmark {
  @Param({"hijri+gregorian", "persian", "english"})
  public String kind;

  private String text;

  @org.openjdk.jmh.annotations.Setup
  public void setUp() {
    text = switch (kind) {
      case "hijri+gregorian" -> "الرياض 12 رجب 1445 هـ الموافق 24 يناير 2024 م";
      case "persian" -> "تهران ۲۰ آبان ۱۴۰۲";
      default -> "March 3, 1987";
    };
  }

  @Benchmark
  public Object bestDate() {
    return DateResolver.best(DateResolver.findAll(text, null));
  }
}
