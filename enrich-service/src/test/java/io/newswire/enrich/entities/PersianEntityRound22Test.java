package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 22 (Persian), on sentences written for these tests. */
class PersianEntityRound22Test {
  private static void noMentionEndsWith(List<Entity> es, String word) {
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.endsWith(word), all(es));
      }
    }
  }

  @Test
  void aSubjunctiveLightVerbEndsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "قرار است ساختمان تازه را تا پایان پاییز به دانشگاه هنر اصفهان بدهیم.");
    noMentionEndsWith(es, "بدهیم");
  }

  @Test
  void mabnaOpensAClauseAfterABody() {
    List<Entity> es = run("fa", "عنوان", "نامه سازمان بهزیستی مبنی بر افزایش کمک به خانواده‌ها دیروز رسید.");
    Entity o = mentioned(es, "سازمان بهزیستی");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    noMentionEndsWith(es, "مبنی");
  }

  @Test
  void theNegatedCopulaIsNoSurname() {
    List<Entity> es = run("fa", "عنوان", "مربی تیم گفت من نگران رضا نیستم و او آماده است.");
    noMentionEndsWith(es, "نیستم");
  }

  @Test
  void aNounBeforeTheFutureAuxiliaryIsNoProvince() {
    List<Entity> es = run("fa", "عنوان", "این برنامه به دست سازمان صنعت استان عملی خواهد شد.");
    noMentionEndsWith(es, "عملی");
  }

  @Test
  void aFunctionWordAfterAPersonalTitleEndsTheName() {
    List<Entity> es = run("fa", "عنوان", "پرونده زیر نظر آقای کریمی توسط بازپرس ویژه پیگیری می‌شود.");
    Entity p = mentioned(es, "کریمی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    noMentionEndsWith(es, "توسط");
  }

  @Test
  void aProsecutorsOfficeIsAnOrganisationWithItsCity() {
    List<Entity> es = run("fa", "عنوان", "دادسرای عمومی و انقلاب مشهد دیروز پرونده را برای رسیدگی فرستاد.");
    Entity o = mentioned(es, "دادسرای عمومی و انقلاب مشهد");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void aCourtAloneIsNoHead() {
    // دادگاه is mostly "the court" before the sentence goes on: no organisation of دادگاه and the next words
    List<Entity> es = run("fa", "عنوان", "دادگاه هیچ پاسخی به درخواست وکیل نداد.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.startsWith("دادگاه"), all(es));
      }
    }
  }

  @Test
  void anImamNamedWithTheHonorificIsTheImam() {
    List<Entity> es = run("fa", "عنوان", "عزاداران در سالروز شهادت امام حسین (ع) در شهرهای کشور گرد آمدند.");
    Entity p = mentioned(es, "حسین");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertEquals("Husayn ibn Ali", p.getName());
  }

  @Test
  void aGivenNameWithoutTheHonorificKeepsItsOwnName() {
    List<Entity> es = run("fa", "عنوان", "حسین کریمی مربی تیم امروز به تهران رفت.");
    Entity p = mentioned(es, "حسین کریمی");
    assertNotNull(p, all(es));
    assertFalse(p.getName().contains("ibn"), all(es));
  }

  @Test
  void aPlaceInMarksAfterAPlaceWord() {
    List<Entity> es = run("fa", "عنوان", "نیروهای امدادی صبح امروز به روستای «کلاته» در نزدیکی مرز رسیدند.");
    Entity p = mentioned(es, "کلاته");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
  }

  @Test
  void theHamzaSpellingOfAKnownBody() {
    // the knowledge base spells it قوه قضاییه
    List<Entity> es = run("fa", "عنوان", "سخنگوی قوه قضائیه امروز در نشست خبری شرکت کرد.");
    Entity o = mentioned(es, "قوه قضائیه");
    assertNotNull(o, all(es));
    assertEquals("Judiciary of Iran", o.getName());
  }
}
