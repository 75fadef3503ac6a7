package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 51b, on invented sentences: a source closing its sentence after كما may run on with words about
 * itself (في تقرير …, في اتصال مع …, الذي …) and still attributes the clause before its comma.
 */
class QuoteArabicRound51bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void theSourcesReportAfterItStillClosesTheSentence() {
    var f = fields("الأوضاع في الإقليم",
        "تراجع عدد النازحين في الإقليم بشكل ملحوظ خلال الأشهر الستة الأولى من العام، "
            + "كما تقول منظمة الصحة العالمية في تقرير نشرته على موقعها هذا الأسبوع.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "World Health Organization", f,
        "منظمة الصحة العالمية"));
    Quote clause = indirectStarting(q, "تراجع عدد النازحين");
    assertNotNull(clause, texts(q).toString());
    assertEquals("World Health Organization", speakerName(clause), texts(q).toString());
  }

  @Test
  void aRelativeClauseOnTheSourceStillClosesTheSentence() {
    var f = fields("سوق العقارات",
        "ارتفعت أسعار الشقق القريبة من البحر بنحو عشرة في المائة هذا العام، "
            + "كما أوضح الوسيط العقاري الذي باع منذ بداية العام عشرات الشقق في المنطقة.");
    assertNotNull(indirectStarting(run(f), "ارتفعت أسعار الشقق"), texts(run(f)).toString());
  }

  @Test
  void aRelativeSetOffByACommaStillClosesTheSentence() {
    var f = fields("سوق السلاح",
        "تباع البنادق الخفيفة في أسواق المدينة بأسعار زهيدة منذ سنوات، "
            + "كما يقول التاجر، الذي لا يتحدث كثيرا عن مصادر البضاعة التي يبيعها في متجره الصغير.");
    assertNotNull(indirectStarting(run(f), "تباع البنادق"), texts(run(f)).toString());
  }

  @Test
  void aStatementOfItsOwnAfterKamaStaysAlone() {
    var f = fields("القبض على خلية",
        "ألقت الشرطة القبض على خمسة أشخاص في المدينة أمس، "
            + "كما أكد المتحدث في بيان أن التحقيق مستمر مع المشتبه بهم.",
        "وصل الوزير إلى العاصمة مساء أمس، كما قال الناطق في تصريح مقتضب، ثم توجه إلى مقر الحكومة.");
    List<Quote> q = run(f);
    assertNull(indirectStarting(q, "ألقت الشرطة"), texts(q).toString());
    assertNull(indirectStarting(q, "وصل الوزير"), texts(q).toString());
  }
}
