package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.ParsedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: parses a gold dispatch with the real parser and enriches it with the quote extractor,
 * feeding it the gold entities (placed into fields) until the entity extractor lands on this branch.
 */
final class GoldArticles {
  private GoldArticles() {}

  /** The shared data directory from {@code -Dnewswire.shared.data} (surefire sets it); a path that does not exist otherwise, so tests skip. */
  static Path sharedData() {
    String p = System.getProperty("newswire.shared.data");
    return p == null || p.isBlank() ? Path.of("/nonexistent/newswire-shared-data") : Path.of(p);
  }

  static ParsedArticle parse(String text) {
    try {
      return new DispatchParser(1 << 20).parse(new RawDispatch(null, text.getBytes(StandardCharsets.UTF_8), Map.of(), 0L));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static EnrichedArticle enrichWithGoldEntities(JsonNode gold, String text, QuoteExtractor quotes) {
    ParsedArticle a = parse(text);
    List<ArticleField> fields = ArticleFields.of(a);
    List<Entity> entities = goldEntities(gold, text, fields);
    return EnrichedArticle.newBuilder()
        .setId(a.getId()).setVersion(a.getVersion()).setSource(a.getSource()).setLanguage(a.getLanguage())
        .setHeadline(a.getHeadline()).setHighlights(a.getHighlights()).setDateline(a.getDateline())
        .setParagraphs(a.getParagraphs()).setContentType(a.getContentType()).setCharset(a.getCharset())
        .setContentHash(a.getContentHash())
        .setEntities(entities)
        .setQuotes(quotes.extract(fields, gold.path("lang").asText(a.getLanguage()), entities))
        .setPipelineVersion("test").setProcessedAt(Instant.EPOCH)
        .build();
  }

  /** The gold entities with their mentions moved from text offsets to field offsets. */
  static List<Entity> goldEntities(JsonNode gold, String text, List<ArticleField> fields) {
    int[] base = new int[fields.size()];
    int[] len = new int[fields.size()];
    int cursor = 0;
    for (int i = 0; i < fields.size(); i++) {
      int at = text.indexOf(fields.get(i).text(), cursor);
      base[i] = at < 0 ? -1 : text.codePointCount(0, at);
      len[i] = fields.get(i).text().codePointCount(0, fields.get(i).text().length());
      if (at >= 0) {
        cursor = at + 1;
      }
    }
    int[] cps = text.codePoints().toArray();
    List<Entity> out = new ArrayList<>();
    for (JsonNode e : gold.path("entities")) {
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        int s = m.get(0).asInt();
        int en = m.get(1).asInt();
        for (int i = 0; i < fields.size(); i++) {
          if (base[i] >= 0 && s >= base[i] && en <= base[i] + len[i]) {
            mentions.add(Mention.newBuilder().setField(fields.get(i).name()).setStart(s - base[i])
                .setEnd(en - base[i]).setText(new String(cps, s, en - s)).build());
            break;
          }
        }
      }
      EntityType type = switch (e.get("type").asText()) {
        case "PERSON" -> EntityType.PERSON;
        case "ORG" -> EntityType.ORGANIZATION;
        case "PLACE" -> EntityType.PLACE;
        default -> EntityType.OTHER;
      };
      out.add(Entity.newBuilder().setId(e.get("id").asText()).setType(type).setName(e.get("name").asText())
          .setMentions(mentions).setSalience(0).build());
    }
    return out;
  }

  static JsonNode readGold(Path p) throws Exception {
    return new ObjectMapper().readTree(Files.readString(p));
  }
}
