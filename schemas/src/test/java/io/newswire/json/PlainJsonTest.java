package io.newswire.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import io.newswire.schema.Speaker;
import java.util.List;
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
}
