package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 7: the English model where the rules are unsure, and short forms of organisations (our own sentences). */
class EnglishEntityRound7Test {
  static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, null, null, PerceptronTagger.loadShipped("en"));

  static List<Entity> model(String... paragraphs) {
    return WITH_MODEL.extract(fields(paragraphs), "en");
  }

  @Test
  void theEnglishModelIsShippedAndSmall() {
    assertNotNull(PerceptronTagger.loadShipped("en"));
    assertTrue(PerceptronTagger.class.getClassLoader().getResource(PerceptronTagger.resource("en")) != null);
  }

  @Test
  void aCamelCaseFirmAndItsCapitalsAreOneOrganisation() {
    List<Entity> es = run("en", "Drug maker cuts jobs",
        "Drug maker HelmsBrockWell will cut 900 jobs at its plant in Leeds, a spokesman for the Corporation of Leeds said.",
        "Shares in HBW fell 3% on the news, the company said on Tuesday.");
    Entity firm = mentioned(es, "HelmsBrockWell");
    if (firm != null && mentioned(es, "HBW") != null) {
      assertEquals(firm, mentioned(es, "HBW"), "HBW is HelmsBrockWell: " + all(es));
    }
  }

  @Test
  void aFirmsAcronymLeavesItsLegalFormOut() {
    List<Entity> es = model("Carmaker warns on profits",
        "Hartwell Motors Corp said on Monday that sales in Europe fell by a fifth.",
        "HM said it would close two plants in the spring.");
    Entity firm = mentioned(es, "Hartwell Motors Corp");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    Entity acronym = mentioned(es, "HM");
    if (acronym != null) {
      assertEquals(firm.getId(), acronym.getId(), "HM is Hartwell Motors Corp: " + all(es));
    }
  }

  @Test
  void theHeadWordAloneIsTheOrganisationNamedBefore() {
    String text = "The Baltic Fisheries Commission met. The Commission said GSK and GlaxoSmithKline agreed.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int body = text.indexOf("Baltic");
    int head = text.indexOf("Commission said");
    int gsk = text.indexOf("GSK");
    int glaxo = text.indexOf("GlaxoSmithKline");
    List<Mention> in = List.of(
        new Mention(0, body, body + "Baltic Fisheries Commission".length(), "org:baltic", EntityType.ORGANIZATION, "Baltic Fisheries Commission", false),
        new Mention(0, head, head + "Commission".length(), "org:commission", EntityType.ORGANIZATION, "Commission", false),
        new Mention(0, gsk, gsk + 3, "org:gsk", EntityType.ORGANIZATION, "GSK", false),
        new Mention(0, glaxo, glaxo + "GlaxoSmithKline".length(), "org:glaxo", EntityType.ORGANIZATION, "GlaxoSmithKline", false));
    List<Mention> out = PartialNameMerger.merge(List.of(f), in, id -> false);
    assertEquals("org:baltic", out.get(1).entityId(), "the Commission is the body named before: " + out);
    assertEquals("org:glaxo", out.get(2).entityId(), "GSK is GlaxoSmithKline: " + out);
  }

  @Test
  void theModelTypesClubsAndFirmsTheRulesLeaveUntyped() {
    List<Entity> es = model("Weekend round-up",
        "Striker Paolo Venturi scored twice as Sampdoria beat Fiorentina 3-1 on Sunday, while Juventus drew with Udinese.",
        "Venturi, who joined from Lazio in the summer, said the team had worked hard for the win.");
    long orgs = es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).count();
    assertTrue(orgs >= 2, "clubs are organisations: " + all(es));
    assertNull(es.stream().filter(e -> e.getType() == EntityType.PLACE && texts(e).contains("Sampdoria")).findFirst().orElse(null),
        "a club is no place: " + all(es));
    Entity striker = mentioned(es, "Paolo Venturi");
    assertNotNull(striker, all(es));
    assertEquals(EntityType.PERSON, striker.getType());
  }

  @Test
  void theModelAddsNoOneWordPersonOrPlaceNorANationality() {
    List<Entity> es = model("Airline talks",
        "Talks between Aerolinea and Colombian investors stalled, and Boston-based lenders withdrew.",
        "Chelsea officials were not available for comment at the club on Friday.");
    assertNull(es.stream().filter(e -> texts(e).contains("Colombian")).findFirst().orElse(null), all(es));
    assertNull(es.stream().filter(e -> e.getType() == EntityType.PLACE && texts(e).contains("Chelsea")).findFirst().orElse(null),
        "a club after which the model guesses a place: " + all(es));
  }

  @Test
  void aTeamNamedAfterItsTownIsAnOrganisationInResultsCopy() {
    List<Entity> es = run("en", "Weekend results",
        "Leeds beat Hartlepool 2-1 at home on Saturday, and the win lifts them to third.",
        "Fans in Leeds celebrated late into the night.");
    Entity leeds = es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION && texts(e).contains("Leeds")).findFirst().orElse(null);
    assertNotNull(leeds, "Leeds beat ... 2-1: a team: " + all(es));
    List<Entity> protest = run("en", "Protest march",
        "Thousands marched against Paris on Saturday to protest the new tax.");
    assertNull(protest.stream().filter(e -> e.getType() == EntityType.ORGANIZATION && texts(e).contains("Paris")).findFirst().orElse(null),
        "no score, no team: " + all(protest));
  }

  @Test
  void regionsAreNotTheCountryInsideThem() {
    List<Entity> es = run("en", "Sales rise", "Sales in North America rose, while South Asia and the Indian Ocean islands lagged.");
    assertNull(es.stream().filter(e -> e.getName().equals("United States")).findFirst().orElse(null), all(es));
    assertNotNull(mentioned(es, "North America"), all(es));
    assertNotNull(mentioned(es, "South Asia"), all(es));
  }
}
