package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, sixteenth round: Arabic speakers named after their role with a name the entity step missed, on invented sentences. */
class QuoteArabicRound16Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  /** A place the entity step found, so the article counts as one with entities (as every dispatch does). */
  private static Entity place(List<ArticleField> f, String surface) {
    return entity("L1", EntityType.PLACE, "Place", f, surface);
  }

  // ------------------------------------------------------------------ Arabic: a name the entity step missed, after the role

  @Test
  void arabicNameSetOffByCommasAfterTheRoleIsTheSpeaker() {
    var f = fields("الموازنة أمام البرلمان",
        "من جانبها، قالت عضو لجنة المالية في البرلمان، النائبة سوزان خليل داود، للصحافيين في بغداد إن الموازنة ستقر الأسبوع المقبل.",
        "وأضافت أن اللجنة ستستمع إلى وزير المالية.");
    List<Quote> q = run("ar", f, place(f, "بغداد"));
    assertEquals("سوزان خليل داود", speakerName(startingWith(q, "الموازنة")), texts(q).toString());
    assertEquals("سوزان خليل داود", speakerName(startingWith(q, "اللجنة")));
  }

  @Test
  void arabicNameWithTheArticleClosingALongRoleBeforeTheClauseIsTheSpeaker() {
    var f = fields("عودة العالقين",
        "صرح المتحدث الرسمي باسم هيئة الطرق والنقل البري رامي الحداد، أن الطريق إلى عمان سيفتح غدا.",
        "وأوضح أن الهيئة أكملت الصيانة.");
    List<Quote> q = run("ar", f, place(f, "عمان"));
    assertEquals("رامي الحداد", speakerName(startingWith(q, "الطريق")));
    assertEquals("رامي الحداد", speakerName(startingWith(q, "الهيئة")));
  }

  @Test
  void arabicNameAfterADescriptionAndACommaIsTheSpeaker() {
    var f = fields("دراسة عن الجسور",
        "وقال كبير المهندسين الذين صمموا الجسر، توماس بيرغ إن الجسر في أوسلو يتحمل الزلازل.");
    List<Quote> q = run("ar", f, place(f, "أوسلو"));
    assertEquals("توماس بيرغ", speakerName(startingWith(q, "الجسر")));
  }

  @Test
  void arabicAdverbAfterADefiniteWordIsNoName() {
    var f = fields("حفل في قرطاج",
        "غنت المطربة في قرطاج أمس أمام جمهور كبير.",
        "وقالت واحدة من الحاضرات عقب الحفل «كان الحفل رائعا وسنعود إلى المهرجان في العام المقبل»");
    List<Quote> q = run("ar", f, place(f, "قرطاج"));
    assertNull(speakerName(startingWith(q, "كان الحفل")));
  }

  @Test
  void arabicKnownPersonAfterTheRoleStillWins() {
    var f = fields("زيارة",
        "وقال وزير الخارجية، سامي الراشد، إن الزيارة ناجحة.");
    Entity rashed = person("P1", "Sami al-Rashed", f, "سامي الراشد");
    assertEquals("Sami al-Rashed", speakerName(startingWith(run("ar", f, rashed), "الزيارة")));
  }

  @Test
  void arabicPersonFoundInPartAfterAnAdjunctAndATitleIsTheSpeaker() {
    var f = fields("السجون",
        "بدورها، رجحت عضو لجنة الصحة في مجلس المحافظة، النائبة ليلى حميد كاكا، في حديث للصحافيين في أربيل أن المريضة ستنقل إلى مستشفى آخر.");
    Entity kaka = person("P1", "Hamid Kaka", f, "حميد كاكا");
    List<Quote> q = run("ar", f, kaka, place(f, "أربيل"));
    assertEquals("Hamid Kaka", speakerName(startingWith(q, "المريضة")), texts(q).toString());
  }

  @Test
  void arabicNameAfterWithACounterpartIsNotTheSpeaker() {
    var f = fields("مؤتمر صحافي",
        "وقال وزير الخارجية في مؤتمر صحافي مع نظيره، يان كوفاتش، في الرياض إن المحادثات كانت مثمرة.");
    List<Quote> q = run("ar", f, place(f, "الرياض"));
    assertNull(speakerName(startingWith(q, "المحادثات")), texts(q).toString());
  }

  // ------------------------------------------------------------------ Arabic: a document speaks for its issuer

  @Test
  void arabicDefiniteStatementGoesOnFromTheBodySpeaking() {
    var f = fields("اتحاد التنس يؤجل البطولة",
        "وأصدر الاتحاد السعودي للتنس اليوم بيانا قال فيه إن البطولة أجلت إلى الشهر المقبل في جدة.",
        "وأكد البيان أن اللاعبين سيبلغون بالموعد الجديد.");
    Entity federation = entity("O1", EntityType.ORGANIZATION, "Saudi Tennis Federation", f, "الاتحاد السعودي للتنس");
    List<Quote> q = run("ar", f, federation, place(f, "جدة"));
    assertEquals("Saudi Tennis Federation", speakerName(startingWith(q, "اللاعبين")), texts(q).toString());
  }

  @Test
  void arabicDefiniteReportWithNoBodySpeakingStaysUnnamed() {
    var f = fields("تقرير عن المياه",
        "وذكر التقرير أن استهلاك المياه في جدة ارتفع العام الماضي.");
    assertNull(speakerName(startingWith(run("ar", f, place(f, "جدة")), "استهلاك")));
  }

  @Test
  void arabicDataOfANamedBodyAreThatBodys() {
    var f = fields("التضخم يتراجع",
        "وأظهرت بيانات هيئة الإحصاء في الرياض أمس أن التضخم تراجع إلى اثنين في المائة.");
    Entity stats = entity("O1", EntityType.ORGANIZATION, "General Authority for Statistics", f, "هيئة الإحصاء");
    assertEquals("General Authority for Statistics",
        speakerName(startingWith(run("ar", f, stats, place(f, "الرياض")), "التضخم")));
  }

  @Test
  void arabicPlainWordsAfterADefiniteObjectAreNoName() {
    var f = fields("المصادرات",
        "وصادرت السلطات في طهران مائة شحنة بالكامل منذ بداية مايو. وقالت إن المفتشين رصدوا المخالفات.");
    List<Quote> q = run("ar", f, place(f, "طهران"));
    assertNull(speakerName(startingWith(q, "المفتشين")), texts(q).toString());
  }
}
