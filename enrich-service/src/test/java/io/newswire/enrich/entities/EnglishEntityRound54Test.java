package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 54 (our own sentences): the round's knowledge-base rows (British newspapers by their titles, GM's
 * European makes, Chrysler beside its own units, Uefa Cup clubs) and a British paper named by its one-word title after
 * "the" and a press cue (PressTitles); a rugby side named by its town takes the knowledge base's rugby row (EnglishClubs).
 */
class EnglishEntityRound54Test {

  private static final EntityExtractor SHIPPED = new EntityExtractor();

  private static List<Entity> shipped(String... paragraphs) {
    return SHIPPED.extract(EntityExtractorTest.fields(paragraphs), "en");
  }

  private static Entity holding(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  private static void named(List<Entity> es, String text, String name) {
    Entity e = holding(es, text);
    assertNotNull(e, text + ": " + es);
    assertEquals(EntityType.ORGANIZATION, e.getType(), text + ": " + es);
    assertEquals(name, e.getName(), text + ": " + es);
  }

  @Test
  void britishNewspapersByTheirTitles() {
    List<Entity> es = shipped("Minister denies rift",
        "The minister told the Evening Standard he had no plans to quit, according to The Mail on Sunday.",
        "A poll for the Independent on Sunday and a Daily Mirror survey disagreed; he told the Sunday Express nothing.");
    named(es, "Evening Standard", "Evening Standard");
    named(es, "The Mail on Sunday", "The Mail on Sunday");
    named(es, "Independent on Sunday", "The Independent on Sunday");
    named(es, "Daily Mirror", "Daily Mirror");
    named(es, "Sunday Express", "Sunday Express");
  }

  @Test
  void carmakersAndChryslersOwnUnits() {
    List<Entity> es = shipped("Carmakers report sales",
        "Chrysler said sales rose. In Europe GM sells cars as Opel and Vauxhall.",
        "Chrysler Financial Corp sold notes, and Chrysler Canada Ltd said its output fell.");
    named(es, "Chrysler", "Chrysler");
    named(es, "Opel", "Opel");
    named(es, "Vauxhall", "Vauxhall Motors");
    named(es, "Chrysler Financial Corp", "Chrysler Financial");
    named(es, "Chrysler Canada Ltd", "Chrysler Canada");
  }

  @Test
  void uefaCupClubs() {
    List<Entity> es = shipped("Cup draw made",
        "The winners will face Sporting Lisbon, after Feyenoord beat Graz AK and Boavista lost on penalties.");
    named(es, "Sporting Lisbon", "Sporting CP");
    named(es, "Feyenoord", "Feyenoord");
    named(es, "Graz AK", "Grazer AK");
    named(es, "Boavista", "Boavista F.C.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PLACE && e.getName().equals("Feyenoord")), es.toString());
  }

  @Test
  void aOneWordPaperTitleAfterAPressCue() {
    List<Entity> es = shipped("Minister under pressure",
        "The minister told the Independent he would stay, and a columnist wrote in the Herald newspaper that he should go.",
        "According to the Times, the vote is close.");
    named(es, "Independent", "The Independent");
    named(es, "Herald", "The Herald");
    named(es, "Times", "The Times");
    // no cue, or another paper's name goes on after the title: nothing of the rule
    List<Entity> other = shipped("Candidates named",
        "An Independent candidate won the seat, the Independent voters said.",
        "He wrote in the Times Educational Supplement and told the Herald-Sun little.");
    assertTrue(other.stream().noneMatch(e -> e.getName().equals("The Independent")), other.toString());
    assertTrue(other.stream().noneMatch(e -> e.getName().equals("The Times") || e.getName().equals("The Herald")),
        other.toString());
  }

  @Test
  void aRugbySideNamedByItsTownTakesTheRugbyRow() {
    List<Entity> rugby = shipped("Bath edge past Gloucester",
        "Bath flanker Tom Hale scored twice as Bath beat Gloucester in the Zurich Premiership.",
        "Gloucester prop Sam Ward said the scrum had let his side down.");
    named(rugby, "Bath", "Bath Rugby");
    named(rugby, "Gloucester", "Gloucester Rugby");
    // football copy keeps the football club's row
    List<Entity> football = shipped("Newcastle win at home",
        "Newcastle striker Tom Hale scored twice as Newcastle beat Fulham in the Premiership, the manager said.");
    named(football, "Newcastle", "Newcastle United F.C.");
  }
  @Test
  void aBodyInsideAnAwardsNameIsNotMarked() {
    List<Entity> es = shipped("Stage prizes handed out",
        "The play won best drama at the Evening Standard Theatre Awards in London, and its author took the 2004 Evening"
            + " Standard Comedy Prize as well.",
        "Evening Standard critic Anna Reid said the evening was the best in years.");
    Entity paper = holding(es, "Evening Standard");
    assertNotNull(paper, es.toString());
    assertEquals(1, paper.getMentions().size(), es.toString()); // only the critic's paper, not the two awards
  }
}
