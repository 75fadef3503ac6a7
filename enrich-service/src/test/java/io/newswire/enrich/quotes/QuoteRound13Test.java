package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, thirteenth round: roles the article binds to a person, on invented sentences. */
class QuoteRound13Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Persian: a lead's role, named in the next paragraph

  @Test
  void persianLeadRoleSaidAgainLaterIsThePersonTheSecondParagraphNamed() {
    var f = fields("مبارزه با قاچاق در استان",
        "خبرگزاری فارس: دبیر ستاد مبارزه با قاچاق کالا و ارز استان نمونه قاچاق را تهدیدی برای تولید دانست.",
        "به گزارش خبرگزاری فارس، محسن کاظمی در نشست امروز افزود: قاچاق بازار را بی‌ثبات می‌کند.",
        "رضا نوری رئیس اتاق اصناف نیز خواستار همکاری بیشتر دستگاه‌ها با بازاریان شد.",
        "دبیر ستاد مبارزه با قاچاق کالا و ارز استان نمونه گفت: گشت‌های بازرسی در جاده‌ها افزایش می‌یابد.");
    Entity kazemi = person("P1", "Mohsen Kazemi", f, "محسن کاظمی");
    Entity nouri = person("P2", "Reza Nouri", f, "رضا نوری");
    List<Quote> q = run("fa", f, kazemi, nouri);
    assertEquals("Mohsen Kazemi", speakerName(startingWith(q, "قاچاق بازار")));
    assertEquals("Mohsen Kazemi", speakerName(startingWith(q, "گشت‌های بازرسی")));
  }

  @Test
  void persianLeadRoleWithANameInTheSecondParagraphOnlyAfterACueStaysUnbound() {
    // the second paragraph's speaker is a pronoun: the name after his verb is someone he talks about
    var f = fields("نشست شورای شهر",
        "خبرگزاری فارس: رئیس شورای شهر نمونه از تصویب بودجه خبر داد.",
        "وی افزود: پیشنهاد علی مرادی درباره پارک‌ها هم تصویب شد.",
        "رئیس شورای شهر نمونه گفت: بودجه عمرانی امسال دو برابر شده است.");
    Entity moradi = person("P1", "Ali Moradi", f, "علی مرادی");
    List<Quote> q = run("fa", f, moradi);
    assertEquals(null, speakerName(startingWith(q, "بودجه عمرانی")));
  }

  @Test
  void persianSectionRoleGuessedFromThePersonBeforeIsTheNewPersonGoingOnInTheNextParagraph() {
    var f = fields("دو خبر ورزشی",
        "خبرگزاری فارس: رئیس هیئت شنای استان نمونه گفت: مسابقات قهرمانی استان هفته آینده برگزار می‌شود.",
        "مهدی احمدی امروز در گفت‌وگو با خبرنگار فارس افزود: ده تیم در این مسابقات شرکت می‌کنند.",
        "دبیر هیئت دوچرخه‌سواری استان نمونه گفت: تیم استان در مسابقات کشوری سوم شد.",
        "حسن صادقی امروز در گفت‌وگو با خبرنگار فارس افزود: دو رکابزن استان به اردوی تیم ملی دعوت شدند.");
    Entity ahmadi = person("P1", "Mahdi Ahmadi", f, "مهدی احمدی");
    Entity sadeghi = person("P2", "Hassan Sadeghi", f, "حسن صادقی");
    List<Quote> q = run("fa", f, ahmadi, sadeghi);
    assertEquals("Mahdi Ahmadi", speakerName(startingWith(q, "مسابقات قهرمانی")));
    assertEquals("Hassan Sadeghi", speakerName(startingWith(q, "تیم استان در")));
    assertEquals("Hassan Sadeghi", speakerName(startingWith(q, "دو رکابزن")));
  }

  // ------------------------------------------------------------------ Arabic: a role bound by apposition, said again

  @Test
  void arabicRoleBoundByAppositionIsThatPersonAfterAnotherWasNamed() {
    var f = fields("افتتاح معرض الكتاب",
        "افتتح وزير الثقافة خالد المنصور أمس معرض الكتاب في العاصمة، وقال إن المعرض يضم ألف دار نشر.",
        "وحضر الافتتاح الكاتب سعيد الراشد وعدد من الأدباء.",
        "وأضاف وزير الثقافة أن الدورة المقبلة ستخصص لأدب الأطفال.");
    Entity mansour = person("P1", "Khalid al-Mansour", f, "خالد المنصور");
    Entity rashed = person("P2", "Saeed al-Rashed", f, "سعيد الراشد");
    List<Quote> q = run("ar", f, mansour, rashed);
    assertEquals("Khalid al-Mansour", speakerName(startingWith(q, "الدورة المقبلة")));
  }

  // ------------------------------------------------------------------ English: 'he' after a narrative sentence

  @Test
  void englishHeOpeningASentenceGoesOnWithThePreviousSentencesSubject() {
    var f = fields("Clark back from talks",
        "Prime Minister John Clark held talks with his Irish counterpart, Sean Kelly, and the Welsh leader, Owen Price. He confirmed that a new round of talks would open in May.");
    Entity clark = person("P1", "John Clark", f, "John Clark");
    Entity kelly = person("P2", "Sean Kelly", f, "Sean Kelly");
    Entity price = person("P3", "Owen Price", f, "Owen Price");
    List<Quote> q = run("en", f, clark, kelly, price);
    assertEquals("John Clark", speakerName(startingWith(q, "a new round")));
  }

  @Test
  void englishHeAfterAQuotedSentenceStaysWithTheSpeaker() {
    var f = fields("Price on talks",
        "John Clark met Owen Price on Monday. \"We are ready to talk,\" said Owen Price. He added that the talks would resume in May.");
    Entity clark = person("P1", "John Clark", f, "John Clark");
    Entity price = person("P3", "Owen Price", f, "Owen Price");
    List<Quote> q = run("en", f, clark, price);
    assertEquals("Owen Price", speakerName(startingWith(q, "the talks would")));
  }

  // ------------------------------------------------------------------ Arabic: a term marked again and again is a name

  @Test
  void arabicShortPhraseMarkedThreeTimesIsANameNotWordsSaid() {
    var f = fields("الجيش يستعيد بلدة من «جبهة الرمال»",
        "قال الجيش في بيان أمس إنه استعاد بلدة الوادي من مقاتلي «جبهة الرمال» بعد معارك استمرت يومين.",
        "وأضاف المتحدث باسم الجيش العقيد سامي الحداد أن «جبهة الرمال» فقدت أكثر من مائة مقاتل، واصفا المعارك بأنها «الأعنف منذ سنوات».",
        "وتسيطر «جبهة الرمال» على مناطق واسعة في الشمال.");
    Entity haddad = person("P1", "Sami al-Haddad", f, "سامي الحداد");
    List<Quote> q = run("ar", f, haddad);
    assertEquals(0, q.stream().filter(x -> x.getText().toString().equals("جبهة الرمال")).count());
    assertEquals(QuoteKind.DIRECT, startingWith(q, "الأعنف منذ").getKind());
  }
}
