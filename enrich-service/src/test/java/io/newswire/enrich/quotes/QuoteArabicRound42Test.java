package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 42, on invented sentences: verbs of admitting report the clause after a complementizer and
 * only then (اعترف أن …, not اعترف بالخطأ); after a comma, 'but' or 'when' before a speech verb (، لكنها حذرت من
 * أنه …, ، عندما قال إن …) opens the speaker's next statement and ends the clause before it.
 */
class QuoteArabicRound42Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void admittingWithAComplementizerEndsTheClauseBeforeItAndReportsItsOwn() {
    var f = fields("الاتحاد يبحث عن رعاة",
        "وقال كارلوس مندوزا إن الشركات طلبت معلومات عن خطط الإصلاح، واعترف أن الوضع أصبح صعبا على الاتحاد.");
    List<Quote> q = run(f, person("P1", "Carlos Mendoza", f, "كارلوس مندوزا"));
    Quote first = indirectStarting(q, "الشركات طلبت");
    assertTrue(first != null, texts(q).toString());
    assertEquals("الشركات طلبت معلومات عن خطط الإصلاح", first.getText().toString());
    Quote admitted = indirectStarting(q, "الوضع أصبح");
    assertTrue(admitted != null, texts(q).toString());
    assertEquals("Carlos Mendoza", speakerName(admitted));
  }

  @Test
  void admittingADeedIsNoCueAndLeavesTheClauseWhole() {
    var f = fields("اعتقال مشتبه به",
        "وقالت الشرطة في بيان إن المشتبه به اعتقل في المطار، واعترف أثناء التحقيق بالعمل لصالح شبكة تهريب.");
    List<Quote> q = run(f);
    Quote x = indirectStarting(q, "المشتبه به اعتقل");
    assertTrue(x != null, texts(q).toString());
    assertTrue(x.getText().toString().endsWith("شبكة تهريب"), x.getText().toString());
  }

  @Test
  void butBeforeAVerbOfWarningEndsTheClause() {
    var f = fields("تقرير عن الاقتصاد",
        "وأكدت ليلى حداد أن الوضع الراهن في البلاد مستقر، لكنها حذرت من أنه إذا انهار فجأة فسيكون الثمن باهظا.");
    List<Quote> q = run(f, person("P1", "Layla Haddad", f, "ليلى حداد"));
    Quote first = indirectStarting(q, "الوضع الراهن");
    assertTrue(first != null, texts(q).toString());
    assertEquals("الوضع الراهن في البلاد مستقر", first.getText().toString());
    Quote warned = indirectStarting(q, "أنه إذا انهار");
    assertTrue(warned != null, texts(q).toString());
    assertEquals("Layla Haddad", speakerName(warned));
  }

  @Test
  void whenBeforeASpeechVerbEndsTheClause() {
    var f = fields("تصريحات مثيرة للجدل",
        "وكان سامي نصار قد قال إن التنظيم أسهل في الدول الصغيرة، عندما قال إن المدينة اشترت حق الاستضافة.");
    List<Quote> q = run(f, person("P1", "Sami Nassar", f, "سامي نصار"));
    Quote first = indirectStarting(q, "التنظيم أسهل");
    assertTrue(first != null, texts(q).toString());
    assertEquals("التنظيم أسهل في الدول الصغيرة", first.getText().toString());
    assertTrue(indirectStarting(q, "المدينة اشترت") != null, texts(q).toString());
  }
}
