package io.newswire.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityTrend;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import io.newswire.schema.Speaker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
  @Test
  void unionsAreUnwrappedEnumsAreSymbolsNullsStayNull() throws Exception {
    Quote q = Quote.newBuilder().setText("نحن نؤمن").setKind(QuoteKind.DIRECT)
        .setSpeaker(Speaker.newBuilder().setEntityId("wikidata:Q123").setName("Masoud Pezeshkian").setText("بزشكيان").build())
        .setCue(null).setField("paragraphs[3]").setStart(12).setEnd(20).build();
    JsonNode json = PlainJson.MAPPER.readTree(PlainJson.toLine(q));
    assertEquals("DIRECT", json.get("kind").asText());
    assertEquals("Masoud Pezeshkian", json.get("speaker").get("name").asText());
    assertTrue(json.get("cue").isNull());
    assertEquals("نحن نؤمن", json.get("text").asText());
    assertEquals(12, json.get("start").asInt());
  }

  @Test
  void nestedArraysOfRecords() {
    Entity e = Entity.newBuilder().setId("wikidata:Q846").setType(EntityType.PLACE).setName("Qatar")
        .setMentions(List.of(Mention.newBuilder().setField("headline").setStart(0).setEnd(3).setText("قطر").build()))
        .setSalience(0.5).build();
    JsonNode json = PlainJson.toJson(e);
    assertEquals("PLACE", json.get("type").asText());
    assertEquals("قطر", json.get("mentions").get(0).get("text").asText());
    assertEquals(0.5, json.get("salience").asDouble());
  }

  /** The streamed line is the tree's text, byte for byte, for every kind of value a schema holds. */
  @Test
  void streamedLineIsTheTreesText() throws Exception {
    Schema inner = new Schema.Parser().parse("""
        {"type": "record", "name": "Inner", "fields": [
          {"name": "word", "type": "string"}, {"name": "weight", "type": "float"}]}""");
    Schema outer = Schema.createRecord("Outer", null, "test", false, List.of(
        new Schema.Field("count", Schema.create(Schema.Type.INT)),
        new Schema.Field("total", Schema.create(Schema.Type.LONG)),
        new Schema.Field("share", Schema.create(Schema.Type.DOUBLE)),
        new Schema.Field("ok", Schema.create(Schema.Type.BOOLEAN)),
        new Schema.Field("raw", Schema.create(Schema.Type.BYTES)),
        new Schema.Field("note", Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING))),
        new Schema.Field("missing", Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING))),
        new Schema.Field("kind", Schema.createEnum("Kind", null, "test", List.of("DIRECT", "INDIRECT"))),
        new Schema.Field("items", Schema.createArray(inner)),
        new Schema.Field("tags", Schema.createMap(Schema.create(Schema.Type.DOUBLE)))));
    GenericData.Record a = new GenericData.Record(inner);
    a.put("word", "قال \"رئيس\"\n");
    a.put("weight", 0.1f);
    GenericData.Record b = new GenericData.Record(inner);
    b.put("word", "Tehran");
    b.put("weight", -3.0e-9f);
    Map<String, Double> tags = new LinkedHashMap<>();
    tags.put("گزارش", 1.0 / 3);
    tags.put("x", 1e21);
    GenericData.Record r = new GenericData.Record(outer);
    r.put("count", 7);
    r.put("total", 1L << 40);
    r.put("share", 0.1 + 0.2);
    r.put("ok", true);
    r.put("raw", ByteBuffer.wrap("bytes".getBytes(StandardCharsets.UTF_8)));
    r.put("note", "a note");
    r.put("kind", new GenericData.EnumSymbol(outer.getField("kind").schema(), "INDIRECT"));
    r.put("items", List.of(a, b));
    r.put("tags", tags);
    assertEquals(PlainJson.MAPPER.writeValueAsString(PlainJson.toJson(r)), PlainJson.toLine(r));

    Speaker s = Speaker.newBuilder().setEntityId(null).setName("Abbas Araghchi").setText("عراقچی").build();
    Quote q = Quote.newBuilder().setText("ما آماده‌ایم").setKind(QuoteKind.INDIRECT).setSpeaker(s)
        .setCue("گفت").setField("headline").setStart(0).setEnd(11).build();
    assertEquals(PlainJson.MAPPER.writeValueAsString(PlainJson.toJson(q)), PlainJson.toLine(q));

    EntityTrend t = EntityTrend.newBuilder().setEntityId("wikidata:Q1019").setType(EntityType.PLACE).setName("Doha")
        .setWindow("PT1H").setWindowStart(Instant.parse("2026-01-01T10:05:00Z"))
        .setWindowEnd(Instant.parse("2026-01-01T11:05:00.123Z")).setArticles(3).setMentions(9).build();
    assertEquals(PlainJson.MAPPER.writeValueAsString(PlainJson.toJson(t)), PlainJson.toLine(t));
  }
}
