package io.newswire.ingest.topology;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.runtime.Topics;
import io.newswire.schema.ParsedArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * news.dispatch.raw (bytes) → parse → news.article.parsed (ParsedArticle, keyed by article id),
 * and whatever cannot be parsed → news.dispatch.dlq (original bytes and headers, plus the reason).
 */
public final class IngestTopology {
  public static final String SOURCE = "raw-dispatches";
  public static final String PARSE = "parse";
  public static final String PARSED_SINK = "parsed-articles";
  public static final String DLQ_SINK = "dead-letters";

  private IngestTopology() {}

  public static Topology build(Topics topics, Serde<ParsedArticle> articleSerde, DispatchParser parser) {
    Topology t = new Topology();
    t.addSource(SOURCE, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), topics.raw());
    t.addProcessor(PARSE, () -> new ParseProcessor(parser), SOURCE);
    t.addSink(PARSED_SINK, topics.parsed(), Serdes.String().serializer(), articleSerde.serializer(), PARSE);
    t.addSink(DLQ_SINK, topics.dlq(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer(), PARSE);
    return t;
  }
}
