package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 49 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound49Test {

  // entities/org-names.tsv: صمت, the ministry's initials, gives its English name.

  @Test
  void ministryInitialsGiveItsEnglishName() {
    List<Entity> es = run("fa", "عنوان",
        "نمایندگان مجلس از وزارت صمت خواستند برنامه خود را برای بازار خودرو اعلام کند.");
    assertEquals("Ministry of Industry, Mine and Trade", found(es, "وزارت صمت", EntityType.ORGANIZATION).getName(), all(es));
  }

  // entities/romanization.tsv: the given name کیومرث.

  @Test
  void kiumarsIsRomanizedAsPersianCopyWritesIt() {
    List<Entity> es = run("fa", "عنوان",
        "کیومرث رحیمی در گفت‌وگو با خبرنگار فارس در سنندج اظهار کرد: طرح امسال اجرا می‌شود.");
    assertTrue(found(es, "کیومرث رحیمی", EntityType.PERSON).getName().startsWith("Kiumars "), all(es));
  }

  // entities/org-names.tsv: بازرگانی, Iran's Ministry of Commerce until 2011.

  @Test
  void commerceMinistryIsNamedInEnglish() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش روابط عمومی وزارت بازرگانی، نرخ جدید شکر از هفته آینده اعلام می‌شود.");
    assertTrue(found(es, "وزارت بازرگانی", EntityType.ORGANIZATION).getName().startsWith("Ministry of Commerce"), all(es));
  }

  // entities/org-names.tsv: آگاهی, the police's criminal investigation branch, named with its province.

  @Test
  void criminalInvestigationPoliceKeepsItsProvince() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس پلیس آگاهی استان یزد از دستگیری سه سارق خودرو خبر داد.");
    assertEquals("Yazd Province Criminal Investigation Police",
        found(es, "پلیس آگاهی استان یزد", EntityType.ORGANIZATION).getName(), all(es));
  }

  // entities/org-names.tsv: اطلاع‌رسانی and منطقه آزاد, words of bodies' names the gloss left in transliteration.

  @Test
  void informationAndFreeZoneWordsAreGlossed() {
    List<Entity> es = run("fa", "عنوان",
        "ستاد اطلاع‌رسانی اعلام کرد سازمان منطقه آزاد چابهار قرارداد تازه‌ای امضا کرده‌اند.");
    assertEquals("Information Headquarters", found(es, "ستاد اطلاع‌رسانی", EntityType.ORGANIZATION).getName(), all(es));
    // round 60: the zone is a KB row, one organisation with or without سازمان, as r58's file names Aras Free Zone
    assertEquals("Chabahar Free Zone", found(es, "سازمان منطقه آزاد چابهار", EntityType.ORGANIZATION).getName(), all(es));
  }

  // kb/curated/organizations-more.tsv: national bodies the gloss left in transliteration, and the OIC's former name.

  @Test
  void generalInspectionOrganizationIsKnown() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس سازمان بازرسی کل کشور گفت: گزارش این تخلفات به دادستانی فرستاده شد.");
    assertEquals("General Inspection Organization", found(es, "سازمان بازرسی کل کشور", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void footballLeagueOrganizationIsKnown() {
    List<Entity> es = run("fa", "عنوان",
        "سازمان لیگ فوتبال ایران برنامه هفته بیستم را تغییر داد.");
    assertEquals("Iran Football League Organization", found(es, "سازمان لیگ فوتبال ایران", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void islamicConferenceIsTheOic() {
    List<Entity> es = run("fa", "عنوان",
        "وزیران خارجه کشورهای عضو سازمان کنفرانس اسلامی در جده گرد هم آمدند.");
    assertEquals("Organisation of Islamic Cooperation", found(es, "سازمان کنفرانس اسلامی", EntityType.ORGANIZATION).getName(), all(es));
  }
}
