package io.newswire.dashboard.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which window is "now", how a window is named on the topic, which sizes the API accepts. */
class TrendWindowTest {
  static long at(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void theCurrentWindowIsTheOneEndingAtTheNextStep() {
    assertEquals(at("2026-11-30T09:10:00Z"), TrendWindow.HOUR.currentStart(at("2026-11-30T10:05:30Z")));
    assertEquals(at("2026-11-30T09:10:00Z"), TrendWindow.HOUR.currentStart(at("2026-11-30T10:05:00Z")), "a step's first instant");
    assertEquals(at("2026-11-30T09:05:00Z"), TrendWindow.HOUR.currentStart(at("2026-11-30T10:04:59.999Z")));
    assertEquals(at("2026-11-29T11:00:00Z"), TrendWindow.DAY.currentStart(at("2026-11-30T10:59:59Z")));
    assertEquals(at("2026-11-29T12:00:00Z"), TrendWindow.DAY.currentStart(at("2026-11-30T11:00:00Z")));
  }

  @Test
  void topicKeysNameEntityWindowAndStart() {
    assertEquals("wikidata:Q3616|PT1H|2026-11-30T09:05:00Z", TrendWindow.HOUR.topicKey("wikidata:Q3616", at("2026-11-30T09:05:00Z")));
    assertEquals("person:ar:بزشكيان|PT24H|2026-11-29T11:00:00Z",
        TrendWindow.DAY.topicKey("person:ar:بزشكيان", at("2026-11-29T11:00:00Z")));
  }

  @Test
  void theApiAcceptsTheTwoWindowsInAnySpelling() {
    assertEquals(TrendWindow.HOUR, TrendWindow.parse(null).orElseThrow());
    assertEquals(TrendWindow.HOUR, TrendWindow.parse("pt60m").orElseThrow());
    assertEquals(TrendWindow.DAY, TrendWindow.parse("PT24H").orElseThrow());
    assertEquals(TrendWindow.DAY, TrendWindow.parse("P1D").orElseThrow());
    assertTrue(TrendWindow.parse("PT2H").isEmpty());
    assertTrue(TrendWindow.parse("yesterday").isEmpty());
  }
}
