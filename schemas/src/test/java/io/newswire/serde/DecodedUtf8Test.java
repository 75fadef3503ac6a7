package io.newswire.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

/** The enriched record written from a decoded parsed record's bytes is byte-identical to encoding its text. */
class DecodedUtf8Test {
  private static final String TOPIC = "news.article.enriched";

  @Test
  void arabicEnrichedRecordIsByteIdentical() {
    assertSameBytesAsEncoding("ar", "وزير الخارجية يزور القاهرة",
        List.of("قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات كانت مثمرة وبناءة.",
            "وأضاف أن البلدين اتفقا على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقات الموقعة."));
  }

  @Test
  void persianEnrichedRecordIsByteIdentical() {
    assertSameBytesAsEncoding("fa", "سفر وزیر امور خارجه به تهران",
        List.of("وزیر امور خارجه روز دوشنبه در نشست خبری گفت که گفت‌وگوها سازنده بوده است.",
            "وی افزود: دو کشور برای پیگیری توافق‌ها یک کمیته مشترک تشکیل خواهند داد."));
  }

  @Test
  void englishEnrichedRecordIsByteIdentical() {
    assertSameBytesAsEncoding("en", "Foreign minister visits Cairo",
        List.of("The foreign minister told a news conference on Monday that the talks had been “constructive”.",
            "Both countries agreed to set up a joint committee, he said — to follow up on the signed deals."));
  }

  @Test
  void malformedBytesAreEncodedFromTheDecodedText() {
    String marker = "X".repeat(40);
    byte[] parsedBytes = serialized("en", "Headline", List.of(marker + " and a sentence after the marker."));
    String wire = new String(parsedBytes, StandardCharsets.ISO_8859_1);
    parsedBytes[wire.lastIndexOf(marker) + 3] = (byte) 0xFF; // the paragraph, after the highlight: U+FFFD
    ParsedArticle decoded = parsedSerde("en").deserializer().deserialize("news.article.parsed", parsedBytes);
    String paragraph = decoded.getParagraphs().get(0);
    assertEquals('\uFFFD', paragraph.charAt(3));
    assertNull(DecodedUtf8.get().of(paragraph));
    EnrichedArticle enriched = enriched(decoded);
    byte[] written = enrichedSerde("en").serializer().serialize(TOPIC, enriched);
    assertArrayEquals(encodedAsText(enriched), body(written));
  }

  @Test
  void keepsOnlyLongCleanlyDecodedStringsAndMatchesByIdentity() {
    DecodedUtf8 kept = new DecodedUtf8();
    String clean = "a paragraph long enough to be kept by the decoder, naming القاهرة";
    String replaced = "a paragraph that decoded with a \uFFFD replacement character, naming القاهرة";
    String shortOne = "القاهرة";
    String ascii = "an English paragraph long enough, but ASCII only";
    kept.keep(clean, new Utf8(clean));
    kept.keep(ascii, new Utf8(ascii));
    kept.keep(replaced, new Utf8(replaced));
    kept.keep(shortOne, new Utf8(shortOne));
    assertNotNull(kept.of(clean));
    assertNull(kept.of(new String(clean))); // equal text, other object: not matched
    assertNull(kept.of(replaced));
    assertNull(kept.of(shortOne));
    assertNull(kept.of(ascii));
  }

  private static void assertSameBytesAsEncoding(String language, String headline, List<String> paragraphs) {
    ParsedArticle decoded = parsedSerde(language).deserializer().deserialize("news.article.parsed",
        serialized(language, headline, paragraphs));
    EnrichedArticle enriched = enriched(decoded);

    byte[] copied = enrichedSerde(language).serializer().serialize(TOPIC, enriched);

    for (String p : decoded.getParagraphs()) {
      assertNotNull(DecodedUtf8.get().of(p), "paragraph written from its decoded bytes");
    }
    assertNull(DecodedUtf8.get().of(new String(decoded.getParagraphs().get(0))));
    assertArrayEquals(encodedAsText(enriched), body(copied));
    assertEquals(enriched, enrichedSerde(language).deserializer().deserialize(TOPIC, copied));
    assertSame(decoded.getParagraphs().get(0), enriched.getParagraphs().get(0));
  }

  private static AvroSerde<ParsedArticle> parsedSerde(String language) {
    AvroSerde<ParsedArticle> serde = new AvroSerde<>(ParsedArticle.class);
    serde.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://decoded-utf8-" + language), false);
    return serde;
  }

  private static AvroSerde<EnrichedArticle> enrichedSerde(String language) {
    AvroSerde<EnrichedArticle> serde = new AvroSerde<>(EnrichedArticle.class);
    serde.configure(Map.of(AvroSerializer.REGISTRY_URL, "mem://decoded-utf8-" + language), false);
    return serde;
  }

  private static byte[] serialized(String language, String headline, List<String> paragraphs) {
    Source source = Source.newBuilder().setAgency("agency").setFeed("feed-" + language)
        .setReceivedAt(Instant.ofEpochMilli(1732870000123L)).build();
    ParsedArticle parsed = ParsedArticle.newBuilder().setId("id-" + language).setVersion(1).setSource(source)
        .setLanguage(language).setHeadline(headline).setHighlights(List.of(paragraphs.get(paragraphs.size() - 1)))
        .setParagraphs(paragraphs).setContentType("text/plain").setCharset("UTF-8").build();
    return parsedSerde(language).serializer().serialize("news.article.parsed", parsed);
  }

  private static byte[] body(byte[] framed) {
    return Arrays.copyOfRange(framed, WireFormat.HEADER_SIZE, framed.length);
  }

  /** As the enricher builds it: the parsed record's own strings, plus entities of its own. */
  private static EnrichedArticle enriched(ParsedArticle a) {
    String name = a.getHeadline().split(" ")[0];
    Mention m = Mention.newBuilder().setText(name).setField("headline").setStart(0).setEnd(name.length()).build();
    Entity e = Entity.newBuilder().setId("wikidata:Q1").setName(name).setType(EntityType.PERSON)
        .setMentions(List.of(m)).setSalience(1.0).build();
    return EnrichedArticle.newBuilder().setId(a.getId()).setVersion(a.getVersion()).setSource(a.getSource())
        .setLanguage(a.getLanguage()).setHeadline(a.getHeadline()).setHighlights(a.getHighlights())
        .setParagraphs(a.getParagraphs()).setContentType(a.getContentType()).setCharset(a.getCharset())
        .setEntities(List.of(e)).setPipelineVersion("test").setProcessedAt(Instant.ofEpochMilli(1732870000456L))
        .build();
  }

  /** The old path: Avro's own writer, which encodes every string from its chars. */
  private static byte[] encodedAsText(EnrichedArticle record) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<EnrichedArticle>(EnrichedArticle.getClassSchema()).write(record, enc);
      enc.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
