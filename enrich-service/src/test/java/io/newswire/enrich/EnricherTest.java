package io.newswire.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnricherTest {
  static EnrichedArticle enrich(String text) throws Exception {
    return new Enricher().enrich(new DispatchParser().parse(
        new RawDispatch("t-1", text.getBytes(StandardCharsets.UTF_8), Map.of(), 0L)));
  }

  @Test
  void undatedLiveCopyNamesTheOfficeHolderOfItsReceiveDay() throws Exception {
    // invented: no version time, an undated dateline; received on 1 June 2015 (John Kerry's term)
    var parsed = new DispatchParser().parse(new RawDispatch("t-2", ("استئناف المحادثات في جنيف\n"
        + "جنيف (رويترز) - قال وزير خارجية الولايات المتحدة الأمريكية إن المحادثات ستستأنف في جنيف الأسبوع المقبل.\n")
        .getBytes(StandardCharsets.UTF_8), Map.of(), java.time.Instant.parse("2015-06-01T09:00:00Z").toEpochMilli()));
    var archive = new Enricher().enrich(parsed).getEntities().stream().map(Entity::getName).toList();
    assertTrue(!archive.contains("John Kerry"), "an archive's undated copy names no one: " + archive);
    var live = Enricher.forLiveFeeds(Map.of()).enrich(parsed).getEntities().stream().map(Entity::getName).toList();
    assertTrue(live.contains("John Kerry"), "a live feed's copy is dated by its receive day: " + live);
    var replay = Enricher.forLiveFeeds(Map.of("NEWSWIRE_UNDATED_DAY", "none")).enrich(parsed).getEntities();
    assertTrue(replay.stream().noneMatch(e -> e.getName().equals("John Kerry")), replay.toString());
  }

  @Test
  void datelineCityGetsThePlaceIdTheEntityStepLinked() throws Exception {
    EnrichedArticle a = enrich("قطر تفتتح رصيفا جديدا في ميناء حمد\n"
        + "الدوحة-قنا:- افتتحت قطر اليوم رصيفا جديدا في ميناء حمد لاستقبال السفن الكبيرة.\n");
    assertEquals("الدوحة", a.getDateline().getCity());
    String cityId = a.getDateline().getCityId();
    assertNotNull(cityId);
    Entity doha = a.getEntities().stream().filter(e -> e.getId().equals(cityId)).findFirst().orElseThrow();
    assertEquals(EntityType.PLACE, doha.getType());
    assertEquals("Doha", doha.getName());
    assertTrue(doha.getMentions().stream().anyMatch(m -> m.getField().equals("dateline")));
  }

  @Test
  void enrichedEventCarriesTheParsedFieldsAndProcessingMetadata() throws Exception {
    EnrichedArticle a = enrich("Floods close schools in Mosul\nMOSUL (AP) — Schools closed on Sunday after floods, officials said.\n");
    assertEquals("t-1", a.getId());
    assertEquals("en", a.getLanguage());
    assertEquals("Floods close schools in Mosul", a.getHeadline());
    assertTrue(a.getPipelineVersion().startsWith("newswire/"));
    assertNotNull(a.getProcessedAt());
  }

  @Test
  void languageWithoutRulesGetsKnowledgeBaseNamesOnly() throws Exception {
    EnrichedArticle a = enrich("Regierung in Berlin plant neue Schuldenregeln\n"
        + "Berlin (dpa) - Die Bundesregierung will die Schuldenbremse lockern. \"Wir brauchen mehr Spielraum "
        + "für Investitionen\", sagte der Finanzminister am Samstag in Berlin. Die Opposition "
        + "kritisierte die Pläne der Koalition scharf.\n");
    assertEquals("de", a.getLanguage());
    assertTrue(a.getEntities().stream().anyMatch(e -> e.getId().equals("place:de:berlin")),
        "the knowledge base still finds Berlin: " + a.getEntities());
    // No English name rules: capitalised German nouns (Bundesregierung, Opposition, Koalition) are no names.
    assertEquals(java.util.Set.of("place:de:berlin", "org:dpa"),
        a.getEntities().stream().map(Entity::getId).collect(java.util.stream.Collectors.toSet()), "knowledge-base entries only");
    assertTrue(a.getQuotes().isEmpty(), "no quote cues for German: " + a.getQuotes());
  }
}
