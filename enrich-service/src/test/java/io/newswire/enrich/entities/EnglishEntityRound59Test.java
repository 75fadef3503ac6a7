package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 59 (our own sentences): a bare "Radio 1", "Radio 2" or "Radio 3" is the BBC's station, as a
 * bare "Radio 4" is since round 56; a larger number is no such station.
 */
class EnglishEntityRound59Test {

  private static Entity withMention(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals(text))).findFirst().orElse(null);
  }

  @Test
  void aBareNumberedStationIsTheBbcs() {
    List<Entity> es = model("Folk duo win listeners' vote",
        "The duo Pell and Harrow took the prize chosen by Radio 3 listeners on Sunday.",
        "Their single had been played on Radio 1's evening show, and Radio Two will air the concert in May.");
    Entity three = withMention(es, "Radio 3");
    assertNotNull(three, all(es));
    assertEquals("BBC Radio 3", three.getName());
    Entity one = withMention(es, "Radio 1");
    assertNotNull(one, all(es));
    assertEquals("BBC Radio 1", one.getName());
    Entity two = withMention(es, "Radio Two");
    assertNotNull(two, all(es));
    assertEquals("BBC Radio 2", two.getName());
  }

  @Test
  void aLargerNumberIsNoBbcStation() {
    List<Entity> es = model("Station sold",
        "The owners of Radio 12 said on Monday that the station had been sold to a local firm.");
    assertTrue(es.stream().noneMatch(e -> e.getName().startsWith("BBC Radio")), all(es));
  }
}
