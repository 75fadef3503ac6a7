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

/** Issue 13, round 48 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound48Test {

  // kb/curated/organizations.tsv: NATO's full Persian name begins with سازمان.

  @Test
  void allianceIsNamedWithItsOrganisationWord() {
    List<Entity> es = run("fa", "عنوان",
        "سازمان پیمان آتلانتیک شمالی (ناتو) نیروهای تازه‌ای به شرق اروپا می‌فرستد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان پیمان آتلانتیک شمالی"), all(es));
    assertEquals("NATO", found(es, "سازمان پیمان آتلانتیک شمالی", EntityType.ORGANIZATION).getName(), all(es));
  }

  // kb/curated/organizations-more.tsv: هیات وزیران, the cabinet's formal name beside هیات دولت.

  @Test
  void councilOfMinistersIsTheCabinet() {
    List<Entity> es = run("fa", "عنوان",
        "این آزمون بر اساس مصوبه هیات وزیران هر سال در همه استان‌ها برگزار می‌شود.");
    assertEquals("Cabinet of Iran", found(es, "هیات وزیران", EntityType.ORGANIZATION).getName(), all(es));
  }

  // entities/given-names-fa.txt: Soleiman and French given names.

  @Test
  void soleimanOpensAPersonsName() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس از سنندج، سلیمان کرمی صبح امروز در جلسه شورای آموزش و پرورش اظهار کرد: مدارس آماده‌اند.");
    assertTrue(typed(es, EntityType.PERSON, "سلیمان کرمی"), all(es));
  }

  @Test
  void naghiIsPartOfACompoundGivenName() {
    List<Entity> es = run("fa", "عنوان",
        "مردم شهر با یاد حضرت آیت‌الله محمدنقی شیرازی صاحب مدرسه علمیه به مسجد آمدند.");
    assertTrue(typed(es, EntityType.PERSON, "محمدنقی شیرازی"), all(es));
  }

  @Test
  void frenchGivenNameOpensAPersonsName() {
    List<Entity> es = run("fa", "عنوان",
        "ربایندگان خبرنگار فرانسوی، ژرژ لوکلر، را پس از دو ماه آزاد کردند.");
    assertTrue(typed(es, EntityType.PERSON, "ژرژ لوکلر"), all(es));
  }

  // entities/fa-cues.txt [stop]: کشف is the noun of a verb after the body, not a word of its name.

  @Test
  void findingIsNoWordOfThePolicesName() {
    List<Entity> es = run("fa", "عنوان",
        "پلیس امنیت اقتصادی کشف ۳۰ تن برنج احتکارشده را در یکی از انبارهای شهر اعلام کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "پلیس امنیت اقتصادی"), all(es));
    assertFalse(anyMentionHolds(es, "کشف"), all(es));
  }

  // UnnamedBodies: ستاد خبری and کمیته تحقیق name a press office and an inquiry, no body in particular.

  @Test
  void pressOfficeAndInquiryAreNoBodies() {
    List<Entity> es = run("fa", "عنوان",
        "پس از این حادثه کمیته تحقیق تشکیل شد و ستاد خبری اعلام کرد که گزارش آن منتشر می‌شود.");
    assertFalse(anyMentionHolds(es, "ستاد"), all(es));
    assertFalse(anyMentionHolds(es, "کمیته"), all(es));
  }

  // FacilityNames.insideEventName: a championship named after its continent.

  @Test
  void continentOfAChampionshipIsNoPlace() {
    List<Entity> es = run("fa", "عنوان",
        "تیم ملی کشتی ایران برای حضور در مسابقات قهرمانی آسیا راهی قزاقستان شد.");
    assertFalse(typed(es, EntityType.PLACE, "آسیا"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "قزاقستان"), all(es));
  }

  // kb/curated/organizations-more.tsv: league clubs named with a word that is no club word, and Barcelona bare.

  @Test
  void clubsNamedWithTheirTownAreOneClub() {
    List<Entity> es = run("fa", "عنوان",
        "سرمربی تیم فوتبال صبای قم گفت: در مقابل فجر سپاسی باید نتیجه بگیریم و آلومینیوم هرمزگان هم حریف سختی است.");
    assertEquals("Saba Qom F.C.", found(es, "صبای قم", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Fajr Sepasi Shiraz F.C.", found(es, "فجر سپاسی", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Aluminium Hormozgan F.C.", found(es, "آلومینیوم هرمزگان", EntityType.ORGANIZATION).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "قم"), all(es));
  }

  @Test
  void barcelonaBareIsTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "در هفته سوم لالیگا بارسلونا با نتیجه سه بر یک پیروز شد.");
    assertEquals("FC Barcelona", found(es, "بارسلونا", EntityType.ORGANIZATION).getName(), all(es));
  }
}
