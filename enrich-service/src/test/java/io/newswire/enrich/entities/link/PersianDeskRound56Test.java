package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.normalization.MatchingForm;
import org.junit.jupiter.api.Test;

/** Round 56 (issue 13): the Persian desk writes a long و ou where a Wikidata bearer wrote oo. */
class PersianDeskRound56Test {
  @Test
  void aLongWawWrittenOoIsOu() {
    assertEquals("Pouladi", PersianDesk.respell(MatchingForm.key("پولادی"), "Pooladi"));
    assertEquals("Houshang", PersianDesk.respell(MatchingForm.key("هوشنگ"), "Hooshang"));
    assertEquals("Nourani", PersianDesk.respell(MatchingForm.key("نورانی"), "Noorani"));
  }

  @Test
  void anOoWithNoWawInTheWordStays() {
    assertEquals("Boomer", PersianDesk.respell(MatchingForm.key("بمر"), "Boomer"));
  }
}
