package io.newswire.enrich.topology;

import io.micrometer.core.instrument.Timer;
import io.newswire.enrich.Enricher;
import io.newswire.runtime.DeadLetters;
import io.newswire.runtime.PipelineMetrics;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Decides the story version, then enriches. A re-send of the same text under the same id produces no
 * event; changed text or status produces the next version. The store update and the output are in
 * the same exactly-once transaction, so a crash can neither skip nor repeat a version.
 */
final class EnrichProcessor extends ContextualProcessor<String, ParsedArticle, Object, Object> {
  private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);
  private final Enricher enricher;
  private final Serializer<ParsedArticle> parsedSerializer;
  private final String parsedTopic;
  private final Timer timer = PipelineMetrics.stageTimer("enrich");
  private KeyValueStore<String, String> versions;

  EnrichProcessor(Enricher enricher, Serializer<ParsedArticle> parsedSerializer, String parsedTopic) {
    this.enricher = enricher;
    this.parsedSerializer = parsedSerializer;
    this.parsedTopic = parsedTopic;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    super.init(context);
    versions = context.getStateStore(EnrichTopology.VERSIONS_STORE);
  }

  @Override
  public void process(Record<String, ParsedArticle> record) {
    ParsedArticle article = record.value();
    if (article == null) {
      return; // a tombstone on the parsed topic carries nothing to enrich
    }
    PipelineMetrics.recordIn("enrich");
    String id = article.getId();
    MDC.put("articleId", id);
    try {
      StoryVersion previous = StoryVersion.decode(versions.get(id));
      if (previous != null && previous.sameAs(article.getContentHash(), article.getPubStatus())) {
        PipelineMetrics.duplicate();
        log.debug("article {} re-sent unchanged; version stays {}", id, previous.version());
        return;
      }
      int version = previous == null ? Math.max(1, article.getVersion()) : previous.version() + 1;
      article.setVersion(version);
      Timer.Sample sample = Timer.start();
      EnrichedArticle enriched;
      try {
        enriched = enricher.enrich(article);
      } catch (RuntimeException | StackOverflowError e) {
        deadLetter(record, e);
        return;
      }
      sample.stop(timer);
      PipelineMetrics.perArticle("entities", enriched.getEntities().size());
      PipelineMetrics.perArticle("quotes", enriched.getQuotes().size());
      versions.put(id, new StoryVersion(version, article.getContentHash(), article.getPubStatus()).encode());
      context().forward(new Record<Object, Object>(id, enriched, record.timestamp()), EnrichTopology.ENRICHED_SINK);
      PipelineMetrics.recordOut("enrich");
      log.debug("enriched article {} version {}: {} entities, {} quotes", id, version,
          enriched.getEntities().size(), enriched.getQuotes().size());
    } finally {
      MDC.remove("articleId");
    }
  }

  private void deadLetter(Record<String, ParsedArticle> record, Throwable e) {
    log.error("enrichment failed for article {}", record.key(), e);
    PipelineMetrics.deadLetter("internal-error", "enrich");
    RecordMetadata meta = context().recordMetadata().orElse(null);
    byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
    byte[] value = parsedSerializer.serialize(parsedTopic, record.value());
    context().forward(new Record<Object, Object>(key, value, record.timestamp(),
        DeadLetters.headers(record.headers(), "internal-error", "enrich", e,
            meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset())),
        EnrichTopology.DLQ_SINK);
  }
}
