package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.ArabicFullNames;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 20 (issue 13, Arabic entities and canonical names). Sentences written for these tests. */
class ArabicEntityRound20Test {
  @Test
  void aNationsSportsFederationIsNoClubAndIsNamedInEnglish() {
    List<Entity> es = run("ar", "الاتحاد السعودي للتنس يعلن قائمة المنتخب",
        "أعلن الاتحاد السعودي للتنس قائمة لاعبي المنتخب المشاركين في البطولة الخليجية المقبلة.");
    Entity body = mentioned(es, "الاتحاد السعودي للتنس");
    assertNotNull(body, all(es));
    assertEquals(EntityType.ORGANIZATION, body.getType());
    assertEquals("Saudi Tennis Federation", body.getName()); // not the Jeddah club the first two words name
  }

  @Test
  void aFederationOfATwoWordSportIsNamedToo() {
    List<Entity> es = run("ar", "اجتماع",
        "عقد الاتحاد الكويتي لكرة القدم اجتماعه الدوري أمس في مقره لمناقشة جدول المباريات.");
    Entity body = mentioned(es, "الاتحاد الكويتي لكرة القدم");
    assertNotNull(body, all(es));
    assertEquals("Kuwaiti Football Federation", body.getName());
  }

  @Test
  void theCrownPrincesTitleIsNoPartOfHisName() {
    List<Entity> es = run("ar", "استقبال",
        "ورحب الأمير محمد بن نايف ولي العهد نائب الملك بالضيوف، ثم تحدث الأمير محمد بن سلمان ولي ولي العهد عن الزيارة.");
    assertNotNull(mentioned(es, "محمد بن نايف"), all(es));
    assertNotNull(mentioned(es, "محمد بن سلمان"), all(es));
    assertNull(mentioned(es, "محمد بن نايف ولي العهد"), all(es));
  }

  @Test
  void aVerbOpeningTheSentenceBeforeAnOfficeIsNoPerson() {
    List<Entity> es = run("ar", "تكريم الرواد",
        "كرم رئيس نادي الشباب خالد العمري أمس عددا من قدامى اللاعبين في حفل أقيم بالرياض.");
    assertNull(mentioned(es, "كرم"), all(es));
    assertNotNull(mentioned(es, "خالد العمري"), all(es));
  }

  @Test
  void aKindOfFirmAfterItsHeadIsNoName() {
    List<Entity> es = run("ar", "مشروع جديد",
        "وترك المهندسان عملهما في شركة خدمات استشارية قبل عامين لتأسيس مشروعهما الخاص في جدة.");
    assertNull(mentioned(es, "خدمات استشارية"), all(es));
    assertNull(mentioned(es, "شركة خدمات استشارية"), all(es));
  }

  @Test
  void theFormerCrownPrinceAndTheFoodProgrammesOtherSpellingAreKnown() {
    List<Entity> es = run("ar", "لقاء",
        "التقى الأمير محمد بن نايف بن عبد العزيز أمس مسؤولا من برنامج الغذاء العالمي لبحث المساعدات.");
    Entity prince = mentioned(es, "محمد بن نايف بن عبد العزيز");
    assertNotNull(prince, all(es));
    assertEquals("Muhammad bin Nayef", prince.getName());
    Entity wfp = mentioned(es, "برنامج الغذاء العالمي");
    assertNotNull(wfp, all(es));
    assertEquals("World Food Programme", wfp.getName());
  }

  @Test
  void aFamilyNameFoundAloneTakesItsFullNameBeforeIt() {
    String text = "وقال المتحدث باسم الجمعية مروان النجار إن القافلة وصلت، وأضاف النجار أن التوزيع يبدأ غدا.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int bare = text.lastIndexOf("النجار");
    Mention alone = new Mention(0, bare, bare + "النجار".length(), "person:name:njr", EntityType.PERSON, "al-Najjar", false);
    List<Mention> out = ArabicFullNames.add(List.of(f), List.of(alone), id -> false);
    assertEquals(2, out.size(), out.toString());
    Mention full = out.get(1);
    assertEquals("مروان النجار", text.substring(full.start(), full.end()));
    assertEquals("person:name:njr", full.entityId()); // the same person, now named in full
    assertEquals("Marwan al-Najjar", full.name());
  }

  @Test
  void aGivenNameAfterBinTakesTheWholeChain() {
    String text = "أعلن سعيد بن مروان النجار افتتاح المعرض، وقال النجار إنه يستمر أسبوعا.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int bare = text.lastIndexOf("النجار");
    Mention alone = new Mention(0, bare, bare + "النجار".length(), "person:name:njr", EntityType.PERSON, "al-Najjar", false);
    List<Mention> out = ArabicFullNames.add(List.of(f), List.of(alone), id -> false);
    assertEquals(2, out.size(), out.toString());
    assertEquals("سعيد بن مروان النجار", text.substring(out.get(1).start(), out.get(1).end())); // not the father's name
  }

  @Test
  void aKnownPersonsFamilyNameTakesNothing() {
    String text = "وقال المتحدث باسم الجمعية مروان النجار إن القافلة وصلت، وأضاف النجار أن التوزيع يبدأ غدا.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int bare = text.lastIndexOf("النجار");
    Mention alone = new Mention(0, bare, bare + "النجار".length(), "person:kb", EntityType.PERSON, "Najjar", false);
    assertEquals(1, ArabicFullNames.add(List.of(f), List.of(alone), id -> true).size()); // the KB names him
  }
}
