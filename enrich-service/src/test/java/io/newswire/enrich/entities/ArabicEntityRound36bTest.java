package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 36b (Arabic persons): a two-word name between a speech verb and a comma with an office after it is a person
 * ({@link SpeakerNames}); an unnamed source or a nationality in the name's slot is not. Sentences written for these
 * tests; the mentions stand for what the tagger gives.
 */
class ArabicEntityRound36bTest {
  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  private static List<String> persons(String text, List<Mention> known) {
    List<String> out = new ArrayList<>();
    for (Mention m : SpeakerNames.add(List.of(field(text)), known)) {
      out.add(m.type().name() + ":" + text.substring(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void aForeignSpeakerBeforeTheCommaIsAPerson() {
    String text = "وقالت كارين ميلر، المحللة في مصرف استثماري بلندن، إن الأسعار ستتراجع.";
    assertEquals(List.of("PERSON:كارين ميلر"), persons(text, List.of()));
  }

  @Test
  void anIndefiniteOfficeAfterTheCommaAlsoCounts() {
    String text = "وأضاف بيتر هوفمان، مستشار شركة ألمانية للطاقة، أن الطلب ضعيف.";
    assertEquals(List.of("PERSON:بيتر هوفمان"), persons(text, List.of()));
  }

  @Test
  void aFamilyNameWithTheArticleIsKept() {
    String text = "وأوضح فهد المطيري، المتحدث باسم الهيئة، أن العمل مستمر.";
    assertEquals(List.of("PERSON:فهد المطيري"), persons(text, List.of()));
  }

  @Test
  void anUnnamedSourceIsNoPerson() {
    String text = "وقال مسؤول ليبي، لوكالة الأنباء، إن الطريق مغلق. وقال مصدر دبلوماسي، أمس، إن الاجتماع تأجل.";
    assertEquals(List.of(), persons(text, List.of()));
  }

  @Test
  void aTimeAfterTheCommaOpensNoName() {
    String text = "وقال مراد حسن، اليوم، إن الفريق جاهز. كما ذكرت مرات كثيرة، الحل سياسي.";
    assertEquals(List.of(), persons(text, List.of()));
  }

  @Test
  void aShorterPersonInsideIsReplaced() {
    String text = "وقال أندرو كلارك، الأستاذ في الجامعة، إن النتائج مشجعة.";
    int s = text.indexOf("كلارك");
    Mention part = new Mention(0, s, s + 5, "person:x", EntityType.PERSON, "Clark", false);
    assertEquals(List.of("PERSON:أندرو كلارك"), persons(text, List.of(part)));
  }

  @Test
  void aThreeWordNameEndsAtTheComma() {
    String text = "وأكد سالم أبو الخير، سفير بلاده لدى المغرب، أن العلاقات قوية.";
    assertEquals(List.of("PERSON:سالم أبو الخير"), persons(text, List.of()));
  }

  @Test
  void aLongerRunIsLeftToTheModel() {
    String text = "وقال والي محافظة شمال الجزيرة، اللواء حسن علي، إن الوضع هادئ.";
    assertEquals(List.of(), persons(text, List.of()));
  }
}
