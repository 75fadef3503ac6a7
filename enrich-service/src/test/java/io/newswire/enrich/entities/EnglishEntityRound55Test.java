package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 55 (our own sentences): a committee's or a commission's topic after "on" is part of its name
 * (BodyTopics), a day or a month after "on" is not; the round's knowledge-base rows for well-known firms, and a name
 * written with a small first letter and a capital second (eBay) matched though its first letter is small (NameMatcher).
 */
class EnglishEntityRound55Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static Entity holding(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  private static void body(List<Entity> es, String text) {
    Entity e = holding(es, text);
    assertNotNull(e, text + ": " + es);
    assertEquals(EntityType.ORGANIZATION, e.getType(), text + ": " + es);
  }

  @Test
  void aBodysTopicAfterOnIsPartOfItsName() {
    List<Entity> es = shipped("Lottery rules criticised",
        "The Parliamentary Group on Betting and Gaming said the rules were too weak to protect young players.",
        "A report for the Council on Foreign Relations agreed, and the National Commission on Dairy Policy stayed silent.");
    body(es, "Parliamentary Group on Betting and Gaming");
    body(es, "Council on Foreign Relations");
    body(es, "National Commission on Dairy Policy");
  }

  @Test
  void aDayOrAMonthAfterOnDatesTheClause() {
    List<Entity> es = shipped("Talks resume",
        "The Commission on Tuesday rejected the plan, and the Committee on March 3 approved a smaller one in Brussels.");
    for (Entity e : es) {
      for (String t : EntityExtractorTest.texts(e)) {
        assertTrue(!t.contains("Tuesday") && !t.contains("March"), t + ": " + es);
      }
    }
    assertNotNull(holding(es, "Brussels"), es.toString());
  }

  private static void named(List<Entity> es, String text, String name) {
    body(es, text);
    assertEquals(name, holding(es, text).getName(), text + ": " + es);
  }

  @Test
  void wellKnownFirmsByTheirKnowledgeBaseNames() {
    List<Entity> es = shipped("Publisher signs novelist",
        "The novelist signed a two-book deal with Harper Collins, and her first book sold well on eBay.",
        "Shares in Silicon Graphics fell, while Fujitsu said plasma screen prices would keep falling.",
        "Trouble-hit carmaker Mitsubishi Motors is in talks with Peugeot and may build cars for Nissan, analysts at Ernst and Young said.");
    named(es, "Harper Collins", "HarperCollins");
    named(es, "eBay", "eBay");
    named(es, "Silicon Graphics", "Silicon Graphics");
    named(es, "Fujitsu", "Fujitsu");
    named(es, "Mitsubishi Motors", "Mitsubishi Motors");
    named(es, "Peugeot", "PSA Peugeot Citroen");
    named(es, "Nissan", "Nissan");
    named(es, "Ernst and Young", "Ernst & Young");
  }
}
