package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
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
 * Issue 9, round 42 (second part), on invented sentences: a colon that opens a list of short names in marks
 * (: «X»، و«Y») opens no quotation; a verb of finding reports the clause after its complementizer (ووجد
 * الباحثون أن …), but not when negated (لم يجد … إلا أن 'had no choice but'); an expressed hope reports its clause
 * (أعرب X عن أمله في أن …), any other thing expressed does not.
 */
class QuoteArabicRound42bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aColonBeforeAListOfNamesInMarksOpensNoQuotation() {
    var f = fields("اجتماع مع الرعاة",
        "وأوضح سامر عيسى أنه سيلتقي الأسبوع المقبل ممثلي الشركات الراعية للبطولة: «نورا»، و«سحاب» و«ريم»، بعد أن طلبت تلك الشركات إيضاحات.");
    List<Quote> q = run(f, person("P1", "Samer Issa", f, "سامر عيسى"));
    for (Quote d : ofKind(q, QuoteKind.DIRECT)) {
      String t = d.getText().toString();
      assertTrue(!t.equals("نورا") && !t.equals("سحاب") && !t.equals("ريم"), texts(q).toString());
    }
  }

  @Test
  void aVerbOfFindingReportsTheClauseAfterItsComplementizer() {
    var f = fields("دراسة عن النوم",
        "وتابع فريق من جامعة الشمال ألف متطوع طوال عامين. ووجد الباحثون أن قلة النوم ترفع خطر الإصابة بالسكري.");
    List<Quote> q = run(f);
    Quote x = indirectStarting(q, "قلة النوم");
    assertTrue(x != null, texts(q).toString());
    assertTrue(x.getText().toString().startsWith("قلة النوم ترفع خطر الإصابة بالسكري"), x.getText().toString());
  }

  @Test
  void aNegatedVerbOfFindingReportsNothing() {
    var f = fields("أزمة في الحكومة",
        "وبعد أن خسر الحزب الأغلبية، لم يجد رئيس الحكومة إلا أن يقدم استقالته إلى البرلمان.");
    List<Quote> q = run(f);
    assertTrue(indirectStarting(q, "يقدم استقالته") == null, texts(q).toString());
    assertTrue(ofKind(q, QuoteKind.INDIRECT).isEmpty(), texts(q).toString());
  }

  @Test
  void anExpressedHopeReportsItsClause() {
    var f = fields("زيارة رسمية",
        "وأعرب كريم منصور عن أمله في أن تسهم الزيارة في تعزيز التعاون بين البلدين.");
    List<Quote> q = run(f, person("P1", "Karim Mansour", f, "كريم منصور"));
    Quote x = indirectStarting(q, "تسهم الزيارة");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Karim Mansour", speakerName(x));
  }

  @Test
  void anExpressedConcernIsNoCue() {
    var f = fields("زيارة رسمية",
        "وأعرب كريم منصور عن قلقه من تأخر المشروع، وقال إن الحكومة ستراجع الخطة.");
    List<Quote> q = run(f, person("P1", "Karim Mansour", f, "كريم منصور"));
    Quote x = indirectStarting(q, "الحكومة ستراجع");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Karim Mansour", speakerName(x));
    assertEquals(1, ofKind(q, QuoteKind.INDIRECT).size(), texts(q).toString());
  }
}
