package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53, on invented sentences: an Arabic reported clause runs on over ، وذلك …, ، مما … and ، فيما …
 * (the speaker's explanation, consequence or added figure) to its sentence's end; وذلك before a source phrase
 * and فيما before a speech verb still end it.
 */
class QuoteArabicRound53Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "ar", List.of());
  }

  private static void runsOnTo(List<Quote> q, String start, String word) {
    Quote clause = indirectStarting(q, start);
    assertNotNull(clause, texts(q).toString());
    assertTrue(clause.getText().toString().contains(word), clause.getText().toString());
  }

  @Test
  void theClauseRunsOnOverWadhalika() {
    var f = fields("مدارس جديدة في المنطقة",
        "وقال المتحدث باسم الإدارة إن الإدارة ستفتح ثلاث مدارس جديدة في المنطقة، وذلك بعد اكتمال أعمال الصيانة فيها.");
    runsOnTo(run(f), "الإدارة ستفتح", "اكتمال أعمال الصيانة");
  }

  @Test
  void theClauseRunsOnOverMimma() {
    var f = fields("أمطار غزيرة",
        "وأوضح مدير الدفاع المدني أن الأمطار تواصلت ثلاثة أيام، مما أدى إلى إغلاق عدد من الطرق الفرعية.");
    runsOnTo(run(f), "الأمطار تواصلت", "إغلاق عدد من الطرق");
  }

  @Test
  void theClauseRunsOnOverFimaBeforeANarrativeVerb() {
    var f = fields("المهرجان الصيفي",
        "وأشار مدير المهرجان إلى أن عدد الزوار بلغ عشرة آلاف زائر، فيما بلغ عدد المتطوعين مئتي متطوع.");
    runsOnTo(run(f), "عدد الزوار", "المتطوعين");
  }

  @Test
  void fimaBeforeASpeechVerbStillEndsTheClause() {
    var f = fields("المهرجان الصيفي",
        "وأشار مدير المهرجان إلى أن عدد الزوار بلغ عشرة آلاف زائر، فيما قال رئيس البلدية إن المهرجان سيمدد أسبوعا.");
    Quote first = indirectStarting(run(f), "عدد الزوار");
    assertNotNull(first, texts(run(f)).toString());
    assertTrue(!first.getText().toString().contains("البلدية"), first.getText().toString());
  }

  @Test
  void fimaBeforeAVerbOfPublishingStillEndsTheClause() {
    var f = fields("وفاة لاعب سابق",
        "وقال مصدر في النادي إن اللاعب توفي في المستشفى بعد مرض طويل، فيما نشرت صحف محلية نعيا له على صفحاتها الأولى.");
    Quote clause = indirectStarting(run(f), "اللاعب توفي");
    assertNotNull(clause, texts(run(f)).toString());
    assertTrue(!clause.getText().toString().contains("صحف"), clause.getText().toString());
  }

  @Test
  void wadhalikaBeforeASourcePhraseStillEndsTheClause() {
    var f = fields("صفقة جديدة",
        "وقال مدرب الفريق إن النادي اتفق مع اللاعب على عقد لثلاثة مواسم، وذلك بحسب ما كشفت صحيفة محلية أمس.");
    Quote clause = indirectStarting(run(f), "النادي اتفق");
    assertNotNull(clause, texts(run(f)).toString());
    assertTrue(!clause.getText().toString().contains("صحيفة"), clause.getText().toString());
  }
}
