package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, tenth round: short Arabic words in marks told from names by the sentence around them
 * ({@link ArabicFragments}), on invented sentences.
 */
class QuoteRound10Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static List<String> direct(List<Quote> q) {
    return texts(ofKind(q, QuoteKind.DIRECT));
  }

  // ------------------------------------------------------------------ governed: a word of saying, naming, charging

  @Test
  void arabicWordsAfterAVerbOfNamingAreSaid() {
    var f = fields("مقتل شاب في هجوم",
        "وكان الشاب قد غادر قريته قبل عامين للالتحاق بما سماه «الكفاح» في الجبال الشمالية.");
    assertTrue(direct(run("ar", f)).contains("الكفاح"), "named by a verb of naming: " + texts(run("ar", f)));
  }

  @Test
  void arabicWordsAfterAVerbOfNamingInsideANarrativeClauseAreSaid() {
    var f = fields("مقتل شاب في هجوم",
        "وقال الصحافي سالم أحمد إن الشاب كان من أوائل المنتمين للجماعة.",
        "وانقطعت أخباره أشهرا، ثم علم أصدقاؤه أنه انضم إلى ما سماه «النضال»، ورجح أنه سافر إلى الخارج قبل عام.");
    assertTrue(direct(run("ar", f)).contains("النضال"), "named by a verb of naming: " + texts(run("ar", f)));
  }

  @Test
  void arabicChargeInMarksAfterItsParticipleOrNounIsSaid() {
    var f = fields("محاكمة ناشط في العاصمة",
        "مثل أمس أمام المحكمة الناشط المتهم بـ«نشر أخبار كاذبة» بعد توقيفه الشهر الماضي.",
        "وبدأت النيابة تحقيقا جديدا معه بتهمة «الإساءة إلى مؤسسات الدولة» و«إثارة الرأي العام».");
    List<String> d = direct(run("ar", f));
    assertTrue(d.contains("نشر أخبار كاذبة"), "the charge after المتهم بـ: " + d);
    assertTrue(d.contains("الإساءة إلى مؤسسات الدولة"), "the charge after بتهمة: " + d);
  }

  @Test
  void arabicWordsAfterAVerbOfExpressingThroughItsPrepositionTakeItsSubject() {
    var f = fields("الوزير يزور الميناء",
        "زار وزير النقل سامي الحربي الميناء الجديد أمس.",
        "وعبر الحربي عن «الارتياح» لسير الأعمال في المرحلة الأولى من المشروع.");
    Entity sami = person("P1", "Sami al-Harbi", f, "سامي الحربي", "الحربي");
    List<Quote> q = run("ar", f, sami);
    Quote said = ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals("الارتياح"))
        .findFirst().orElseThrow(() -> new AssertionError("not found: " + texts(q)));
    assertEquals("Sami al-Harbi", speakerName(said));
  }

  @Test
  void arabicViaIsNotAVerbOfExpressing() {
    var f = fields("إطلاق خدمة جديدة",
        "أعلنت الهيئة أمس إطلاق الخدمة الجديدة التي يمكن طلبها عبر «تطبيق» الهيئة على الهواتف الذكية.");
    assertFalse(direct(run("ar", f)).contains("تطبيق"), "عبر before the marks is 'via': " + texts(run("ar", f)));
  }

  @Test
  void arabicDescribingVerbalNounGovernsTheMarks() {
    var f = fields("بيع حصة في شركة الطيران",
        "وأشاد وزير الاقتصاد بالصفقة باعتبارها \"خطوة أساسية نحو تخصيص الشركة\" خلال مؤتمر صحافي أمس.");
    assertTrue(direct(run("ar", f)).contains("خطوة أساسية نحو تخصيص الشركة"), texts(run("ar", f)).toString());
  }

  // ------------------------------------------------------------------ predicate: a constituent of the clause

  @Test
  void arabicMarksAfterAComplementizerHoldingTheSubjectAreThePredicate() {
    var f = fields("المدرب يتحدث عن مستقبله",
        "وقال المدرب إنه «راض تماما» عن أداء فريقه في المعسكر الأخير رغم الخسارة.");
    assertTrue(direct(run("ar", f)).contains("راض تماما"), texts(run("ar", f)).toString());
  }

  @Test
  void arabicDemonstrativeInMarksAfterTheComplementizerIsSaid() {
    var f = fields("تقرير أممي عن التهريب",
        "وأشارت المقررة إلى أن «هذه الشبكات المنظمة» تجاوزت حدود الإقليم كله.");
    assertTrue(direct(run("ar", f)).contains("هذه الشبكات المنظمة"), texts(run("ar", f)).toString());
  }

  // ------------------------------------------------------------------ apposed: a name straight after a plain word

  @Test
  void arabicOneWordInMarksAfterANounOfTheClauseIsAName() {
    var f = fields("حرفيون يشاركون في المعرض",
        "وأوضح مدير الفرع أن عشرة حرفيين سيشاركون في معرض \"الواحة\" للصناعات اليدوية هذا العام، وأن أربعة منهم كانوا مسؤولين عن قسم «النسيج» في الدورة السابقة.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.contains("الواحة"), "a fair's name: " + d);
    assertFalse(d.contains("النسيج"), "a section's name: " + d);
  }

  @Test
  void arabicKunyaInMarksIsAName() {
    var f = fields("مقتل مسلح في الشمال",
        "وقال التنظيم في بيان إن مقاتلا كنيته «أبو الوليد الشامي» قتل في اشتباك قرب الحدود.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.contains("أبو الوليد الشامي"), "a kunya is a name: " + d);
  }

  @Test
  void arabicPhraseInMarksInsideTheClauseStaysSaid() {
    var f = fields("الوزير يزور العاصمة",
        "وأوضح الوزير أنه سيتوجه إلى العاصمة \"الشهر المقبل\" لبحث الاتفاق مع نظيره.");
    assertTrue(direct(run("ar", f)).contains("الشهر المقبل"), texts(run("ar", f)).toString());
  }

  @Test
  void arabicProvisionOfALawInMarksIsAName() {
    var f = fields("تهم جديدة ضد النائب",
        "وكشفت مصادر قضائية أن التهم الموجهة إلى النائب تدخل تحت بند «الإضرار بالوحدة الوطنية وإثارة الفتن» في قانون العقوبات.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.stream().anyMatch(t -> t.startsWith("الإضرار")), "a provision's title: " + d);
  }

  // ------------------------------------------------------------------ Persian reported speech

  @Test
  void persianClauseAfterASourceNamedByWhatItSaidOrWrote() {
    var f = fields("سیل در شمال کشور",
        "باران شدید از بامداد دیروز در چند استان شمالی ادامه داشت.",
        "به گفته رضا کریمی، سطح آب رودخانه‌ها در بیست و چهار ساعت گذشته دو متر بالا آمده است.",
        "به نوشته روزنامه «همشهری»، چند روستا در این استان‌ها تخلیه شده‌اند.");
    Entity reza = person("P1", "Reza Karimi", f, "رضا کریمی");
    Entity paper = entity("O1", EntityType.ORGANIZATION, "Hamshahri", f, "همشهری");
    List<Quote> q = run("fa", f, reza, paper);
    assertEquals("Reza Karimi", speakerName(startingWith(q, "سطح آب رودخانه‌ها")));
    assertEquals("Hamshahri", speakerName(startingWith(q, "چند روستا")));
  }

  @Test
  void persianAgencyDatelineSourceReportsNothing() {
    var f = fields("نشست شورای شهر",
        "به گزارش خبرگزاری فارس، نشست شورای شهر امروز با حضور اعضا برگزار شد.");
    assertTrue(ofKind(run("fa", f), QuoteKind.INDIRECT).isEmpty(), texts(run("fa", f)).toString());
  }

  @Test
  void persianReportsContentAfterItsColon() {
    var f = fields("اسکان موقت زلزله‌زدگان",
        "گزارش پایگاه اطلاع رسانی وزارت راه حاکی است: کار ساخت سیصد واحد موقت در منطقه آغاز شده است.");
    List<Quote> q = run("fa", f);
    assertTrue(texts(ofKind(q, QuoteKind.INDIRECT)).stream().anyMatch(t -> t.startsWith("کار ساخت سیصد")), texts(q).toString());
  }

  @Test
  void persianReportThatFramesAnotherSpeakersStatementIsNotTheSpeaker() {
    var f = fields("همایش تعاونی‌ها",
        "این گزارش حاکی است: آقای احمدی \"مدیر تعاونی‌های استان نیز در این همایش گفت: بیش از هزار تعاونی در استان فعال است.");
    List<Quote> q = run("fa", f);
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).stream().anyMatch(t -> t.startsWith("مدیر تعاونی")), texts(q).toString());
    assertFalse(texts(ofKind(q, QuoteKind.INDIRECT)).stream().anyMatch(t -> t.startsWith("آقای احمدی")), texts(q).toString());
  }

  @Test
  void persianSourceOpeningWrittenAsOneWordIsNotTheSubject() {
    var f = fields("نشست موسیقی",
        "نشست پژوهشی موسیقی عصر دیروز در تالار شهر برگزار شد.",
        "بنابراین گزارش، «علی رضایی» آهنگساز گفت: شنوندگان جوان این موسیقی هر سال بیشتر می‌شوند.");
    Entity ali = person("P1", "Ali Rezaei", f, "علی رضایی");
    List<Quote> q = run("fa", f, ali);
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "شنوندگان جوان")));
  }

  // ------------------------------------------------------------------ English: a fragment attributed after its clause

  @Test
  void englishFragmentClauseAttributedByTheCueClosingTheSentence() {
    var f = fields("Governor faces primary",
        "The governor faces a primary challenge next month.",
        "Yet Miller is also a \"safe pair of hands,\" Jones said.");
    Entity miller = person("P1", "Tom Miller", f, "Miller");
    Entity jones = person("P2", "Ann Jones", f, "Jones");
    List<Quote> q = run("en", f, miller, jones);
    Quote fragment = ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().startsWith("safe pair"))
        .findFirst().orElseThrow(() -> new AssertionError("not found: " + texts(q)));
    assertEquals("Ann Jones", speakerName(fragment));
  }

  @Test
  void englishCueOpeningItsOwnClauseDoesNotAttributeTheFragmentBefore() {
    var f = fields("Council vote",
        "Miller called the plan a \"disgrace,\" and Jones said the vote would go ahead.");
    Entity miller = person("P1", "Tom Miller", f, "Miller");
    Entity jones = person("P2", "Ann Jones", f, "Jones");
    List<Quote> q = run("en", f, miller, jones);
    for (Quote x : q) {
      if (x.getText().toString().startsWith("disgrace")) {
        assertEquals("Tom Miller", speakerName(x));
      }
    }
  }

  @Test
  void englishPersonAtAFirmIsTheSpeakerNotTheFirm() {
    var f = fields("Shares rise",
        "Shares of the company rose on Tuesday.",
        "Mary Cole at Baxter Securities agreed that the listing brings in new buyers.");
    Entity mary = person("P1", "Mary Cole", f, "Mary Cole");
    Entity firm = entity("O1", EntityType.ORGANIZATION, "Baxter Securities", f, "Baxter Securities");
    List<Quote> q = run("en", f, mary, firm);
    assertEquals("Mary Cole", speakerName(startingWith(q, "the listing brings")));
  }

  @Test
  void englishPlaceInsideAnAppositiveIsNotTheSpeaker() {
    var f = fields("Stake in refiner",
        "Harland Oil Plc, a Cork, Ireland, oil company, said it has acquired a 6 pct stake in Delta Corp.");
    Entity harland = entity("O1", EntityType.ORGANIZATION, "Harland Oil Plc", f, "Harland Oil Plc");
    Entity cork = entity("L1", EntityType.PLACE, "Cork", f, "Cork");
    Entity ireland = entity("L2", EntityType.PLACE, "Ireland", f, "Ireland");
    List<Quote> q = run("en", f, harland, cork, ireland);
    assertEquals("Harland Oil Plc", speakerName(startingWith(q, "it has acquired")));
  }

  @Test
  void englishAgeAndHomeTownInsideAnAppositiveBeforeARelative() {
    var f = fields("Voters and the race",
        "\"Neither of them speaks for me,\" Paul Grant, 41, of Dayton, Ohio, who took part in the survey, said on Monday.");
    Entity paul = person("P1", "Paul Grant", f, "Paul Grant");
    Entity dayton = entity("L1", EntityType.PLACE, "Dayton", f, "Dayton");
    Entity ohio = entity("L2", EntityType.PLACE, "Ohio", f, "Ohio");
    List<Quote> q = run("en", f, paul, dayton, ohio);
    assertEquals("Paul Grant", speakerName(startingWith(q, "Neither of them")));
  }
}
