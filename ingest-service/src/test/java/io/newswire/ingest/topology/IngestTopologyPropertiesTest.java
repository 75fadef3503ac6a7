package io.newswire.ingest.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.Envelopes;
import io.newswire.runtime.DeadLetters;
import io.newswire.runtime.Topics;
import io.newswire.schema.ParsedArticle;
import io.newswire.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Random bytes and malformed XML/JSON through the ingest topology: no exception escapes, and every
 * input ends as exactly one parsed article or one dead letter carrying the original bytes.
 */
class IngestTopologyPropertiesTest {
  static TopologyTestDriver driver;
  static TestInputTopic<byte[], byte[]> raw;
  static TestOutputTopic<String, ParsedArticle> parsed;
  static TestOutputTopic<byte[], byte[]> dlq;

  @BeforeContainer
  static void start() {
    Serde<ParsedArticle> serde = AvroSerde.forValues(ParsedArticle.class, "mem://ingest-topology-properties");
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "ingest-properties");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(IngestTopology.build(Topics.DEFAULT, serde, new DispatchParser(64 * 1024)), p);
    raw = driver.createInputTopic(Topics.DEFAULT.raw(), new ByteArraySerializer(), new ByteArraySerializer());
    parsed = driver.createOutputTopic(Topics.DEFAULT.parsed(), new StringDeserializer(), serde.deserializer());
    dlq = driver.createOutputTopic(Topics.DEFAULT.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterContainer
  static void stop() {
    driver.close();
  }

  @Property(tries = 400)
  void anyBytesEndAsOneArticleOrOneDeadLetter(@ForAll("dispatches") byte[] body, @ForAll("contentTypes") String contentType) {
    RecordHeaders headers = new RecordHeaders();
    if (!contentType.isEmpty()) {
      headers.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
    }
    raw.pipeInput(new TestRecord<>("k".getBytes(StandardCharsets.UTF_8), body, headers));
    int articles = parsed.readRecordsToList().size();
    var dead = dlq.readRecordsToList();
    assertEquals(1, articles + dead.size(), "exactly one outcome per input");
    if (!dead.isEmpty()) {
      assertArrayEquals(body, dead.get(0).value(), "the DLQ keeps the original bytes");
      assertNotNull(DeadLetters.header(dead.get(0).headers(), DeadLetters.REASON));
      assertNotNull(DeadLetters.header(dead.get(0).headers(), DeadLetters.STAGE));
    }
  }

  /**
   * Envelopes of random items through the topology: each text item is one parsed article under its
   * own key, each bad item one dead letter naming the item, each picture one counted skip.
   */
  @Property(tries = 150)
  void everyItemOfAnEnvelopeEndsExactlyOnce(@ForAll("itemKinds") java.util.List<Integer> kinds,
      @ForAll("envelopeFormat") int format) {
    double skippedBefore = skipped();
    String doc = Envelopes.build(format, kinds);
    raw.pipeInput(new TestRecord<>("env".getBytes(StandardCharsets.UTF_8), doc.getBytes(StandardCharsets.UTF_8), new RecordHeaders()));
    var articles = parsed.readRecordsToList();
    var dead = dlq.readRecordsToList();
    long text = kinds.stream().filter(k -> k == Envelopes.TEXT).count();
    long bad = kinds.stream().filter(k -> k == Envelopes.EMPTY_TEXT).count();
    long pictures = kinds.stream().filter(k -> k == Envelopes.PICTURE).count();
    if (kinds.isEmpty()) {
      assertEquals(1, dead.size(), "an empty envelope is one dead letter");
      return;
    }
    assertEquals(text, articles.size(), doc);
    assertEquals(text, articles.stream().map(r -> r.key()).distinct().count(), "each article its own key");
    assertEquals(bad, dead.size(), doc);
    for (var d : dead) {
      assertArrayEquals(doc.getBytes(StandardCharsets.UTF_8), d.value(), "the DLQ keeps the original bytes");
      if (kinds.size() > 1) {
        assertNotNull(DeadLetters.header(d.headers(), DeadLetters.PREFIX + "item"), "the dead letter names its item");
      }
    }
    assertEquals((double) pictures, skipped() - skippedBefore, "pictures are counted skips");
  }

  private static double skipped() {
    return io.micrometer.core.instrument.Metrics.globalRegistry.find("newswire.items.skipped").counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
  }

  @Provide
  Arbitrary<java.util.List<Integer>> itemKinds() {
    return Envelopes.itemKinds(6);
  }

  @Provide
  Arbitrary<Integer> envelopeFormat() {
    return Envelopes.formats();
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("", "text/plain", "application/xml", "application/nitf+xml", "application/json",
        "application/ninjs+json", "application/vnd.iptc.g2.newsitem+xml", "text/plain; charset=windows-1256", "bogus/type");
  }

  @Provide
  Arbitrary<byte[]> dispatches() {
    Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    Arbitrary<String> words = Arbitraries.of("خبر", "طهران-مهر:-", "وقال", "\"", "«", "»", "*", "\n", " ", "<", ">", "</",
        "<nitf>", "<body.content>", "<p>", "{", "}", "\"headline\":", "[", "]", ",", "\u0001", "\u0002", "\u0003",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<?xml version=\"1.0\"?>", "BEIRUT (AP) —", "\uFEFF", "\u0000");
    Arbitrary<byte[]> malformed = words.list().ofMaxSize(60).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> truncatedXml = Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.just(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><nitf><head><title>عنوان</title></head><body><body.head><hedline><hl1>عنوان الخبر</hl1></hedline></body.head><body.content><p>نص الخبر الأول.</p></body.content></body></nitf>"))
        .as((cut, xml) -> xml.substring(0, Math.min(cut, xml.length())).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> truncatedJson = Combinators.combine(Arbitraries.integers().between(0, 160), Arbitraries.just(
        "{\"uri\":\"urn:x:1\",\"version\":\"2\",\"headlines\":[{\"role\":\"main\",\"value\":\"Headline\"}],\"bodies\":[{\"contenttype\":\"text/plain\",\"value\":\"Body text here.\"}]}"))
        .as((cut, json) -> json.substring(0, Math.min(cut, json.length())).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(randomBytes, malformed, truncatedXml, truncatedJson);
  }
}
