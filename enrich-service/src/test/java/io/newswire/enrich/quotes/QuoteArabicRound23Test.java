package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-third round, on invented sentences: a relative clause on the subject of a speech verb that
 * runs past the usual look-ahead before the verb's complementizer.
 */
class QuoteArabicRound23Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aLongRelativeClauseOnTheSubjectStillReachesTheClause() {
    var f = fields("مشاريع المنطقة الشرقية",
        "وأكد الوزير سامي الراشد الذي كان قد زار المنطقة الشرقية مع وفد من رجال الأعمال في جولة استمرت ثلاثة أيام،"
            + " في مؤتمر صحافي أن المشاريع الجديدة ستنطلق مطلع العام المقبل.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد"));
    Quote clause = startingWith(q, "المشاريع الجديدة");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Sami al-Rashed", speakerName(clause), texts(q).toString());
  }

  @Test
  void aCueWordInsideTheSentenceIsNoVerbWithARelativeSubject() {
    var f = fields("عودة اللاعب",
        "وعاد اللاعب إلى التدريبات بين زملائه مدرب الفريق الذي لن يستطيع إشراكه في المباريات الرسمية قبل الجولة"
            + " الثالثة من الدوري، وهي المدة المتوقع أن يعود خلالها إلى الملعب بكامل لياقته.");
    List<Quote> q = run(f);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("يعود خلالها")), texts(q).toString());
  }

  @Test
  void aReportNestedPastTheUsualReachIsLeftToItsOwnVerb() {
    var f = fields("رسالة صديقة",
        "قالت الطالبة منى (17 سنة)، وهي إحدى طالبات المدرسة التي ما زالت على اتصال دائم عبر الهاتف بصديقتها التي"
            + " سافرت منذ أشهر طويلة إلى الخارج، إن صديقتها أكدت لها أن الحياة هناك صعبة جدا على الجميع.");
    List<Quote> q = run(f);
    Quote inner = startingWith(q, "الحياة هناك");
    assertEquals(QuoteKind.INDIRECT, inner.getKind(), texts(q).toString());
  }
}
