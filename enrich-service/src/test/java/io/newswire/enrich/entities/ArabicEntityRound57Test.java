package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.ArabicEntityRound38bTest.added;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 57 (Arabic persons): the names of a list joined by و inside a longer item (a squad named after other words, a
 * list closed by a verb) are persons when the run holds three names, two of them found before ({@link
 * ArabicPersonLists}); a place another step found right after a head word is met again bare as the same place ({@link
 * HeadedPlaces}). Sentences written for these tests; the mentions given stand for what the tagger finds.
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

  /** The bare repeats {@link HeadedPlaces} adds for the place {@code place}, found first at its first occurrence. */
  private static List<String> repeats(String text, String place) {
    int s = text.indexOf(place);
    Mention known = new Mention(0, s, s + place.length(), "place:name:x", EntityType.PLACE, "X", false);
    List<String> out = new ArrayList<>();
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    for (Mention m : HeadedPlaces.add(List.of(f), List.of(known), new RuleNameIds(Map.of()))) {
      if (!m.equals(known)) {
        assertEquals(EntityType.PLACE, m.type());
        out.add(text.substring(m.start(), m.end()) + "@" + m.start());
      }
    }
    return out;
  }

  @Test
  void aFoundTownAfterItsHeadIsMetAgainBare() {
    String text = "ووقع الانفجار في مدينة كوراني شمال البلاد، وقال سكان في كوراني إن الجيش وصل إلى وكوراني أمس.";
    int second = text.indexOf("كوراني", text.indexOf("سكان"));
    assertEquals(List.of("كوراني@" + second, "كوراني@" + text.indexOf("كوراني", second + 1)), repeats(text, "كوراني"));
  }

  @Test
  void aHeadAfterAnOpeningMarkIsAnEpithet() {
    // «مدينة النخيل»: the town's by-name, whose word is a common noun elsewhere (أشجار النخيل)
    String text = "وتلقب البلدة بـ«مدينة النخيل» لكثرة أشجار النخيل فيها.";
    int s = text.indexOf("النخيل");
    Mention known = new Mention(0, s, s + 6, "place:name:x", EntityType.PLACE, "X", false);
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    assertEquals(1, HeadedPlaces.add(List.of(f), List.of(known), new RuleNameIds(Map.of())).size());
  }

  @Test
  void aKnownPlaceAfterAHeadIsLeftToTheKnowledgeBase() {
    // the knowledge base's own town: a bare one it left alone was refused on purpose (another country's town)
    String text = "وتقدمت القوات في محافظة كوراني، وقال مسؤول إن المعارك في كوراني مستمرة.";
    int s = text.indexOf("كوراني");
    Mention known = new Mention(0, s, s + 6, "place:ly:x", EntityType.PLACE, "X", false);
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    assertEquals(1, HeadedPlaces.add(List.of(f), List.of(known), new RuleNameIds(Map.of())).size());
  }

  @Test
  void aPlaceNotRightAfterAHeadIsNotRepeated() {
    assertEquals(List.of(), repeats("ووقع الانفجار قرب كوراني شمال البلاد، وقال سكان في كوراني إن الجيش وصل.", "كوراني"));
  }
}
