package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 54, on invented sentences: a verbal noun whose first root letter is و (وفاة، وجود) is the object
 * of a verb of stressing or denying, not a conjunction, and one after a long titled subject is still found; ruling
 * out (استبعد أن) reports its clause, and a clause before it ends at its ، كما.
 */
class QuoteArabicRound54Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aWawVerbalNounIsTheStressedContent() {
    var f = fields("حادث في الجنوب",
        "وأكد سامي الحربي المتحدث باسم الدفاع المدني وفاة شخصين وإصابة ثلاثة آخرين في الحادث.");
    List<Quote> q = run(f, person("P1", "Sami Al-Harbi", f, "سامي الحربي"));
    Quote death = indirectStarting(q, "وفاة شخصين");
    assertNotNull(death, texts(q).toString());
    assertEquals("Sami Al-Harbi", speakerName(death));
  }

  @Test
  void aLongTitledSubjectStillTakesItsVerbalNoun() {
    var f = fields("ورشة عمل صحية",
        "وأكد المدير العام للمركز الوطني للأبحاث الطبية الدكتور خالد بن محمد العتيبي أهمية تبادل الخبرات بين المستشفيات.");
    List<Quote> q = run(f, person("P1", "Khalid bin Mohammed Al-Otaibi", f, "خالد بن محمد العتيبي"));
    Quote stressed = indirectStarting(q, "أهمية تبادل");
    assertNotNull(stressed, texts(q).toString());
    assertEquals("Khalid bin Mohammed Al-Otaibi", speakerName(stressed));
  }

  @Test
  void rulingOutReportsItsClauseAndEndsTheOneBefore() {
    var f = fields("حادث في الجنوب",
        "وأكد سامي الحربي المتحدث باسم الدفاع المدني وفاة شخصين في الحادث، كما استبعد أن يكون الحريق متعمدا.");
    List<Quote> q = run(f, person("P1", "Sami Al-Harbi", f, "سامي الحربي"));
    Quote death = indirectStarting(q, "وفاة شخصين");
    assertNotNull(death, texts(q).toString());
    assertFalse(death.getText().toString().contains("الحريق"), death.getText().toString());
    Quote ruledOut = indirectStarting(q, "يكون الحريق");
    assertNotNull(ruledOut, texts(q).toString());
    assertEquals("Sami Al-Harbi", speakerName(ruledOut));
  }
}
