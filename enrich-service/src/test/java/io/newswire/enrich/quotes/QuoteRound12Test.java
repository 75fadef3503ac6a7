package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, twelfth round: speakers named after their role, on invented sentences. */
class QuoteRound12Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Persian: a new speaker by role, named next

  @Test
  void persianRoleWithAlsoBeforeAnAdjunctIsSomeoneNewNamedInTheNextParagraph() {
    var f = fields("افتتاح مدرسه در شهرستان",
        "مدیر آموزش و پرورش شهرستان نمونه گفت: امسال سه مدرسه تازه در این شهرستان افتتاح می‌شود.",
        "به گزارش خبرگزاری فارس، علی رضایی امروز در جلسه شورای آموزش اظهار کرد: همه مدرسه‌ها برای سال تحصیلی آماده هستند.",
        "امام جمعه شهرستان نمونه نیز در این جلسه گفت: نماز و قرآن دو ستون تربیت نسل جوان هستند.",
        "حجت‌الاسلام حسن کریمی تصریح کرد: جوانان باید بیش از گذشته به قرآن توجه کنند.");
    Entity rezaei = person("P1", "Ali Rezaei", f, "علی رضایی");
    Entity karimi = person("P2", "Hassan Karimi", f, "حسن کریمی");
    List<Quote> q = run("fa", f, rezaei, karimi);
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "نماز و قرآن")));
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "جوانان باید")));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "همه مدرسه‌ها")));
  }

  @Test
  void persianRoleIsNotTheAgencyThatGoesOnReporting() {
    var f = fields("محاکمه دو نظامی",
        "به گزارش خبرگزاری فارس، دو نظامی به اتهام تیراندازی به یک زندانی بازداشت شدند.",
        "سخنگوی ارتش نیز روز گذشته مدعی شد، این دو نظامی به زودی در دادگاه حاضر خواهند شد.",
        "خبرگزاری رویترز با انتشار این خبر تاکید کرد، این نظامیان تاکنون اظهار نظری نکرده‌اند.");
    Entity reuters = entity("O1", EntityType.ORGANIZATION, "Reuters", f, "خبرگزاری رویترز");
    List<Quote> q = run("fa", f, reuters);
    assertNotEquals("Reuters", speakerName(startingWith(q, "این دو نظامی")));
    assertEquals("Reuters", speakerName(startingWith(q, "این نظامیان")));
  }

  // ------------------------------------------------------------------ Arabic: a holder after a rank, surname left out

  @Test
  void arabicHolderAfterARankKeepsTheRoleWhenTheEntityStepCutHisSurname() {
    var f = fields("قافلة طبية إلى المدينة",
        "وصلت أمس قافلة طبية إلى المدينة المنكوبة. وقال مدير غرفة العمليات في الدفاع المدني العقيد خالد الهاجري العتيبي إن الفرق جاهزة لاستقبال المصابين.",
        "وقال سامي العلي طبيب الطوارئ: «استقبلنا عشرات الحالات منذ الصباح».");
    Entity hajri = person("P1", "Khaled al-Hajri", f, "خالد الهاجري");
    Entity ali = person("P2", "Sami al-Ali", f, "سامي العلي");
    List<Quote> q = run("ar", f, hajri, ali);
    assertEquals("Khaled al-Hajri", speakerName(startingWith(q, "الفرق")));
    assertEquals("Sami al-Ali", speakerName(startingWith(q, "استقبلنا")));
  }

  // ------------------------------------------------------------------ English: pronouns, bare roles, appositives

  @Test
  void englishPronounInARelativeIsThePersonOpeningTheSentence() {
    var f = fields("Appeal over sprinter ban",
        "A lawyer has asked for the ban on the sprinter Tom Brady to be lifted.",
        "John Marsh has sent fresh papers to the tribunal which he says show the athlete did nothing wrong. Brady missed two tests last year.");
    Entity brady = person("P1", "Tom Brady", f, "Tom Brady", "Brady");
    Entity marsh = person("P2", "John Marsh", f, "John Marsh");
    List<Quote> q = run("en", f, brady, marsh);
    assertEquals("John Marsh", speakerName(startingWith(q, "show the athlete")));
  }

  @Test
  void englishBareDefiniteRoleGoesOnWithThePersonWhoJustSpoke() {
    var f = fields("Appeal over sprinter ban",
        "Tom Brady's lawyer has asked for his ban to be lifted.",
        "But John Marsh said: \"The case should be closed.\" The lawyer added that he had proof the officials \"knew\" where Brady was.");
    Entity brady = person("P1", "Tom Brady", f, "Tom Brady", "Brady");
    Entity marsh = person("P2", "John Marsh", f, "John Marsh");
    List<Quote> q = run("en", f, brady, marsh);
    assertEquals("John Marsh", speakerName(startingWith(q, "he had proof")));
    assertEquals("John Marsh", speakerName(startingWith(q, "knew")));
  }

  @Test
  void englishBareRoleIntroducedUnnamedStaysUnnamed() {
    var f = fields("No talks planned",
        "The minister Paul Grant will not raise the plan at tomorrow's meeting, an aide to Grant said.",
        "\"He will not bring it up,\" the aide said.");
    Entity grant = person("P1", "Paul Grant", f, "Paul Grant", "Grant");
    List<Quote> q = run("en", f, grant);
    assertNotEquals("Paul Grant", speakerName(startingWith(q, "He will not")));
  }

  @Test
  void englishRelativeAfterTheBodyInARoleAppositiveLeavesThePerson() {
    var f = fields("Ban stands",
        "Anna Cole, spokeswoman for the sport's governing body the World Athletics Council, which imposed the ban, said: \"We cannot comment on the hearing.\"");
    Entity cole = person("P1", "Anna Cole", f, "Anna Cole");
    Entity council = entity("O1", EntityType.ORGANIZATION, "World Athletics Council", f, "World Athletics Council");
    List<Quote> q = run("en", f, cole, council);
    assertEquals("Anna Cole", speakerName(startingWith(q, "We cannot comment")));
  }

  // ------------------------------------------------------------------ Arabic: findings and data that show

  @Test
  void arabicStudyThatShowsAndResearchersWhoNoteReportAClause() {
    var f = fields("دراسة عن النوم",
        "وأظهرت دراسة أجرتها جامعة الملك سعود أن النوم المبكر يحسن التحصيل الدراسي لدى الطلاب.",
        "ولاحظ الباحثون أن الطلاب الذين ينامون مبكرا يحصلون على درجات أعلى في الرياضيات.");
    Entity university = entity("O1", EntityType.ORGANIZATION, "King Saud University", f, "جامعة الملك سعود");
    List<Quote> q = run("ar", f, university);
    assertEquals("King Saud University", speakerName(startingWith(q, "النوم المبكر")));
    assertNotEquals(null, startingWith(q, "الطلاب الذين"));
  }

  // ------------------------------------------------------------------ Persian: a government as the lead's speaker, cues of disclosure

  @Test
  void persianGovernmentInTheLeadSpeaksForItselfAndSourcesDisclose() {
    var f = fields("هشدار درباره بودجه",
        "دولت ایتالیا با انتشار گزارشی تازه هشدار داد کاهش بودجه این کشور را ضعیف‌تر می‌کند.",
        "منابع آگاه فاش کرده‌اند که دولت قصد دارد مالیات را افزایش دهد.",
        "ماریو روسی وزیر اقتصاد ایتالیا گفت: بودجه سال آینده متعادل خواهد بود.");
    Entity italy = entity("L1", EntityType.PLACE, "Italy", f, "ایتالیا");
    Entity rossi = person("P1", "Mario Rossi", f, "ماریو روسی");
    List<Quote> q = run("fa", f, italy, rossi);
    assertEquals("دولت ایتالیا", speakerName(startingWith(q, "کاهش بودجه")));
    assertEquals(null, speakerName(startingWith(q, "دولت قصد دارد")));
    assertEquals("Mario Rossi", speakerName(startingWith(q, "بودجه سال آینده")));
  }

  // ------------------------------------------------------------------ Arabic: a name in marks inside the subject

  @Test
  void arabicNameInMarksInsideTheSubjectDoesNotStopTheClause() {
    var f = fields("تطبيق لمكافحة الجوع",
        "من جانب آخر، يقول كريم منصور الشريك المؤسس لمبادرة \"سمارت ميل\" إن نحو ثلث الأطفال يعانون من سوء التغذية.");
    Entity mansour = person("P1", "Karim Mansour", f, "كريم منصور");
    List<Quote> q = run("ar", f, mansour);
    assertEquals("Karim Mansour", speakerName(startingWith(q, "نحو ثلث")));
  }

  /** A role word is matched as a whole word: 'the official' is not the unnamed 'officials' who spoke before. */
  @Test
  void roleWordsMatchWholeWordsOnly() {
    assertTrue(QuoteExtractor.containsWords("a senior official", "official"));
    assertTrue(!QuoteExtractor.containsWords("senior officials", "official"));
    assertTrue(QuoteExtractor.containsWords("\"we will appeal,\" a lawyer for the family said", "a lawyer"));
    assertTrue(!QuoteExtractor.containsWords("in a lawyerly tone", "a lawyer"));
    assertTrue(QuoteExtractor.containsWords("\"a spokesman said\"", "a spokesman"), "a quotation mark is a boundary");
    assertTrue(!QuoteExtractor.containsWords("data spokesman", "a spokesman"));
  }
}
