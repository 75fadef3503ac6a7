package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 45 (issue 13, one identity across scripts): public figures and bodies Arabic and Persian copy named letter by
 * letter (Jamal Abdulnasser, Parviz Meshreef, Hafnghtoun Post, Konia Sabbour), each script under its own id, are KB
 * rows. Sentences written for these tests, no pool text.
 */
class CanonicalNameRound45Test {

  private static void is(List<Entity> es, String text, String id, String name) {
    Entity e = named(es, text);
    assertEquals(id, e.getId().toString(), all(es));
    assertEquals(name, e.getName().toString(), all(es));
  }

  @Test
  void yemensFormerPresidentIsOnePersonInArabicPersianAndEnglishCopy() {
    String id = "person:abdrabbuh-mansur-hadi";
    is(run("ar", "اليمن", "التقى الرئيس اليمني عبد ربه منصور هادي وفدا من الأمم المتحدة في الرياض أمس."),
        "عبد ربه منصور هادي", id, "Abdrabbuh Mansur Hadi");
    is(run("fa", "یمن", "عبدربه منصور هادی روز گذشته در ریاض با نمایندگان سازمان ملل دیدار کرد."),
        "عبدربه منصور هادی", id, "Abdrabbuh Mansur Hadi");
    is(run("en", "Yemen's President Abd-Rabbu Mansour Hadi met United Nations envoys in Riyadh on Monday."),
        "Abd-Rabbu Mansour Hadi", id, "Abdrabbuh Mansur Hadi");
  }

  @Test
  void nasserIsGamalAbdelNasserNotTheLettersOfHisName() {
    is(run("ar", "تاريخ", "أعلن الرئيس المصري جمال عبد الناصر تأميم قناة السويس في صيف عام 1956."),
        "جمال عبد الناصر", "person:gamal-abdel-nasser", "Gamal Abdel Nasser");
  }

  @Test
  void musharrafAndChavezInPersianCopyAreTheEnglishPressNames() {
    is(run("fa", "پاکستان", "پرویز مشرف رئیس‌جمهور پیشین پاکستان پس از چند سال به کشورش بازگشت."),
        "پرویز مشرف", "person:pervez-musharraf", "Pervez Musharraf");
    is(run("en", "Pervez Musharraf returned to Pakistan after several years abroad, his party said."),
        "Pervez Musharraf", "person:pervez-musharraf", "Pervez Musharraf");
    is(run("fa", "ونزوئلا", "هوگو چاوز رئیس‌جمهور ونزوئلا در سخنرانی تلویزیونی از برنامه نفتی کشورش دفاع کرد."),
        "هوگو چاوز", "person:hugo-chavez", "Hugo Chávez");
  }

  @Test
  void saudiOfficialsTakeTheirEnglishNames() {
    is(run("ar", "الرياض", "استقبل أمير منطقة الرياض الأمير فيصل بن بندر بن عبدالعزيز في مكتبه أمس عددا من المواطنين."),
        "فيصل بن بندر بن عبدالعزيز", "person:faisal-bin-bandar-al-saud", "Faisal bin Bandar Al Saud");
    is(run("ar", "النفط", "قال وزير الطاقة خالد الفالح إن السوق ستستعيد توازنها خلال العام المقبل."),
        "خالد الفالح", "person:khalid-al-falih", "Khalid A. Al-Falih");
  }

  @Test
  void papersFirmsAndClubsWrittenInArabicLettersTakeTheirOwnNames() {
    is(run("ar", "إعلام", "نشر موقع هافينغتون بوست أمس تقريرا عن أسعار المساكن في المدن الكبرى."),
        "هافينغتون بوست", "org:huffpost", "HuffPost");
    is(run("ar", "قطارات", "أعلنت شركة يوروتونيل أمس توقف القطارات بين فرنسا وبريطانيا عدة ساعات."),
        "يوروتونيل", "org:eurotunnel", "Eurotunnel");
    is(run("ar", "كرة", "تعاقد نادي كونيا سبور التركي مع المهاجم لمدة موسمين."),
        "كونيا سبور", "org:konyaspor", "Konyaspor");
  }
  @Test
  void theEnergyAgencyAndTheUsTreasuryAreOneBodyInEveryScript() {
    is(run("ar", "نفط", "توقعت وكالة الطاقة الدولية في تقريرها الشهري نمو الطلب على النفط."),
        "وكالة الطاقة الدولية", "org:iea", "International Energy Agency");
    is(run("fa", "نفت", "آژانس بین‌المللی انرژی در گزارش ماهانه خود رشد تقاضای نفت را پیش‌بینی کرد."),
        "آژانس بین‌المللی انرژی", "org:iea", "International Energy Agency");
    is(run("en", "Oil demand will grow next year, the International Energy Agency said in its monthly report."),
        "International Energy Agency", "org:iea", "International Energy Agency");
    is(run("ar", "عقوبات", "أعلنت وزارة الخزانة الأميركية أمس عقوبات جديدة على شركات شحن."),
        "وزارة الخزانة الأميركية", "org:us-treasury", "United States Department of the Treasury");
    is(run("en", "The Treasury Department announced new sanctions on shipping firms on Thursday."),
        "Treasury Department", "org:us-treasury", "United States Department of the Treasury");
  }

  @Test
  void englishCopyWritesBogotaAndSaoPauloWithoutAccents() {
    is(run("en", "Coffee exporters met in Bogota on Monday before flying to Sao Paulo, officials said."),
        "Bogota", "place:co:bogota", "Bogotá");
    is(run("en", "Coffee exporters met in Bogota on Monday before flying to Sao Paulo, officials said."),
        "Sao Paulo", "place:br:sao-paulo", "São Paulo");
  }
}
