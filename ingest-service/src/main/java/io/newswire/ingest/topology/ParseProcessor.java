package io.newswire.ingest.topology;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.runtime.DeadLetters;
import io.newswire.runtime.PipelineMetrics;
import io.newswire.schema.ParsedArticle;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Parses one raw dispatch. Every record ends either as a ParsedArticle or as a dead letter: a
 * rejected dispatch with its reason, and an unexpected exception (a parser bug) with reason
 * 'internal-error', so no input is dropped and no input stops the application.
 */
final class ParseProcessor extends ContextualProcessor<byte[], byte[], Object, Object> {
  private static final Logger log = LoggerFactory.getLogger(ParseProcessor.class);
  private final DispatchParser parser;
  private final Timer timer = PipelineMetrics.stageTimer("parse");

  ParseProcessor(DispatchParser parser) {
    this.parser = parser;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    PipelineMetrics.recordIn("ingest");
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    for (Header h : record.headers()) {
      if (h.value() != null && !h.key().startsWith(DeadLetters.PREFIX)) {
        headers.put(h.key().toLowerCase(Locale.ROOT), new String(h.value(), StandardCharsets.UTF_8));
      }
    }
    RawDispatch raw = new RawDispatch(key, record.value(), headers, record.timestamp());
    // Every log line of this record carries its id: the dispatch key, then the article id once known.
    MDC.put("articleId", key);
    Timer.Sample sample = Timer.start();
    try {
      ParsedArticle article = parser.parse(raw);
      sample.stop(timer);
      MDC.put("articleId", article.getId());
      log.debug("parsed article {} ({}, {})", article.getId(), article.getLanguage(), article.getFormat());
      context().forward(new Record<Object, Object>(article.getId(), article, record.timestamp()), IngestTopology.PARSED_SINK);
      PipelineMetrics.recordOut("ingest");
    } catch (RejectedDispatchException e) {
      deadLetter(record, e.reason(), e.stage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      log.error("parser failed on dispatch key={}", key, e);
      deadLetter(record, "internal-error", "parse", e);
    } finally {
      MDC.remove("articleId");
    }
  }

  private void deadLetter(Record<byte[], byte[]> record, String reason, String stage, Throwable e) {
    RecordMetadata meta = context().recordMetadata().orElse(null);
    log.warn("dead-lettering dispatch key={} reason={} stage={}: {}",
        record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), reason, stage, e.getMessage());
    PipelineMetrics.deadLetter(reason, stage);
    context().forward(new Record<Object, Object>(record.key(), record.value(), record.timestamp(),
        DeadLetters.headers(record.headers(), reason, stage, e,
            meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset())),
        IngestTopology.DLQ_SINK);
  }
}
