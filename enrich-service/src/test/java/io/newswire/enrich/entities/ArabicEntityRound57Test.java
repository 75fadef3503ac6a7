package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.ArabicEntityRound38bTest.added;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 57 (Arabic persons): the names of a list joined by و inside a longer item (a squad named after other words, a
 * list closed by a verb) are persons when the run holds three names, two of them found before ({@link
 * ArabicPersonLists}). Sentences written for these tests; the persons given stand for what the tagger finds.
 */
class ArabicEntityRound57Test {
  @Test
  void aRunOfNamesAfterOtherWordsIsAList() {
    String body = "وضمت القائمة خمسة لاعبين هم نادر الفلاحي وسامي الجبيلي وهاني القطان ومراد السويلم.";
    assertEquals(List.of("سامي الجبيلي", "مراد السويلم"), added(body, "نادر الفلاحي", "هاني القطان"));
  }

  @Test
  void aRunClosedByAVerbIsAListUpToItsLastName() {
    String body = "ويغيب عن الفريق نادر الفلاحي وسامي الجبيلي وهاني القطان وعماد الشهري الموقوفون بقرار اللجنة.";
    assertEquals(List.of("هاني القطان"), added(body, "نادر الفلاحي", "سامي الجبيلي"));
  }

  @Test
  void oneKnownPersonInTheRunIsNoList() {
    String body = "وضمت القائمة خمسة لاعبين هم نادر الفلاحي وسامي الجبيلي وهاني القطان ومراد السويلم.";
    assertEquals(List.of(), added(body, "نادر الفلاحي"));
  }

  @Test
  void twoNamesAreNoRun() {
    // «X وY» after other words may be one person's long name or a pair: a run needs three names
    String body = "وحضر اللقاء من جانب النادي نادر الفلاحي وسامي الجبيلي ثم غادر الجميع القاعة.";
    assertEquals(List.of(), added(body, "نادر الفلاحي", "سامي الجبيلي"));
  }
}
