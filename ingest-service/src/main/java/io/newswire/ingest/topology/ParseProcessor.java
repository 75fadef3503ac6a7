package io.newswire.ingest.topology;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.ParseResult;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.runtime.DeadLetters;
import io.newswire.runtime.PipelineMetrics;
import io.newswire.schema.ParsedArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Parses one raw dispatch. Every item of every record ends exactly one way: a ParsedArticle, a dead
 * letter (a rejected dispatch or item with its reason, an unexpected exception with reason
 * 'internal-error'), or a counted skip for a non-text item of an envelope
 * ({@code newswire_items_skipped_total{kind}}). No input is dropped and no input stops the application.
 */
final class ParseProcessor extends ContextualProcessor<byte[], byte[], Object, Object> {
  /** Dead letter of one item of an envelope: its 1-based position and ref ("3 urn:newsml:…"). */
  static final String ITEM_HEADER = DeadLetters.PREFIX + "item";
  private static final Logger log = LoggerFactory.getLogger(ParseProcessor.class);
  private static final Map<String, Counter> SKIPPED = new ConcurrentHashMap<>();
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
      ParseResult result = parser.parseAll(raw);
      sample.stop(timer);
      // One raw record may carry many items (an envelope, a feed). All their outputs are forwarded
      // in this record's task transaction (exactly_once_v2): all of them commit, or none does.
      for (ParseResult.Item item : result.items()) {
        if (item.article() != null) {
          ParsedArticle article = item.article();
          MDC.put("articleId", article.getId());
          log.debug("parsed article {} ({}, {})", article.getId(), article.getLanguage(), article.getFormat());
          context().forward(new Record<Object, Object>(article.getId(), article, record.timestamp()), IngestTopology.PARSED_SINK);
          PipelineMetrics.recordOut("ingest");
        } else if (item.rejection() != null) {
          RejectedDispatchException e = item.rejection();
          deadLetter(record, e.reason(), e.stage(), e, item);
        } else {
          log.info("skipped non-text item {} ({}) of dispatch key={}", item.ref(), item.skippedKind(), key);
          skipped(item.skippedKind());
        }
      }
    } catch (RejectedDispatchException e) {
      deadLetter(record, e.reason(), e.stage(), e, null);
    } catch (RuntimeException | StackOverflowError e) {
      log.error("parser failed on dispatch key={}", key, e);
      deadLetter(record, "internal-error", "parse", e, null);
    } finally {
      MDC.remove("articleId");
    }
  }

  /** Counts a non-text item; by kind, so a feed that suddenly sends only pictures shows. */
  private static void skipped(String kind) {
    SKIPPED.computeIfAbsent(kind, k -> Counter.builder("newswire.items.skipped").tag("kind", k)
        .register(Metrics.globalRegistry)).increment();
  }

  /** @param item the failed item of an envelope (named in {@value #ITEM_HEADER}), or null for the whole dispatch */
  private void deadLetter(Record<byte[], byte[]> record, String reason, String stage, Throwable e, ParseResult.Item item) {
    RecordMetadata meta = context().recordMetadata().orElse(null);
    log.warn("dead-lettering dispatch key={}{} reason={} stage={}: {}",
        record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
        item == null ? "" : " item " + item.ref(), reason, stage, e.getMessage());
    PipelineMetrics.deadLetter(reason, stage);
    Headers headers = DeadLetters.headers(record.headers(), reason, stage, e,
        meta == null ? null : meta.topic(), meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset());
    if (item != null) {
      headers.remove(ITEM_HEADER);
      headers.add(ITEM_HEADER, (item.index() + 1 + " " + item.ref()).getBytes(StandardCharsets.UTF_8));
    }
    context().forward(new Record<Object, Object>(record.key(), record.value(), record.timestamp(), headers),
        IngestTopology.DLQ_SINK);
  }
}
