package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 59, on invented sentences: an Arabic speech verb opening its sentence reports the clause after a
 * complementizer that a comma sets off from the subject's appositions and adjuncts, however long they run (قالت
 * X، Y، في اجتماع …، إنه …) or when a preposition stands before it (وحذر X، في جلسة …، هذا الأسبوع، من أن …).
 */
class QuoteArabicRound59Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aLongAppositionAndAdjunctBeforeInna() {
    var f = fields("محادثات",
        "في غضون ذلك، قالت مسؤولة العلاقات الخارجية في المجلس الإقليمي، سارة الخالدي، في اجتماع مغلق مع أعضاء "
            + "اللجنة المالية في البرلمان، إنه يجب البدء في محادثات جديدة مع الجيران.");
    List<Quote> q = run(f, person("P1", "Sarah al-Khalidi", f, "سارة الخالدي"));
    Quote clause = startingWith(q, "إنه يجب البدء");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Sarah al-Khalidi", speakerName(clause));
  }

  @Test
  void twoAdjunctsBeforeMinAnna() {
    var f = fields("الموازنة",
        "وحذر وزير المالية، عمر الحسن، في جلسة للبرلمان، هذا الأسبوع، من أن رفض الخطة سيزيد العجز في الموازنة.");
    List<Quote> q = run(f, person("P1", "Omar al-Hassan", f, "عمر الحسن"));
    assertNotNull(startingWith(q, "رفض الخطة"), texts(q).toString());
  }

  @Test
  void aReceptionAdjunctBeforeAnna() {
    var f = fields("المشروع",
        "ومن جانبه، أوضح الوزير خالد العمري خلال استقباله نادر الشهري، رئيس الغرفة التجارية، أمس في مكتبه "
            + "بالرياض، أن المشروع سيكتمل قبل نهاية العام المقبل.");
    List<Quote> q = run(f, person("P1", "Khalid al-Omari", f, "خالد العمري"),
        person("P2", "Nader al-Shehri", f, "نادر الشهري"));
    Quote clause = startingWith(q, "المشروع سيكتمل");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Khalid al-Omari", speakerName(clause));
  }

  @Test
  void noCommaBeforeTheComplementizerReportsNothingFarOff() {
    // the far أن belongs to the interposed words (بعد أن), not to the verb
    var f = fields("الزيارة",
        "وقال الوزير خالد العمري في مؤتمر صحافي عقده في مقر الوزارة بالرياض مساء أمس بحضور عدد كبير من "
            + "المسؤولين بعد أن انتهت الجلسة الطويلة.");
    List<Quote> q = run(f, person("P1", "Khalid al-Omari", f, "خالد العمري"));
    assertTrue(texts(q).stream().noneMatch(t -> t.contains("انتهت")), texts(q).toString());
  }
}
