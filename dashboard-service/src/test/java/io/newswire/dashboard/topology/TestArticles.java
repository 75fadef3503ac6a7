package io.newswire.dashboard.topology;

import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import io.newswire.schema.Source;
import io.newswire.schema.Speaker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Enriched articles built from short dispatches written for these tests: each entity's mentions are
 * found in the text itself (code point offsets, as the enrich-service gives them), so counts follow
 * from the words, and the content hash changes exactly when the text does.
 */
final class TestArticles {
  private final String id;
  private int version = 1;
  private String language = "en";
  private String headline = "";
  private final List<String> paragraphs = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private Instant receivedAt = Instant.parse("2026-11-30T10:00:00Z");
  private String pubStatus = "usable";

  private TestArticles(String id) {
    this.id = id;
  }

  static TestArticles article(String id) {
    return new TestArticles(id);
  }

  TestArticles version(int v) {
    version = v;
    return this;
  }

  TestArticles lang(String l) {
    language = l;
    return this;
  }

  TestArticles text(String headline, String... paragraphs) {
    this.headline = headline;
    this.paragraphs.clear();
    this.paragraphs.addAll(List.of(paragraphs));
    return this;
  }

  TestArticles at(String instant) {
    receivedAt = Instant.parse(instant);
    return this;
  }

  TestArticles canceled() {
    pubStatus = "canceled";
    return this;
  }

  /** An entity named by {@code surface} wherever it occurs in the headline and paragraphs. */
  TestArticles entity(String entityId, EntityType type, String name, String surface) {
    List<Mention> mentions = new ArrayList<>();
    find(surface, "headline", headline, mentions);
    for (int i = 0; i < paragraphs.size(); i++) {
      find(surface, "paragraphs[" + i + "]", paragraphs.get(i), mentions);
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException(surface + " is not in the text of " + id);
    }
    entities.add(Entity.newBuilder().setId(entityId).setType(type).setName(name).setMentions(mentions)
        .setSalience(0.5).build());
    return this;
  }

  /** A direct quote: the words between the first pair of quotation marks in paragraph {@code p}. */
  TestArticles directQuote(int p, String speakerId, String speakerName, String speakerText) {
    String text = paragraphs.get(p);
    int open = text.indexOf('"');
    int close = text.indexOf('"', open + 1);
    String words = text.substring(open + 1, close);
    quotes.add(Quote.newBuilder().setText(words).setKind(QuoteKind.DIRECT)
        .setSpeaker(Speaker.newBuilder().setEntityId(speakerId).setName(speakerName).setText(speakerText).build())
        .setCue("said").setField("paragraphs[" + p + "]")
        .setStart(text.codePointCount(0, open + 1)).setEnd(text.codePointCount(0, close)).build());
    return this;
  }

  EnrichedArticle build() {
    return EnrichedArticle.newBuilder().setId(id).setVersion(version)
        .setSource(Source.newBuilder().setAgency("Test Agency").setFeed("test").setReceivedAt(receivedAt).build())
        .setLanguage(language).setHeadline(headline).setHighlights(List.of()).setDateline(null)
        .setParagraphs(List.copyOf(paragraphs)).setContentType("text/plain").setCharset("UTF-8")
        .setPubStatus(pubStatus).setContentHash(hash()).setEntities(List.copyOf(entities))
        .setQuotes(List.copyOf(quotes)).setPipelineVersion("test").setProcessedAt(receivedAt).build();
  }

  private String hash() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(headline.getBytes(StandardCharsets.UTF_8));
      paragraphs.forEach(p -> d.update(p.getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(d.digest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void find(String surface, String field, String text, List<Mention> out) {
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
      int start = text.codePointCount(0, at);
      out.add(Mention.newBuilder().setField(field).setStart(start)
          .setEnd(start + surface.codePointCount(0, surface.length())).setText(surface).build());
    }
  }
}
