package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-fourth round, on invented sentences: Arabic source phrases after their clause that the
 * earlier markers missed, كما before a speech verb whose source ends the sentence, على ما before the verb,
 * and a verb whose object pronoun takes up the clause after حسبما / وفق ما.
 */
class QuoteArabicPersianRound24Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static boolean noneStarts(List<Quote> q, String prefix) {
    return q.stream().noneMatch(x -> x.getText().toString().startsWith(prefix));
  }

  @Test
  void kamaBeforeASourceThatEndsTheSentenceAttributesTheClauseBefore() {
    var f = fields("أسعار القمح",
        "ارتفعت أسعار القمح في الأسواق المحلية خلال الأسبوع الماضي بنسبة كبيرة، كما قالت وزارة الزراعة.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Agriculture", f, "وزارة الزراعة"));
    Quote clause = startingWith(q, "ارتفعت أسعار");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Ministry of Agriculture", speakerName(clause), texts(q).toString());
  }

  @Test
  void kamaThatAddsAStatementOfItsOwnLeavesTheSentenceBeforeAlone() {
    var f = fields("معرض الكتاب",
        "افتتح الوزير المعرض الجديد في المدينة صباح اليوم بحضور عدد من المسؤولين، كما أكد أن المعرض سيستمر شهرا.");
    List<Quote> q = run(f);
    assertTrue(noneStarts(q, "افتتح الوزير"), texts(q).toString());
    Quote own = startingWith(q, "المعرض سيستمر");
    assertEquals(QuoteKind.INDIRECT, own.getKind(), texts(q).toString());
  }

  @Test
  void kamaInsideTheSentenceIsNoSourceAfterTheClause() {
    var f = fields("الانتخابات",
        "تأجلت الانتخابات المحلية إلى موعد لم يحدد بعد، كما قالت اللجنة، لأسباب تتعلق بالأمن في بعض المناطق.");
    List<Quote> q = run(f);
    assertTrue(noneStarts(q, "تأجلت الانتخابات"), texts(q).toString());
  }

  @Test
  void alaMaBeforeTheAgencysVerbAttributesTheClauseBefore() {
    var f = fields("انفجار في العاصمة",
        "قتل ثلاثة أشخاص في انفجار وقع صباح اليوم في وسط العاصمة، على ما نقلت وكالة الأنباء الرسمية.");
    List<Quote> q = run(f);
    Quote clause = startingWith(q, "قتل ثلاثة");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
  }

  @Test
  void aResumptivePronounAfterHasbamaTakesUpTheClauseBefore() {
    var f = fields("رحيل المدرب",
        "سيغادر المدرب الفريق في نهاية الموسم الحالي بعد خلافات مع الإدارة، حسبما ذكرته صحيفة «الأيام» المحلية.");
    List<Quote> q = run(f);
    Quote clause = startingWith(q, "سيغادر المدرب");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
  }

  @Test
  void aResumptiveVerbWithoutAnAsMarkerReportsNothing() {
    var f = fields("الخبر",
        "نشر الموقع تفاصيل الصفقة الجديدة بين الشركتين يوم أمس، وهو ما ذكرته الصحيفة في عددها الأخير.");
    List<Quote> q = run(f);
    assertTrue(noneStarts(q, "نشر الموقع"), texts(q).toString());
  }

  @Test
  void aRelayingVerbAfterItsClauseWithNoOneQuotedFromGivesTheMedium() {
    var f = fields("زيارة الوفد",
        "وصل وفد اقتصادي كبير إلى العاصمة صباح اليوم في زيارة تستمر ثلاثة أيام، حسبما نقلت وكالة الأنباء الوطنية.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "National News Agency", f, "وكالة الأنباء الوطنية"));
    Quote clause = startingWith(q, "وصل وفد");
    assertEquals("National News Agency", speakerName(clause), texts(q).toString());
  }

  @Test
  void aRelayingVerbBeforeItsWordsWithNoOneQuotedFromKeepsNoSpeaker() {
    var f = fields("تصريحات المدرب",
        "ونقلت الصحف المحلية تصريحات المدرب أمس، وفيها أن الفريق سيلعب مباراته المقبلة من دون نجمه الأول.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Local press", f, "الصحف المحلية"));
    assertTrue(q.stream().noneMatch(x -> "Local press".equals(speakerName(x))), texts(q).toString());
  }
}
