package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 37b (our own sentences): a capitalised name right after lower-case "series" is a programme's title,
 * no person, place or body, and its bare repeats go with it; the broadcaster before "series" stays.
 */
class EnglishEntityRound37bTest {

  @Test
  void aNameAfterSeriesIsAProgrammesTitle() {
    List<Entity> es = EntityExtractorTest.run("en", "Actor joins hospital show",
        "The actor first found fame in the BBC series Harbour Lights and later starred in the ITV mini-series Gideon Marsh.",
        "Harbour Lights ran for six years in London.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Harbour Lights")), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Gideon Marsh")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("BBC")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("London")), es.toString());
  }

  @Test
  void aKindOpensAListOfTitlesAndANumberMayOpenATitle() {
    assertTrue(WorkTitles.inKindList("the comedy series Brass Lanterns and The Marlow Diaries won", 37));
    assertTrue(WorkTitles.inKindList("the dramas Harbour Lights, Gideon and Kings Cross led", 38));
    assertFalse(WorkTitles.inKindList("the poll shows Labour and Tory voters", 26), "shows is a verb here");
    assertFalse(WorkTitles.inKindList("after both albums, Tom Reid and Ann Marsh left", 32), "a comma after the kind ends a clause");
    assertFalse(WorkTitles.inKindList("a film about Kinsey and Paris Hilton", 24), "a lower-case word that is no kind ends the list");
    assertEquals(11, WorkTitles.afterNumber("the series 21 Harbour Street", 14));
    List<Entity> noms = EntityExtractorTest.run("en", "Awards shortlist named",
        "The nominees are the comedy Harbour Lights, the drama Kings Cross, and the Nina Simone biopic Nina.");
    assertTrue(noms.stream().anyMatch(e -> e.getName().equals("Nina Simone")), "a name before a kind qualifies it: " + noms);
    List<Entity> es = EntityExtractorTest.run("en", "Actor returns",
        "He played a detective in the US series 42 Harbour Street for three years.");
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("Harbour Street")), es.toString());
  }

  @Test
  void seriesOnlyCuesWhenItStandsRightBeforeTheName() {
    assertTrue(WorkTitles.kindAfter("Harbour Lights series", "Harbour Lights".length()), "the name qualifies the kind");
    List<Entity> es = EntityExtractorTest.run("en", "Bank sells shares",
        "The series of rate cuts helped Barclays, the bank said.");
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Barclays")), es.toString());
  }
}
