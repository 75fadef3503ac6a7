package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 39 (Arabic persons): a list's first person may share its comma item with the words that introduce the list (an
 * office, an event); a known person ending that item opens the run of {@link ArabicPersonLists}. The bare surname of a
 * person named in full also follows present-tense speech verbs and verbs of talking, demanding, denying and warning, and
 * the military rank الفريق ({@link SpokenSurnames}). Sentences written for these tests; the persons given stand for what
 * the earlier steps find.
 */
class ArabicEntityRound39Test {
  private static List<String> added(String body, String... persons) {
    return ArabicEntityRound38bTest.added(body, persons);
  }

  @Test
  void aKnownPersonEndingTheIntroducingItemOpensTheList() {
    String body = "وتختتم الليلة بأمسية لشعراء المهرجان سالم النمر، وهدى زاهر، ورامي قطان، ومنى حداد، ويديرها الدكتور خالد سعيد.";
    assertEquals(List.of("هدى زاهر", "رامي قطان"), added(body, "سالم النمر", "منى حداد"));
  }

  @Test
  void theIntroducingItemAloneIsOneAnchor() {
    // one known person in the list (the lead) and none among the others: no list
    String body = "وتختتم الليلة بأمسية لشعراء المهرجان سالم النمر، وهدى زاهر، ورامي قطان، ومنى حداد.";
    assertEquals(List.of(), added(body, "سالم النمر"));
  }

  @Test
  void aKnownPersonThatDoesNotEndTheItemOpensNothing() {
    // the first item goes on after the person (ضيف الله): it is no list item, and the list then has one anchor
    String body = "يحاضر فيها الدكتور سالم النمر ضيف الله، وهدى زاهر، ورامي قطان، ومنى حداد.";
    assertEquals(List.of(), added(body, "سالم النمر", "منى حداد"));
  }

  @Test
  void aLeadPersonOfAnotherShapeOpensNothing() {
    // a one-word person ending the item is not shaped like a list item
    String body = "وقدم العرض الفنان نمر، وهدى زاهر، ورامي قطان، ومنى حداد.";
    assertEquals(List.of(), added(body, "نمر", "منى حداد"));
  }

  private static List<String> surnames(String body, String fullName) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    int s = body.indexOf(fullName);
    Mention full = new Mention(0, s, s + fullName.length(), "person:name:" + fullName, EntityType.PERSON, fullName,
        false);
    List<String> out = new ArrayList<>();
    for (Mention m : SpokenSurnames.add(fields, List.of(full))) {
      if (m != full) {
        out.add(body.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void aSurnameAfterAPresentTenseSpeechVerbIsThePerson() {
    String body = "التقت الصحيفة الباحث سامي العتيبي في مكتبه. ويقول العتيبي إن الدراسة تأخرت، ويضيف العتيبي أن النتائج مشجعة.";
    assertEquals(List.of("العتيبي", "العتيبي"), surnames(body, "سامي العتيبي"));
  }

  @Test
  void aSurnameAfterAVerbOfDemandingOrDenyingOrARankIsThePerson() {
    String body = "زار الفريق خالد المنصوري الموقع. وطالب المنصوري بتسريع العمل، ونفى المنصوري أي تأخير. وقال الفريق المنصوري إن الخطة جاهزة.";
    assertEquals(List.of("المنصوري", "المنصوري", "المنصوري"), surnames(body, "خالد المنصوري"));
  }

  @Test
  void theSameSurnameWithNoVerbBeforeItIsLeftAlone() {
    String body = "التقت الصحيفة الباحث سامي العتيبي. وفي دراسة العتيبي نتائج مشجعة.";
    assertEquals(List.of(), surnames(body, "سامي العتيبي"));
  }
}
