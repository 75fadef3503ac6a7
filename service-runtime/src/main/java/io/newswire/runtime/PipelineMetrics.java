package io.newswire.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline's own meters, on one Prometheus registry per process (exception handlers are built
 * by Kafka through reflection, so they reach the registry statically).
 *
 * <pre>
 * newswire_records_in_total{stage}            records read by a stage
 * newswire_records_out_total{stage}           events published by a stage
 * newswire_dlq_total{reason,stage}            dead-lettered records
 * newswire_duplicates_total                   re-sends that produced no new event
 * newswire_stage_seconds{stage}               per-stage processing latency (histogram)
 * newswire_entities_per_article, newswire_quotes_per_article
 * </pre>
 * plus Kafka Streams' client metrics (consumer lag among them) bound by {@link StreamsService}.
 */
public final class PipelineMetrics {
  private static final PrometheusMeterRegistry PROMETHEUS = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  static {
    Metrics.addRegistry(PROMETHEUS);
  }

  // Registering looks the meter up by name and tags; per record that is an allocation and a map
  // lookup too many, so each meter is built once and kept.
  private static final Map<String, Counter> IN = new ConcurrentHashMap<>();
  private static final Map<String, Counter> OUT = new ConcurrentHashMap<>();
  private static final Map<List<String>, Counter> DLQ = new ConcurrentHashMap<>();
  private static final Map<String, DistributionSummary> PER_ARTICLE = new ConcurrentHashMap<>();
  private static final Counter DUPLICATES = Counter.builder("newswire.duplicates").register(Metrics.globalRegistry);

  private PipelineMetrics() {}

  public static PrometheusMeterRegistry prometheus() {
    return PROMETHEUS;
  }

  public static void recordIn(String stage) {
    IN.computeIfAbsent(stage, s -> Counter.builder("newswire.records.in").tag("stage", s).register(Metrics.globalRegistry))
        .increment();
  }

  public static void recordOut(String stage) {
    OUT.computeIfAbsent(stage, s -> Counter.builder("newswire.records.out").tag("stage", s).register(Metrics.globalRegistry))
        .increment();
  }

  public static void deadLetter(String reason, String stage) {
    DLQ.computeIfAbsent(List.of(reason, String.valueOf(stage)), k -> Counter.builder("newswire.dlq")
        .tag("reason", k.get(0)).tag("stage", k.get(1)).register(Metrics.globalRegistry)).increment();
  }

  public static void duplicate() {
    DUPLICATES.increment();
  }

  public static Timer stageTimer(String stage) {
    return Timer.builder("newswire.stage").tag("stage", stage).publishPercentileHistogram()
        .register(Metrics.globalRegistry);
  }

  public static void perArticle(String what, int count) {
    PER_ARTICLE.computeIfAbsent(what, w -> DistributionSummary.builder("newswire." + w + ".per.article")
        .register(Metrics.globalRegistry)).record(count);
  }
}
