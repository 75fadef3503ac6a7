package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 38 (Arabic persons): the bare surname of a person named in full in the dispatch is that person after a verb
 * of saying, disclosing or calling, also with an office word between, and when it opens a headline before a colon
 * ({@link SpokenSurnames}). Sentences written for these tests; the full name stands for what the tagger gives.
 */
class ArabicEntityRound38Test {
  private static Mention person(int field, String text, String name) {
    int s = text.indexOf(name);
    return new Mention(field, s, s + name.length(), "person:name:" + name, EntityType.PERSON, name, false);
  }

  private static List<String> surnames(String headline, String body, String fullName) {
    List<FieldText> fields = new ArrayList<>();
    if (headline != null) {
      fields.add(new FieldText(0, "headline", FieldAnalysis.of(headline), 0));
    }
    int bodyIndex = fields.size();
    fields.add(new FieldText(bodyIndex, "paragraphs[0]", FieldAnalysis.of(body), 0));
    Mention full = person(bodyIndex, body, fullName);
    List<String> out = new ArrayList<>();
    for (Mention m : SpokenSurnames.add(fields, List.of(full))) {
      if (m != full) {
        out.add((m.field() == bodyIndex ? body : headline).substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void aSurnameAfterAVerbOfDisclosingOrCallingIsThePerson() {
    String body = "وقال سامي العتيبي إن المشروع تأخر. وكشف العتيبي أن الشركة غيرت خطتها. ثم دعا العتيبي المقاولين إلى اجتماع.";
    assertEquals(List.of("العتيبي", "العتيبي"), surnames(null, body, "سامي العتيبي"));
  }

  @Test
  void anOfficeWordMayStandBetweenTheVerbAndTheSurname() {
    String body = "التقى خالد المنصوري وفدا من المستثمرين. وأكد الوزير المنصوري أن الخطة جاهزة.";
    assertEquals(List.of("المنصوري"), surnames(null, body, "خالد المنصوري"));
  }

  @Test
  void aHeadlineOpeningWithTheSurnameAndAColonQuotesThePerson() {
    String headline = "المنصوري: الخطة جاهزة";
    String body = "قال خالد المنصوري إن الخطة جاهزة.";
    assertEquals(List.of("المنصوري"), surnames(headline, body, "خالد المنصوري"));
    assertEquals(List.of(), surnames("المنصوري يزور جدة", body, "خالد المنصوري"));
  }

  @Test
  void aThreeLetterSurnameIsNotTakenForItMayBeAPreposition() {
    String body = "استقبل السفير أحمد علي الوفد. وشدد السفير على أن العلاقات متينة.";
    assertEquals(List.of(), surnames(null, body, "أحمد علي"));
  }

  @Test
  void aSurnameWithNoVerbBeforeItIsLeftAlone() {
    String body = "زار سامي العتيبي المصنع. وفي المصنع العتيبي يعمل منذ سنوات.";
    assertEquals(List.of(), surnames(null, body, "سامي العتيبي"));
  }
}
