package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.ArabicEntityRound38bTest.added;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 58 (Arabic persons): a list whose words say it names persons, opened by a cue (وبينهم، من بينهم، أمثال، مثل)
 * or closed by وغيرهم, takes its name-shaped items as persons with fewer known ones than a bare list ({@link
 * ArabicPersonLists}); a بن chain whose first word the given-name list lacks is a person when a listed father's name
 * and a family name close it ({@link io.newswire.enrich.entities.names.ArabicOrganisationRecognizer}). Sentences written for these tests; the mentions given stand for what the tagger finds.
 */
class ArabicEntityRound58Test {
  @Test
  void aCueAndAClosingWordMakeAListWithNoKnownName() {
    String body = "ويشارك في المسلسل عدد من النجوم، وبينهم نادر الفلاحي وسامي الجبيلي وهاني القطان وغيرهم.";
    assertEquals(List.of("نادر الفلاحي", "سامي الجبيلي", "هاني القطان"), added(body));
  }

  @Test
  void aCueWithOneKnownPersonMakesAList() {
    String body = "وأشادت بممثلين أمثال نادر الفلاحي وسامي الجبيلي، وقالت إن العمل ناجح.";
    assertEquals(List.of("سامي الجبيلي"), added(body, "نادر الفلاحي"));
  }

  @Test
  void aKnownOneWordNameCountsAsAnItem() {
    String body = "ويحيي الحفلات فنانون كبار أمثال ستينغ وروبي هاريس، في الأسبوع الأول.";
    assertEquals(List.of("روبي هاريس"), added(body, "ستينغ"));
  }

  @Test
  void aClosingWordWithOneKnownPersonMakesAList() {
    String body = "فعندما ترى نادر الفلاحي وسامي الجبيلي وهاني القطان وغيرهم في عمل واحد تتابعه كله.";
    assertEquals(List.of("سامي الجبيلي", "هاني القطان"), added(body, "نادر الفلاحي"));
  }

  @Test
  void aCueAloneWithNoKnownPersonIsNoList() {
    // بينهم often counts people by kind (بينهم نساء وأطفال، بينهم قياديون حوثيون): with no closing word a known name
    // must say the list is of persons
    String body = "وأسفر الهجوم عن مقتل عشرة أشخاص بينهم نادر الفلاحي وسامي الجبيلي في المدينة.";
    assertEquals(List.of(), added(body));
  }

  @Test
  void mitlNeedsAKnownPersonEvenWhenClosed() {
    // مثل introduces things as often as persons (مثل مواد البناء ومعدات الآلات)
    String body = "وتشمل الواردات سلعا مثل مواد البناء ومعدات الآلات وغيرهم من المنتجات.";
    assertEquals(List.of(), added(body));
  }

  @Test
  void aPartOfAnotherShapeEndsTheList() {
    String body = "وحضر الحفل فنانون بينهم نادر الفلاحي والكثير من الشباب وسامي الجبيلي وغيرهم.";
    assertEquals(List.of(), added(body));
  }

  @Test
  void aNameOpeningWithWawIsNoItemOfItsOwn() {
    // the tagger's ويليام is the name after الأمير, not a list item joined by و
    String body = "والتقطت صورا في مناسبات مثل زواج الأمير ويليام. وانتهت الجولة.";
    assertEquals(List.of(), added(body, "ويليام"));
  }

  @Test
  void aLastItemAfterABareCommaIsANewPhrase() {
    String body = "واجتذبا مسؤولين مثل نادر الفلاحي، بجانب محامين وجراحين من المدينة.";
    assertEquals(List.of(), added(body, "نادر الفلاحي"));
  }

  @Test
  void aChainWithAnUnlistedGivenNameAndAFamilyNameIsAPerson() {
    List<Entity> es = run("ar", "محليات",
        "وعقد المجلس البلدي جلسته برئاسة رئيس المجلس زهيان بن حسن الشمراني وحضور الأعضاء.");
    assertTrue(typed(es, EntityType.PERSON, "زهيان بن حسن الشمراني"), all(es));
  }

  @Test
  void anUnlistedWordBeforeBinWithNoFamilyNameIsLeftAlone() {
    // زهيان بن حسن alone: the shape cannot tell a given name the list lacks from a word before a name
    List<Entity> es = run("ar", "محليات", "وأوضح المتحدث أن زهيان بن حسن حضر الاجتماع أمس.");
    assertFalse(typedContaining(es, EntityType.PERSON, "زهيان"), all(es));
  }

  @Test
  void aChainClosedByAHouseNameIsAPerson() {
    // آل keyed as the recognizer keys it (ءال): before, the chain was dropped at the house word
    List<Entity> es = run("ar", "محليات",
        "وحضر الحفل مدير مكتب التعليم خالد بن مبارك آل فاضل ومدير الشؤون المالية سالم بن مطلق آل نصر الله.");
    assertTrue(typed(es, EntityType.PERSON, "خالد بن مبارك آل فاضل"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "سالم بن مطلق آل نصر الله"), all(es));
  }

  @Test
  void aHouseWordWithNoNameAfterItIsNoFamilyName() {
    // آل before the article's word (آل البيت) or at the sentence's end names no house of the chain
    List<Entity> es = run("ar", "محليات", "وأوضح المتحدث أن خالد بن مبارك آل البيت في كلمته.");
    assertFalse(typedContaining(es, EntityType.PERSON, "آل البيت"), all(es));
  }
}
