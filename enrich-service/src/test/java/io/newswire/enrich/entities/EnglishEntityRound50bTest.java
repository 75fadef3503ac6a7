package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 50b (our own sentences): the bare "Treasury" takes its country, Britain's (HM Treasury) or the United
 * States' (the KB's Department of the Treasury), from the word before it, the dateline or the one of the two the
 * article names; another country's stays the bare slug.
 */
class EnglishEntityRound50bTest {

  private static String treasuryName(List<Entity> es, String text) {
    Entity e = es.stream().filter(x -> x.getType() == EntityType.ORGANIZATION)
        .filter(x -> EntityExtractorTest.texts(x).contains(text)).findFirst().orElse(null);
    assertNotNull(e, es.toString());
    return e.getName();
  }

  private static List<Entity> withDateline(String dateline, String headline, String body) {
    List<ArticleField> fs = new ArrayList<>(EntityExtractorTest.fields(headline, body));
    fs.add(1, new ArticleField("dateline", dateline));
    return EntityExtractorTest.RULES.extract(fs, "en");
  }

  @Test
  void britishCopyWithoutDatelineNamesHmTreasury() {
    List<Entity> es = EntityExtractorTest.run("en", "Budget date set",
        "The chancellor will present his Budget to MPs on 9 March, the Treasury has announced.",
        "Business groups in the UK want help for small firms.");
    assertEquals("HM Treasury", treasuryName(es, "Treasury"));
  }

  @Test
  void theCountryWrittenBeforeItWins() {
    List<Entity> es = EntityExtractorTest.run("en", "Peso slides",
        "Remittances fell by a third, figures from the US Treasury showed.",
        "Ministers in the UK said the fall would not hurt British exporters.");
    assertEquals("United States Department of the Treasury", treasuryName(es, "Treasury"));
  }

  @Test
  void aWashingtonDatelineMakesItTheUsTreasury() {
    List<Entity> es = withDateline("WASHINGTON, March 6", "BALANCES AT FED FELL",
        "Balances in Treasury tax accounts fell to 2.1 billion dlrs, the Treasury said in its daily statement.");
    assertEquals("United States Department of the Treasury", treasuryName(es, "Treasury"));
  }

  @Test
  void anotherCountrysTreasuryKeepsTheBareName() {
    List<Entity> es = withDateline("PARIS, March 6", "FRENCH FRANC ISSUES",
        "Two state agencies will issue franc bonds this month, a Treasury spokesman said.");
    assertEquals("Treasury", treasuryName(es, "Treasury"));
  }
}
