package io.newswire.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

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

  private PipelineMetrics() {}

  public static PrometheusMeterRegistry prometheus() {
    return PROMETHEUS;
  }

  public static void recordIn(String stage) {
    Counter.builder("newswire.records.in").tag("stage", stage).register(Metrics.globalRegistry).increment();
  }

  public static void recordOut(String stage) {
    Counter.builder("newswire.records.out").tag("stage", stage).register(Metrics.globalRegistry).increment();
  }

  public static void deadLetter(String reason, String stage) {
    Counter.builder("newswire.dlq").tag("reason", reason).tag("stage", String.valueOf(stage))
        .register(Metrics.globalRegistry).increment();
  }

  public static void duplicate() {
    Counter.builder("newswire.duplicates").register(Metrics.globalRegistry).increment();
  }

  public static Timer stageTimer(String stage) {
    return Timer.builder("newswire.stage").tag("stage", stage).publishPercentileHistogram()
        .register(Metrics.globalRegistry);
  }

  public static void perArticle(String what, int count) {
    DistributionSummary.builder("newswire." + what + ".per.article").register(Metrics.globalRegistry).record(count);
  }
}
