package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 45, on invented sentences: two words in marks, one of them a number (a model, a product, a
 * unit: «إف 16», «الفرقة 30»), inside a reported clause are a name, not words said; a dual verb (أكدا, أكدتا)
 * with no subject of its own is two speakers together, not the one who spoke last.
 */
class QuoteArabicRound45Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aModelNamedByItsNumberInMarksIsNoQuotation() {
    var f = fields("القوات الجوية تتسلم طائرات جديدة",
        "وقال اللواء كمال يوسف إن الطراز الجديد «إكس 5» سيدخل الخدمة في القوات الجوية العام المقبل.");
    List<Quote> q = run(f, person("P1", "Kamal Youssef", f, "كمال يوسف"));
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "إكس 5"), texts(q).toString());
    assertTrue(anyStartsWith(ofKind(q, QuoteKind.INDIRECT), "الطراز الجديد"), texts(q).toString());
  }

  @Test
  void aUnitNamedByItsNumberInMarksIsNoQuotation() {
    var f = fields("اشتباكات في الشمال",
        "وأوضح القائد سامر ناصر أن مقاتلي «الفرقة 30» انسحبوا من القرية بعد الهجوم.");
    List<Quote> q = run(f, person("P1", "Samer Nasser", f, "سامر ناصر"));
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "الفرقة 30"), texts(q).toString());
  }

  @Test
  void twoWordsSaidInMarksStayAQuotation() {
    // no number: the speaker's own two words, marked inside the clause, are still DIRECT
    var f = fields("الوزير يصف الاتفاق",
        "وقال الوزير كمال يوسف إن الاتفاق «إنجاز تاريخي» للبلدين.");
    List<Quote> q = run(f, person("P1", "Kamal Youssef", f, "كمال يوسف"));
    assertTrue(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "إنجاز تاريخي"), texts(q).toString());
  }

  @Test
  void aDualVerbIsNotTheLastSpeakerGoingOn() {
    var f = fields("الحركتان تنددان بالهجوم",
        "وقال المتحدث سامي العلي إن الهجوم استهدف المدنيين.",
        "وحملت الحركتان الاحتلال المسؤولية الكاملة، وأكدتا أن الرد سيكون قريبا.");
    List<Quote> q = run(f, person("P1", "Sami al-Ali", f, "سامي العلي"));
    Quote first = startingWith(q, "الهجوم استهدف");
    assertTrue(first != null, texts(q).toString());
    assertEquals("Sami al-Ali", speakerName(first), speakerText(first));
    Quote dual = startingWith(q, "الرد سيكون");
    assertTrue(dual != null, texts(q).toString());
    assertNull(speakerName(dual), speakerText(dual));
  }

  @Test
  void aMasculineDualVerbReportsAClauseOfNoOnePerson() {
    var f = fields("لقاء وزيري الخارجية",
        "والتقى الوزير كمال يوسف نظيره الأردني في عمان أمس. وأكدا أن البلدين سيوقعان اتفاقا جديدا للتعاون.");
    List<Quote> q = run(f, person("P1", "Kamal Youssef", f, "كمال يوسف"));
    Quote dual = startingWith(q, "البلدين سيوقعان");
    assertTrue(dual != null, texts(q).toString());
    assertNull(speakerName(dual), speakerText(dual));
  }
}
