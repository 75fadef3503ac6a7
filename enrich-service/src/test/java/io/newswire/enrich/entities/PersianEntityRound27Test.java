package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 27 (Persian): entities on sentences written for these tests. */
class PersianEntityRound27Test {
  private static boolean anyMention(List<Entity> es, String text) {
    for (Entity e : es) {
      if (texts(e).contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static void organisation(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType(), all(es));
  }

  // A provincial body found by its head and field is named with the province right after it.

  @Test
  void aDirectorateIsNamedWithTheProvinceAfterIt() {
    List<Entity> es = run("fa", "عنوان", "مدیر اداره کل منابع طبیعی چهارمحال و بختیاری امروز گفت: بارندگی امسال کم بود.");
    organisation(es, "اداره کل منابع طبیعی چهارمحال و بختیاری");
    assertFalse(anyMention(es, "اداره کل منابع طبیعی"), all(es));
  }

  @Test
  void aCompanyIsNamedWithTheTownAfterIt() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل شرکت آب منطقه‌ای اصفهان از طرح تازه خبر داد.");
    organisation(es, "شرکت آب منطقه‌ای اصفهان");
  }

  @Test
  void aSocietyKeepsItsTownApart() {
    List<Entity> es = run("fa", "عنوان", "رئیس جمعیت هلال احمر ساری از امدادرسانی به سیل‌زدگان خبر داد.");
    assertFalse(anyMention(es, "جمعیت هلال احمر ساری"), all(es));
  }

  @Test
  void aPlaceAfterACommaIsNoPartOfTheBody() {
    List<Entity> es = run("fa", "عنوان", "به نقل از روابط عمومی اداره کل منابع طبیعی، اصفهان امسال کم‌باران بود.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(e.getType() == EntityType.ORGANIZATION && t.contains("اصفهان"), all(es));
      }
    }
  }

  // A plural's ezafe written after a ZWNJ (مؤسسه‌های) links the genitive after it: the name goes on.

  @Test
  void aPluralEzafeDoesNotCloseTheName() {
    List<Entity> es = run("fa", "عنوان", "مسئول اتحادیه موسسه‌های قرآنی استان کرمان گفت: کلاس‌ها از هفته آینده آغاز می‌شود.");
    organisation(es, "اتحادیه موسسه‌های قرآنی استان کرمان");
    assertFalse(anyMention(es, "اتحادیه موسسه"), all(es));
  }

  @Test
  void aBarePluralStillClosesTheName() {
    List<Entity> es = run("fa", "عنوان", "نشست‌های انجمن کتابخانه‌ها و همچنین برنامه‌های تازه ادامه دارد.");
    assertFalse(anyMention(es, "انجمن کتابخانه‌ها و همچنین"), all(es));
    assertFalse(anyMention(es, "انجمن کتابخانه‌ها و"), all(es));
  }

  @Test
  void aCountyAfterThePluralIsNamedWithIt() {
    List<Entity> es = run("fa", "عنوان", "رئیس انجمن کتابخانه‌های عمومی شهرستان اردبیل امروز گفت: کتاب‌ها رسید.");
    organisation(es, "انجمن کتابخانه‌های عمومی شهرستان اردبیل");
  }

  // A leader named in marks before رهبر, رئیس‌جمهور or نخست‌وزیر is a person.

  @Test
  void aLeaderInMarksIsAPerson() {
    List<Entity> es = run("fa", "عنوان", "از سوی دیگر «آرمین کاستلو» رهبر حزب مخالف در پارلمان سخن گفت.");
    Entity p = mentioned(es, "آرمین کاستلو");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void theLeadersEpithetAfterNounsIsNoName() {
    List<Entity> es = run("fa", "بازتاب سخنان رهبر معظم انقلاب در رسانه‌ها", "رسانه‌ها به سخنان رهبر معظم انقلاب پرداختند.");
    for (Entity e : es) {
      assertTrue(e.getType() != EntityType.PERSON || !texts(e).contains("بازتاب سخنان"), all(es));
    }
  }

  // A club named after تیم and its sport with no city is an organisation, and its bare repeats too.

  @Test
  void aClubAfterTeamAndSportIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "مهاجم تیم فوتبال آرمانکوه گفت: بازی سختی داشتیم. بازیکنان آرمانکوه آماده‌اند.");
    Entity c = mentioned(es, "آرمانکوه");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType());
    assertEquals(2, texts(c).size(), all(es));
  }

  @Test
  void withoutItsSportTheTeamsWordIsNoClub() {
    List<Entity> es = run("fa", "عنوان", "مربی گفت: تیم خوبی داریم و تیم منسجمی است.");
    assertFalse(anyMention(es, "خوبی"), all(es));
    assertFalse(anyMention(es, "منسجمی"), all(es));
  }

  @Test
  void aPresentVerbIsNoSecondWordOfTheClub() {
    List<Entity> es = run("fa", "عنوان", "تیم والیبال آرمانکوه میتواند در لیگ برتر موفق باشد.");
    assertFalse(anyMention(es, "آرمانکوه میتواند"), all(es));
  }
}
