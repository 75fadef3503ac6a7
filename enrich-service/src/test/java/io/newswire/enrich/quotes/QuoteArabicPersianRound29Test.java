package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-ninth round, on invented sentences: Persian headline words in marks with no cue are names
 * or titles, not the subject's words, unless a speaker's line holds them; after Arabic أبلغ (informed) the
 * last name before the clause is the one informed, not the speaker.
 */
class QuoteArabicPersianRound29Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static List<Quote> inHeadline(List<Quote> q) {
    return q.stream().filter(x -> x.getField().toString().equals("headline")).toList();
  }

  @Test
  void persianHeadlineWordsInMarksAreANameNotWordsSaid() {
    var f = fields("انجمن باغداران از طرح «باغ سبز» حمایت کرد",
        "انجمن باغداران شهرستان امروز از طرح تازه آبیاری روستاها حمایت کرد.");
    List<Quote> q = run("fa", f, entity("O1", EntityType.ORGANIZATION, "County Growers Association", f,
        "انجمن باغداران"));
    assertTrue(ofKind(inHeadline(q), QuoteKind.DIRECT).isEmpty(), texts(q).toString());
  }

  @Test
  void persianHeadlineWordsInMarksInsideASpeakersLineStaySaid() {
    var f = fields("مریم رحیمی: برنامه «بی‌بازگشت» اجرا نمی‌شود",
        "مریم رحیمی امروز گفت: برنامه تازه آبیاری روستاها اجرا نمی‌شود.");
    List<Quote> q = run("fa", f, person("P1", "Maryam Rahimi", f, "مریم رحیمی"));
    Quote marked = startingWith(inHeadline(q), "بی‌بازگشت");
    assertEquals(QuoteKind.DIRECT, marked.getKind(), texts(q).toString());
    assertEquals("Maryam Rahimi", speakerName(marked), texts(q).toString());
  }

  @Test
  void arabicHeadlineWordsInMarksAfterABodyStayItsWords() {
    var f = fields("وزارة الزراعة تتعهد بموسم «لا يترك أحدا»",
        "تعهدت وزارة الزراعة أمس بدعم المزارعين في الموسم المقبل.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Ministry of Agriculture", f, "وزارة الزراعة"));
    Quote marked = startingWith(inHeadline(q), "لا يترك");
    assertEquals(QuoteKind.DIRECT, marked.getKind(), texts(q).toString());
    assertEquals("Ministry of Agriculture", speakerName(marked), texts(q).toString());
  }

  @Test
  void theAgencyASourceInformedIsNotTheSpeaker() {
    var f = fields("استئناف المفاوضات",
        "وأبلغ المصدر وكالة الأنباء الوطنية بأن المفاوضات ستستأنف غدا في العاصمة.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "National News Agency", f,
        "وكالة الأنباء الوطنية"));
    Quote clause = startingWith(q, "المفاوضات ستستأنف");
    assertNotEquals("National News Agency", speakerName(clause), texts(q).toString());
  }

  @Test
  void aBodyThatInformedAnAgencyIsTheSourceOfTheClauseBefore() {
    var f = fields("تأجيل الرحلات",
        "تأجلت الرحلات إلى الأسبوع المقبل بسبب العاصفة، وفق ما أبلغت هيئة الطيران المدني وكالة الأنباء الوطنية اليوم.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Civil Aviation Authority", f,
        "هيئة الطيران المدني"), entity("O2", EntityType.ORGANIZATION, "National News Agency", f,
        "وكالة الأنباء الوطنية"));
    assertEquals("Civil Aviation Authority", speakerName(startingWith(q, "تأجلت الرحلات")), texts(q).toString());
  }

  @Test
  void aRoleHeldByANamedPersonAfterInformedIsStillTheSubject() {
    var f = fields("موعد الجلسة",
        "وأبلغ رئيس اللجنة خالد العمري الصحافيين بأن الجلسة تعقد يوم الأحد.");
    List<Quote> q = run("ar", f, person("P1", "Khalid Al-Omari", f, "خالد العمري"));
    assertEquals("Khalid Al-Omari", speakerName(startingWith(q, "الجلسة تعقد")), texts(q).toString());
  }
}
