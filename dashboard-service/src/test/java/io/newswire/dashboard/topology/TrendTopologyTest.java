package io.newswire.dashboard.topology;

import static io.newswire.dashboard.topology.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.dashboard.query.LocalQueries;
import io.newswire.dashboard.query.StoreAccess;
import io.newswire.dashboard.query.TrendItem;
import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.QuoteItem;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.EntityTrend;
import io.newswire.schema.EntityType;
import io.newswire.serde.AvroSerde;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trends and the article stores with TopologyTestDriver: hopping-window counts per entity, an
 * article counted once across re-sends and versions, withdrawals dropping out, and window edges.
 */
class TrendTopologyTest {
  static final String PEZESHKIAN = "wikidata:Q5955880";
  static final String DOHA = "wikidata:Q3861";
  static final String TAMIM = "wikidata:Q360467";
  static final String TEHRAN = "wikidata:Q3616";

  TopologyTestDriver driver;
  TestInputTopic<String, EnrichedArticle> in;
  TestOutputTopic<String, EntityTrend> out;
  LocalQueries queries;

  @BeforeEach
  void start() {
    String registry = "mem://trend-topology-" + System.nanoTime();
    Serde<EnrichedArticle> enriched = AvroSerde.forValues(EnrichedArticle.class, registry);
    Serde<EntityTrend> trends = AvroSerde.forValues(EntityTrend.class, registry);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dashboard-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    // Every update visible on the topic, so the test sees each step (caching would merge them).
    p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
    driver = new TopologyTestDriver(DashboardTopology.build("enriched", "trends", enriched, trends), p);
    in = driver.createInputTopic("enriched", Serdes.String().serializer(), enriched.serializer());
    out = driver.createOutputTopic("trends", Serdes.String().deserializer(), trends.deserializer());
    queries = new LocalQueries(new StoreAccess() {
      @Override
      public List<Partition> partitions() {
        return List.of(new Partition(driver.getKeyValueStore(DashboardTopology.ARTICLES_STORE),
            driver.getKeyValueStore(DashboardTopology.FEED_STORE),
            driver.getKeyValueStore(DashboardTopology.ENTITY_ARTICLES_STORE)));
      }

      @Override
      public ReadOnlyWindowStore<String, TrendCount> trends(TrendWindow window) {
        return driver.getWindowStore(window.store);
      }
    });
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  static EnrichedArticle visitV1() {
    return article("mehr-visit").lang("ar").at("2026-11-30T10:00:00Z")
        .text("بزشكيان يصل إلى الدوحة في زيارة رسمية",
            "طهران-مهر:- وصل الرئيس الإيراني مسعود بزشكيان إلى الدوحة صباح اليوم. وقال بزشكيان \"نريد علاقات أقوى مع جيراننا\" في المطار.")
        .entity(PEZESHKIAN, EntityType.PERSON, "Masoud Pezeshkian", "بزشكيان")
        .entity(DOHA, EntityType.PLACE, "Doha", "الدوحة")
        .directQuote(0, PEZESHKIAN, "Masoud Pezeshkian", "بزشكيان")
        .build();
  }

  /** The same story rewritten twenty minutes later: Doha gone, the emir named. */
  static EnrichedArticle visitV2() {
    return article("mehr-visit").version(2).lang("ar").at("2026-11-30T10:20:00Z")
        .text("بزشكيان يلتقي أمير قطر",
            "طهران-مهر:- التقى الرئيس مسعود بزشكيان أمير قطر تميم بن حمد آل ثاني صباح اليوم.")
        .entity(PEZESHKIAN, EntityType.PERSON, "Masoud Pezeshkian", "بزشكيان")
        .entity(TAMIM, EntityType.PERSON, "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني")
        .build();
  }

  static EnrichedArticle rain(String id, String at) {
    return article(id).lang("fa").at(at)
        .text("باران شدید در تهران جاری شد", "تهران - ایرنا - باران شدید امروز در تهران باعث آبگرفتگی چند خیابان شد.")
        .entity(TEHRAN, EntityType.PLACE, "Tehran", "تهران")
        .build();
  }

  void pipe(EnrichedArticle a) {
    in.pipeInput(a.getId(), a, a.getSource().getReceivedAt());
  }

  TrendCount count(TrendWindow w, String entity, String windowStart) {
    ReadOnlyWindowStore<String, TrendCount> store = driver.getWindowStore(w.store);
    TrendCount c = store.fetch(entity, Instant.parse(windowStart).toEpochMilli());
    return c == null ? TrendCount.ZERO : c;
  }

  /** The last record per key on the trends topic, as a compacted topic would keep it (null = tombstone). */
  Map<String, EntityTrend> compacted() {
    Map<String, EntityTrend> latest = new HashMap<>();
    out.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
    return latest;
  }

  @Test
  void aReSentArticleCountsOnce() {
    pipe(visitV1());
    pipe(visitV1());
    pipe(visitV1()); // the same version and text again, as a replayed or duplicated record

    TrendCount c = count(TrendWindow.HOUR, PEZESHKIAN, "2026-11-30T09:05:00Z");
    assertEquals(1, c.articles());
    assertEquals(3, c.mentions(), "headline, 'مسعود بزشكيان' and 'وقال بزشكيان'");
    assertEquals("Masoud Pezeshkian", c.name());
    assertEquals(1, count(TrendWindow.DAY, PEZESHKIAN, "2026-11-29T11:00:00Z").articles());
    EntityTrend onTopic = compacted().get(PEZESHKIAN + "|PT1H|2026-11-30T09:05:00Z");
    assertEquals(1, onTopic.getArticles());
    assertEquals(3, onTopic.getMentions());
    assertEquals(EntityType.PERSON, onTopic.getType());
    assertEquals(1, queries.articles(10, null, null).size());
  }

  @Test
  void aNewVersionReplacesThePreviousCounts() {
    pipe(visitV1());
    pipe(visitV2());
    pipe(visitV2()); // and a re-send of the new version

    // Windows that hold only v1's time (10:00) lose it; windows holding both times count v2 once.
    assertEquals(0, count(TrendWindow.HOUR, PEZESHKIAN, "2026-11-30T09:05:00Z").articles());
    TrendCount both = count(TrendWindow.HOUR, PEZESHKIAN, "2026-11-30T09:25:00Z");
    assertEquals(1, both.articles());
    assertEquals(2, both.mentions(), "v2 names him twice; v1's three mentions are gone");
    assertEquals(1, count(TrendWindow.HOUR, TAMIM, "2026-11-30T09:25:00Z").articles());
    assertEquals(0, count(TrendWindow.HOUR, DOHA, "2026-11-30T09:25:00Z").articles(), "v2 no longer names Doha");
    assertEquals(1, count(TrendWindow.DAY, PEZESHKIAN, "2026-11-29T11:00:00Z").articles());
    assertEquals(2, count(TrendWindow.DAY, PEZESHKIAN, "2026-11-29T11:00:00Z").mentions());

    Map<String, EntityTrend> topic = compacted();
    assertTrue(topic.containsKey(DOHA + "|PT1H|2026-11-30T09:05:00Z"));
    assertNull(topic.get(DOHA + "|PT1H|2026-11-30T09:05:00Z"), "Doha's window is a tombstone once v2 drops it");
    assertEquals(1, topic.get(PEZESHKIAN + "|PT24H|2026-11-29T11:00:00Z").getArticles());

    List<ArticleView> feed = queries.articles(10, null, null);
    assertEquals(1, feed.size());
    assertEquals(2, feed.get(0).version());
    assertEquals("بزشكيان يلتقي أمير قطر", feed.get(0).headline());
    assertTrue(queries.articles(10, null, DOHA).isEmpty(), "the entity index forgets what v2 dropped");
    assertTrue(queries.quotes(PEZESHKIAN, null, 10).isEmpty(), "v2 has no quote of his");
  }

  @Test
  void anOlderVersionArrivingLateChangesNothing() {
    pipe(visitV2());
    pipe(visitV1());
    assertEquals(0, count(TrendWindow.HOUR, DOHA, "2026-11-30T09:05:00Z").articles());
    assertEquals(1, count(TrendWindow.HOUR, PEZESHKIAN, "2026-11-30T09:25:00Z").articles());
    assertEquals(2, queries.articles(1, null, null).get(0).version());
  }

  @Test
  void aWithdrawnArticleDropsOutAndStaysOut() {
    pipe(rain("irna-rain", "2026-11-30T10:00:00Z"));
    assertEquals(1, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T09:05:00Z").articles());
    assertEquals(3, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T09:05:00Z").mentions());

    EnrichedArticle kill = article("irna-rain").version(2).lang("fa").at("2026-11-30T10:30:00Z")
        .text("باران شدید در تهران جاری شد", "این خبر لغو شد.").canceled().build();
    pipe(kill);
    pipe(rain("irna-rain", "2026-11-30T10:00:00Z")); // a late re-send of v1 must not bring it back

    assertEquals(0, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T09:05:00Z").articles());
    assertEquals(0, count(TrendWindow.DAY, TEHRAN, "2026-11-29T11:00:00Z").articles());
    Map<String, EntityTrend> topic = compacted();
    assertTrue(topic.containsKey(TEHRAN + "|PT24H|2026-11-29T11:00:00Z"));
    assertNull(topic.get(TEHRAN + "|PT24H|2026-11-29T11:00:00Z"));
    assertTrue(queries.articles(10, null, null).isEmpty());
    assertTrue(queries.top(TrendWindow.HOUR, Instant.parse("2026-11-30T10:01:00Z").toEpochMilli(), null, 10).isEmpty());
  }

  @Test
  void windowEdgesAreStartInclusiveEndExclusive() {
    pipe(rain("irna-rain-1", "2026-11-30T10:04:59.999Z"));
    pipe(rain("irna-rain-2", "2026-11-30T10:05:00Z"));

    assertEquals(1, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T09:05:00Z").articles(), "[09:05, 10:05) holds only the first");
    assertEquals(2, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T09:10:00Z").articles());
    assertEquals(2, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T10:00:00Z").articles());
    assertEquals(1, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T10:05:00Z").articles(), "[10:05, 11:05) holds only the second");
    assertEquals(0, count(TrendWindow.HOUR, TEHRAN, "2026-11-30T10:10:00Z").articles());
    assertEquals(0, count(TrendWindow.DAY, TEHRAN, "2026-11-29T10:00:00Z").articles(), "ends at 10:00, before both");
    assertEquals(2, count(TrendWindow.DAY, TEHRAN, "2026-11-29T11:00:00Z").articles());
    assertEquals(2, count(TrendWindow.DAY, TEHRAN, "2026-11-30T10:00:00Z").articles());

    // The window 'now' falls in is the one ending at the next step: at 10:05:30 that is [09:10, 10:10).
    List<TrendItem> top = queries.top(TrendWindow.HOUR, Instant.parse("2026-11-30T10:05:30Z").toEpochMilli(), "PLACE", 5);
    assertEquals(1, top.size());
    assertEquals(2, top.get(0).articles());
    assertEquals(TrendWindow.HOUR.steps, top.get(0).series().size());
    TrendItem.Point previous = top.get(0).series().get(TrendWindow.HOUR.steps - 2);
    assertEquals(Instant.parse("2026-11-30T09:05:00Z").toEpochMilli(), previous.windowStart());
    assertEquals(1, previous.articles());
  }

  @Test
  void queriesReadTheStoresNewestFirst() {
    EnrichedArticle port = article("ap-port").lang("en").at("2026-11-30T10:10:00Z")
        .text("Aden port reopens as storm passes",
            "ADEN (AP) — The port of Aden reopened on Tuesday after the storm, transport minister Ali Saeed said.",
            "\"The ships are coming back to Aden,\" Saeed told reporters.")
        .entity("wikidata:Q131694", EntityType.PLACE, "Aden", "Aden")
        .entity("person:en:ali-saeed", EntityType.PERSON, "Ali Saeed", "Saeed")
        .directQuote(1, "person:en:ali-saeed", "Ali Saeed", "Saeed")
        .build();
    pipe(visitV1());
    pipe(rain("irna-rain", "2026-11-30T10:05:00Z"));
    pipe(port);

    assertEquals(List.of("ap-port", "irna-rain", "mehr-visit"),
        queries.articles(10, null, null).stream().map(ArticleView::id).toList());
    assertEquals(List.of("mehr-visit"), queries.articles(10, "ar", null).stream().map(ArticleView::id).toList());
    assertEquals(List.of("ap-port"), queries.articles(10, null, "person:en:ali-saeed").stream().map(ArticleView::id).toList());
    assertEquals(2, queries.articles(2, null, null).size());

    List<QuoteItem> quotes = queries.quotes(null, "DIRECT", 10);
    assertEquals(List.of("The ships are coming back to Aden,", "نريد علاقات أقوى مع جيراننا"),
        quotes.stream().map(q -> q.quote().text()).toList());
    assertEquals("نريد علاقات أقوى مع جيراننا", queries.quotes(PEZESHKIAN, null, 10).get(0).quote().text());

    List<TrendItem> top = queries.top(TrendWindow.HOUR, Instant.parse("2026-11-30T10:12:00Z").toEpochMilli(), null, 10);
    // All named by one article each: most mentions first (Aden, Tehran, Pezeshkian three times), then id.
    assertEquals(List.of("wikidata:Q131694", TEHRAN, PEZESHKIAN, "person:en:ali-saeed", DOHA),
        top.stream().map(TrendItem::entityId).toList());
    assertEquals(List.of(3, 3, 3, 2, 2), top.stream().map(TrendItem::mentions).toList());
  }
}
