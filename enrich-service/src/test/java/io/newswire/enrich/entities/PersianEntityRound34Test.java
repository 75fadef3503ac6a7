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

/** Issue 13, round 34 (Persian): entities on sentences written for these tests. */
class PersianEntityRound34Test {

  // هیچ and مستقر open the predicate after a body's name: no name ends in them.

  @Test
  void determinerEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "رئیس فدراسیون گفت: کمیته داوران هیچ نقشی در این تصمیم نداشت.");
    assertFalse(anyMentionHolds(es, "هیچ"), all(es));
  }

  @Test
  void participleEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "فرماندهی نیروهای آمریکایی مستقر در عراق اعلام کرد که دو سرباز زخمی شدند.");
    assertFalse(anyMentionHolds(es, "مستقر"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "عراق"), all(es));
  }

  // و نوجوانان goes on in a body's name.

  @Test
  void childrenAndYoungAdultsCentreIsWhole() {
    List<Entity> es = run("fa", "عنوان",
        "نمایشگاه کتاب در کانون پرورش فکری کودکان و نوجوانان برپا شد و کودکان زیادی از آن دیدن کردند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کانون پرورش فکری کودکان و نوجوانان"), all(es));
  }

  // على with alef maqsura is the Arabic preposition, not the name Ali.

  @Test
  void arabicPrepositionIsNoAli() {
    List<Entity> es = run("fa", "عنوان",
        "نویسنده در این باب می‌نویسد: «والدلیل على اعتبار الشرط هو الإجماع» و علی اکبری این نظر را نقد کرده است.");
    assertFalse(anyMentionHolds(es, "اعتبار"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "علی اکبری"), all(es));
  }

  // A number word before a role word counts its holders.

  @Test
  void countedPlayersAreNoName() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل باشگاه گفت: جذب چهار بازیکن از تیم امید در دستور کار است و خروج دو بازیکن قطعی شد.");
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }

  // Knowledge-base rows: groups, the Tehran exchange and clubs named without a team word.

  @Test
  void politicalGroupsAreOrganisations() {
    List<Entity> es = run("fa", "عنوان",
        "عضو جبهه پایداری گفت: مجمع روحانیون مبارز و جامعه روحانیت مبارز فهرست خود را اعلام کرده‌اند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جبهه پایداری"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "مجمع روحانیون مبارز"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "جامعه روحانیت مبارز"), all(es));
  }

  @Test
  void tehranExchangeIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "شاخص کل بورس اوراق بهادار تهران امروز 500 واحد افزایش یافت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "بورس اوراق بهادار تهران"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "تهران"), all(es));
  }

  @Test
  void clubsNamedWithTheirTownAreWhole() {
    List<Entity> es = run("fa", "عنوان",
        "در دیدار امروز نفت تهران با یک گل مقابل مس کرمان به برتری رسید و داماش گیلان هم پیروز شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "نفت تهران"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "مس کرمان"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "داماش گیلان"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "کرمان"), all(es));
  }

  @Test
  void refineryFirmIsNoClub() {
    List<Entity> es = run("fa", "عنوان", "سهام پالایش نفت تهران امروز بیشترین افزایش را داشت.");
    Entity firm = found(es, "پالایش نفت تهران", EntityType.ORGANIZATION);
    assertEquals("Tehran Oil Refining Company", firm.getName(), all(es));
  }
}
