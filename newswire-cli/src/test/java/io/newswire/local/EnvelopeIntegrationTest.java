package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.runtime.DeadLetters;
import io.newswire.schema.EnrichedArticle;
import io.newswire.serde.AvroDeserializer;
import io.newswire.serde.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One raw record, many items, on the real embedded broker: each text item of a NewsML-G2
 * newsMessage comes out once as its own event, the picture is skipped, the item without a body is
 * one dead letter naming the item, and a second delivery of the same record adds no event.
 */
@Tag("kafka")
class EnvelopeIntegrationTest {
  static final String MESSAGE = """
      <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>
      <newsItem guid="urn:test:env:de" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta><headline>Lokführer kündigen neuen Streik im Güterverkehr an</headline></contentMeta>
        <contentSet><inlineData>Die Gewerkschaft der Lokomotivführer hat für Montag einen ganztägigen Streik angekündigt.</inlineData></contentSet></newsItem>
      <newsItem guid="urn:test:env:photo" version="1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
        <contentMeta><headline>Stillstehende Güterzüge</headline></contentMeta><contentSet><remoteContent href="p.jpg"/></contentSet></newsItem>
      <newsItem guid="urn:test:env:fi" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta><headline>Hallitus esittää lisärahaa kuntien terveyspalveluihin</headline></contentMeta>
        <contentSet><inlineData>Hallitus esittää ensi vuoden talousarvioon 300 miljoonan euron lisäystä hyvinvointialueiden rahoitukseen.</inlineData></contentSet></newsItem>
      <newsItem guid="urn:test:env:empty" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta><headline>Ohne Text</headline></contentMeta><contentSet><inlineData></inlineData></contentSet></newsItem>
      </itemSet></newsMessage>
      """;

  static LocalStack stack;
  static KafkaProducer<byte[], byte[]> producer;

  @BeforeAll
  static void start() throws Exception {
    stack = TestStacks.ephemeral();
    producer = TestStacks.producer(stack);
  }

  @AfterAll
  static void stop() {
    producer.close();
    stack.close();
  }

  @Test
  void everyTextItemOnceEvenWhenTheRecordComesTwice() throws Exception {
    byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
    byte[] key = "envelope-1".getBytes(StandardCharsets.UTF_8);
    producer.send(new ProducerRecord<>(stack.topics().raw(), key, body)).get();
    producer.send(new ProducerRecord<>(stack.topics().raw(), key, body)).get(); // a feed re-delivers

    // Both deliveries are parsed (two dead letters); the enrich step drops the re-sent items.
    var dlq = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().dlq(), r -> r.size() >= 2, Duration.ofSeconds(60));
    var parsed = TopicReader.readUntil(stack.bootstrapServers(), stack.topics().parsed(), r -> r.size() >= 4, Duration.ofSeconds(60));
    TopicReader.readUntil(stack.bootstrapServers(), stack.topics().enriched(), r -> r.size() >= 2, Duration.ofSeconds(60));
    // Then a quiet period: the second delivery's items must add nothing.
    var enriched = TopicReader.readFor(stack.bootstrapServers(), stack.topics().enriched(), Duration.ofSeconds(8));

    AvroDeserializer<EnrichedArticle> reader = new AvroDeserializer<>(EnrichedArticle.class, new SchemaRegistryClient(stack.registryUrl()));
    Map<String, Integer> events = new HashMap<>();
    Map<String, String> languages = new HashMap<>();
    for (var r : enriched) {
      EnrichedArticle a = reader.deserialize(r.topic(), r.value());
      events.merge(a.getId(), 1, Integer::sum);
      languages.put(a.getId(), a.getLanguage());
    }
    assertEquals(Map.of("urn:test:env:de", 1, "urn:test:env:fi", 1), events, "each text item exactly once");
    assertEquals(Map.of("urn:test:env:de", "de", "urn:test:env:fi", "fi"), languages);
    assertEquals(4, parsed.size(), "two text items per delivery, nothing for the picture");
    assertEquals(2, dlq.size(), "the item without a body, once per delivery");
    for (var d : dlq) {
      assertEquals("no-body", DeadLetters.header(d.headers(), DeadLetters.REASON));
      assertEquals("4 urn:test:env:empty", DeadLetters.header(d.headers(), DeadLetters.PREFIX + "item"));
      assertArrayEquals(body, d.value(), "the DLQ keeps the record's bytes");
    }
  }
}
