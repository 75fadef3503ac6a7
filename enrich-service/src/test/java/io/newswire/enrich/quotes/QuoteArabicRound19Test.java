package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, nineteenth round: Arabic speakers, on invented sentences. */
class QuoteArabicRound19Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static Entity org(List<ArticleField> f, String name, String surface) {
    return entity("O" + surface.length(), EntityType.ORGANIZATION, name, f, surface);
  }

  /** Published as nobody known: no entity and no name, only the article's words. */
  private static boolean unnamed(Quote q) {
    return q.getSpeaker() == null || q.getSpeaker().getEntityId() == null && q.getSpeaker().getName() == null;
  }

  @Test
  void sourcesCloseToABodyStayUnnamed() {
    var f = fields("اشتباكات في الضواحي",
        "قال وزير الداخلية سامي الراشد إن قوات الأمن تسيطر على الوضع.",
        "وأفادت مصادر أمنية مقربة من وزارة الداخلية بأن الاشتباكات أسفرت عن سقوط عشرة جرحى.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد"),
        org(f, "Ministry of Interior", "وزارة الداخلية"));
    assertTrue(unnamed(startingWith(q, "الاشتباكات")), speakerName(startingWith(q, "الاشتباكات")));
    assertEquals("Sami al-Rashed", speakerName(startingWith(q, "قوات")), texts(q).toString());
  }

  @Test
  void officialsOfANamedClubStayUnnamed() {
    var f = fields("النادي يعلن رحيل مهاجمه",
        "قال نادي الوحدة أمس إن مهاجمه دفع قيمة الشرط الجزائي ورحل.",
        "وأشار مسؤولو الوحدة إلى أنهم يتفاوضون مع ناد آخر على بيع اللاعب.");
    List<Quote> q = run(f, org(f, "Al-Wehda Club", "نادي الوحدة"), org(f, "Al-Wehda Club", "الوحدة"));
    assertTrue(unnamed(startingWith(q, "أنهم يتفاوضون")), speakerName(startingWith(q, "أنهم يتفاوضون")));
  }

  @Test
  void mediaFrontedBeforeTheirVerbAreNotTheClubThatSpokeBefore() {
    var f = fields("النادي يعلن رحيل مهاجمه",
        "قال نادي الوحدة أمس إن مهاجمه دفع قيمة الشرط الجزائي ورحل. لكن وسائل إعلام محلية أشارت إلى أن اللاعب وقع لنادٍ منافس.");
    List<Quote> q = run(f, org(f, "Al-Wehda Club", "نادي الوحدة"));
    assertEquals("Al-Wehda Club", speakerName(startingWith(q, "مهاجمه")), texts(q).toString());
    assertTrue(unnamed(startingWith(q, "اللاعب")), speakerName(startingWith(q, "اللاعب")));
  }

  @Test
  void aPluralVerbStandsForPeopleLeftUnnamedNotForTheMinisterBefore() {
    var f = fields("عقوبات محتملة",
        "وقال وزير الخارجية أحمد سالم إن الحوار ما زال ممكنا.",
        "ولم يذكر الدبلوماسيون أسماء الأشخاص المعنيين، لكنهم قالوا إن القائمة باتت جاهزة.",
        "وكان مسلحون قد هددوا الحكومة بـ«أيام صعبة» قبل أسبوع.");
    List<Quote> q = run(f, person("P1", "Ahmed Salem", f, "أحمد سالم"), org(f, "Government", "الحكومة"));
    assertTrue(unnamed(startingWith(q, "القائمة")), speakerName(startingWith(q, "القائمة")));
    assertTrue(q.stream().filter(x -> x.getText().toString().startsWith("أيام صعبة")).allMatch(QuoteArabicRound19Test::unnamed),
        texts(q).toString());
  }

  @Test
  void aBodyTheEntityStepMissedIsNamedFromItsKindNounAndTheNameInParentheses() {
    var f = fields("الكونغرس يناقش تمويل الجمعيات",
        "قال البيت الأبيض إن الرئيس سيعارض أي خطوة لوقف تمويل منظمة (غرين هيلث) الأميركية للرعاية الصحية.",
        "وقالت المنظمة إنها لم تحقق أي ربح من برامجها وإن تكاليف النقل «أمر معتاد في القطاع الطبي».");
    List<Quote> q = run(f, org(f, "White House", "البيت الأبيض"));
    assertEquals("غرين هيلث", speakerName(startingWith(q, "أمر معتاد")), texts(q).toString());
    assertEquals("غرين هيلث", speakerName(startingWith(q, "إنها لم")), texts(q).toString());
  }

  @Test
  void aVerbalNounAfterANamedSubjectOfStressingIsTheReportedClause() {
    var f = fields("مواعيد جديدة للرحلات",
        "وأكدت هيئة الطيران المدني ضرورة التزام شركات النقل بالمواعيد الجديدة خلال موسم الصيف.",
        "وأكد قائد شرطة المنطقة بمدينة الدمام أن الحركة المرورية عادت إلى طبيعتها.");
    List<Quote> q = run(f, org(f, "General Authority of Civil Aviation", "هيئة الطيران المدني"));
    assertEquals("General Authority of Civil Aviation", speakerName(startingWith(q, "ضرورة التزام")), texts(q).toString());
    startingWith(q, "الحركة"); // بمدينة is part of the subject, not a verbal noun: the clause opens at أن
  }

  @Test
  void aNameAfterTheBodyARoleHeadsIsTheSubjectOfTheContinuation() {
    var f = fields("لقاح جديد",
        "وقالت المنظمة إن التجارب ستستمر حتى نهاية العام.",
        "وكانت المديرة التنفيذية لمنظمة الصحة العالمية سلمى فارس قد أعلنت أمس نتائج الدراسة، مشيرة إلى أن اللقاح آمن للأطفال.");
    List<Quote> q = run(f, org(f, "World Health Organization", "منظمة الصحة العالمية"));
    assertEquals("سلمى فارس", speakerName(startingWith(q, "اللقاح")), texts(q).toString());
  }

  @Test
  void aSourcePhraseEndingWithAMediumInMarksAttributesTheClauseAfterItWithoutAComma() {
    var f = fields("خلاف حول الميزانية",
        "قال وزير المالية أحمد سالم إن الميزانية ستقدم الشهر المقبل.",
        "ووفقا لصحيفة «فيلت آم زونتاغ» الألمانية هناك خلاف بين الوزيرين حول حجم الإنفاق على الطرق.");
    List<Quote> q = run(f, person("P1", "Ahmed Salem", f, "أحمد سالم"));
    assertEquals("فيلت آم زونتاغ", speakerText(startingWith(q, "هناك خلاف")), texts(q).toString());
  }
}
