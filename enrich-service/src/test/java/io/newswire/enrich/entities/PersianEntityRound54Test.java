package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 54 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound54Test {

  // PersianProvinceOffices: a head's title, an office's words and استان with a province name one organisation.

  @Test
  void anOfficeNamedAfterItsHeadsTitleRunsToItsProvince() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرکل انتقال خون استان کردستان گفت: ذخایر خون کافی است و مدیر فوریت‌های پزشکی استان ایلام نیز سخن گفت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "انتقال خون استان کردستان"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "فوریت‌های پزشکی استان ایلام"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "کردستان"), all(es));
  }

  @Test
  void aTwoWordTitleOrAQualifierBeforeTheOfficeIsLeftOut() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر کل تعزیرات حکومتی استان لرستان و مدیرکل سابق کتابخانه‌های عمومی استان زنجان در جلسه حاضر بودند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "تعزیرات حکومتی استان لرستان"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "کتابخانه‌های عمومی استان زنجان"), all(es));
  }

  @Test
  void aPhraseAboutTheProvinceIsNoOffice() {
    List<Entity> es = run("fa", "عنوان", "رئیس جمهور در سفر به استان کرمان از پروژه‌ها بازدید کرد.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "کرمان"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "کرمان"), all(es));
  }

  @Test
  void anOfficeNamedWithItsPlaceAloneRunsToIt() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر جهاد کشاورزی قائم‌شهر و رئیس هیات نجات غریق و غواصی مازندران از برنامه‌های تابستان خبر دادند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جهاد کشاورزی قائم‌شهر"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "هیات نجات غریق و غواصی مازندران"), all(es));
  }

  @Test
  void aForeignTownAPresidentOrASocietyIsLeftApart() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر ورزشی رم گفت: این بازیکن می‌ماند. رئیس جمعیت هلال‌احمر مشهد و رئیس جمهور در تهران سخن گفتند.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "ورزشی"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "هلال‌احمر مشهد"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "مشهد"), all(es));
  }

  // PersianDeputyships: معاونت and its field before a body found by the recognizers or the knowledge base, one unit.

  @Test
  void aDeputyshipNamedBeforeItsBodyIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "همایش به همت معاونت پژوهشی حوزه علمیه قم برگزار شد و معاونت فنی و عمران شهرداری ارومیه از احداث پارک خبر داد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "معاونت پژوهشی حوزه علمیه قم"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "معاونت فنی و عمران شهرداری ارومیه"), all(es));
  }

  @Test
  void aDeputyshipRightBeforeItsBodyOrAPhraseBetweenIsLeftAlone() {
    List<Entity> es = run("fa", "عنوان",
        "وی معاونت را به دانشگاه آزاد سپرد و معاونت سازمان هواپیمایی کشوری هم تغییر کرد.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "معاونت"), all(es));
  }

  // SharedTownNames (link): قدس after شهر, شهرستان or شهرداری is the town west of Tehran, alone it is Jerusalem.

  @Test
  void qodsAfterItsTownWordIsTheIranianTown() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس شورای اسلامی شهر قدس گفت: شهرداری قدس پروژه را تا پایان سال در شهرستان قدس به پایان می‌رساند.");
    assertEquals("Qods", found(es, "قدس", EntityType.PLACE).getName(), all(es));
    assertEquals("Qods City Council", found(es, "شورای اسلامی شهر قدس", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Qods Municipality", found(es, "شهرداری قدس", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void qodsAloneOrWithIsraelNamedIsJerusalem() {
    List<Entity> es = run("fa", "عنوان", "راهپیمایی روز جهانی قدس برگزار شد و مردم از آزادی قدس سخن گفتند.");
    assertFalse(es.stream().anyMatch(e -> "Qods".equals(e.getName())), all(es));
    List<Entity> israel = run("fa", "عنوان",
        "اسرائیل یک شهروند فلسطینی از شهر قدس را بازداشت کرد و خانواده او اعتراض کردند.");
    assertEquals("Jerusalem", found(israel, "قدس", EntityType.PLACE).getName(), all(israel));
  }
}
