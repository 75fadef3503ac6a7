package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 35b (issue 13, Arabic entities): the two name words after an office and a nationality, or after an ambassador's
 * country and posting, are a person ({@link OfficeHolders}). Sentences written for these tests; the mentions stand for
 * what the tagger and the knowledge base give.
 */
class ArabicEntityRound35bTest {
  private static List<String> persons(String name, String text, List<Mention> known) {
    FieldText f = new FieldText(0, name, FieldAnalysis.of(text), 0);
    List<String> out = new ArrayList<>();
    for (Mention m : OfficeHolders.add(List.of(f), known)) {
      if (m.type() == EntityType.PERSON && !known.contains(m)) {
        out.add(text.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  private static List<String> persons(String text) {
    return persons("paragraphs[0]", text, List.of());
  }

  private static Mention place(String text, String word) {
    int s = text.indexOf(word);
    return new Mention(0, s, s + word.length(), "place:test", EntityType.PLACE, "Test", false);
  }

  @Test
  void theNameAfterAPremierAndHisNationality() {
    assertEquals(List.of("تمام سلام"), persons("والتقى رئيس مجلس الوزراء اللبناني تمام سلام في مكتبه وفدا نيابيا."));
    assertEquals(List.of("نوريهيرو أوكودا"), persons("وقال رئيس الوزراء الياباني نوريهيرو أوكودا، إن بلاده ستشارك."));
  }

  @Test
  void theNameAfterAMinistryAndANationality() {
    assertEquals(List.of("سامح شكري"), persons("وأكد وزير الخارجية المصري سامح شكري أن الحل سياسي."));
  }

  @Test
  void anAmbassadorAfterHisCountryAndPosting() {
    String text = "واستقبل الأمين العام سفير ميانمار لدى المملكة تين مونغ في مقر الأمانة.";
    assertEquals(List.of("تين مونغ"), persons("paragraphs[0]", text, List.of(place(text, "ميانمار"))));
  }

  @Test
  void oneWordAnOpenEndOrAHeadlineVerbIsNoName() {
    assertEquals(List.of(), persons("وقال وزير الداخلية اللبناني غير أن الوضع هادئ."));
    assertEquals(List.of(), persons("وقال الرئيس المصري الأسبق حسني مبارك كلمته."));
    assertEquals(List.of(), persons("رئيس الحكومة اللبنانية تمام سلام لانعقاد الجلسة غدا."));
    assertEquals(List.of(), persons("headline", "وزير الخارجية المصري يتلقى اتصالين من نظيريه", List.of()));
    assertEquals(List.of(), persons("paragraphs[0]", "واستقبل سفير ميانمار لدى المملكة تين مونغ.", List.of()));
  }
}
