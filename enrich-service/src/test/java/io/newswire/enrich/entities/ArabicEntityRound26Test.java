package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26 (issue 13, Arabic entities): a soldier named after an enlisted rank is named in full, up to his family
 * name. Sentences written for these tests.
 */
class ArabicEntityRound26Test {
  @Test
  void aSoldiersFourPartNameAfterAnEnlistedRankIsOnePerson() {
    List<Entity> es = run("ar", "تشييع",
        "وشيع الأهالي العريف أول نايف صالح حمد القرني إلى مقبرة البلدة، وزميله الجندي أول حسن فهد زايد (23 عاما).");
    Entity naif = mentioned(es, "نايف صالح حمد القرني");
    assertNotNull(naif, all(es));
    assertEquals(EntityType.PERSON, naif.getType(), all(es));
    Entity hasan = mentioned(es, "حسن فهد زايد");
    assertNotNull(hasan, all(es));
    assertEquals(EntityType.PERSON, hasan.getType(), all(es));
    assertNull(mentioned(es, "حمد القرني"), all(es));
  }

  @Test
  void theNameEndsWithTheFamilyNameButNotInsideACompoundGivenName() {
    List<Entity> es = run("ar", "تكريم",
        "وكرم القائد الرقيب عبد الرحمن سالم الزهراني على شجاعته في الميدان.");
    Entity abd = mentioned(es, "عبد الرحمن سالم الزهراني");
    assertNotNull(abd, all(es));
    assertEquals(EntityType.PERSON, abd.getType(), all(es));
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().contains("شجاعته")), all(es));
  }

  @Test
  void theSoldierAsACommonNounOpensNoName() {
    List<Entity> es = run("ar", "حكاية",
        "وقال الراوي إن الجندي يقاتل دفاعا عن أرضه وأهله.");
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().startsWith("يقاتل")), all(es));
  }

  @Test
  void anOfficerKeepsTheShortNameBeforeHisRole() {
    List<Entity> es = run("ar", "مؤتمر",
        "وقال العقيد سامر خليل قائد الكتيبة إن الوضع هادئ.");
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().contains("قائد")), all(es));
  }

  @Test
  void aBareTitleWordThatIsAGivenNameOpensTheName() {
    List<Entity> es = run("ar", "اجتماع",
        "وأكد الدكتور سلطان خالد العمري أن المشروع سيكتمل قبل نهاية العام.");
    Entity sultan = mentioned(es, "سلطان خالد العمري");
    assertNotNull(sultan, all(es));
    assertEquals(EntityType.PERSON, sultan.getType(), all(es));
  }

  @Test
  void theTitleBeforeTheLandItRulesStaysOutOfTheName() {
    List<Entity> es = run("ar", "استقبال",
        "واستقبل سلطان بروناي الوفد الزائر في قصره.");
    assertTrue(es.stream().filter(x -> x.getType() == EntityType.PERSON).flatMap(x -> x.getMentions().stream())
        .noneMatch(m -> m.getText().startsWith("سلطان")), all(es));
  }

  @Test
  void aUnitAfterANumberIsNoName() {
    List<Entity> es = run("ar", "حريق",
        "وامتد الحريق خلال ساعات من 500 فدان إلى 3500 فدان في سفوح التلال.");
    assertNull(mentioned(es, "فدان"), all(es));
  }

  @Test
  void aNameHoldingAUnitWordIsStillAName() {
    List<Entity> es = run("ar", "سينما",
        "وقال المخرج ميل جيبسون إن الفيلم جاهز للعرض.");
    Entity mel = mentioned(es, "ميل جيبسون");
    assertNotNull(mel, all(es));
    assertEquals(EntityType.PERSON, mel.getType(), all(es));
  }

  @Test
  void thePersianRivalIsNoRank() {
    List<Entity> es = run("fa", "ورزش",
        "رقیب اصلی تیم در هفته آینده بازی سختی خواهد داشت.");
    assertTrue(es.stream().filter(x -> x.getType() == EntityType.PERSON).flatMap(x -> x.getMentions().stream())
        .noneMatch(m -> m.getText().startsWith("اصلی")), all(es));
  }
}
