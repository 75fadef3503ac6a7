package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 40b, on invented sentences: marked words a preposition governs inside a reported clause
 * (ملتزمة بـ«…», تمر في «…», من «…» و«…») are the clause's speaker's words unless a name fills them; a judging
 * verb with an object pronoun gives the marked judgement after its subject to that subject (اعتبرها X «…»).
 */
class QuoteArabicRound40bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static Quote direct(List<Quote> q, String text) {
    return ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals(text)).findFirst()
        .orElse(null);
  }

  @Test
  void markedObjectOfAPrepositionInAClauseIsSaid() {
    var f = fields("الوزير يتحدث عن الموازنة",
        "وقال وزير المالية سامر الحداد إن الحكومة ملتزمة بـ«خفض العجز تدريجيا» خلال العامين المقبلين.");
    List<Quote> q = run(f, person("P1", "Samer Haddad", f, "سامر الحداد"));
    Quote x = direct(q, "خفض العجز تدريجيا");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Samer Haddad", speakerName(x));
  }

  @Test
  void coordinatedMarkedObjectsAreBothSaid() {
    var f = fields("البلدية تؤجل المهرجان",
        "وأعلنت البلدية أنها ستؤجل المهرجان، مشيرة إلى أن قرارها يعود إلى مخاوف من «الازدحام الشديد» و«الأحوال الجوية السيئة».");
    List<Quote> q = run(f);
    assertTrue(direct(q, "الازدحام الشديد") != null, texts(q).toString());
    assertTrue(direct(q, "الأحوال الجوية السيئة") != null, texts(q).toString());
  }

  @Test
  void aPlaceNameAfterAPrepositionIsNoQuote() {
    var f = fields("مقتل مسلح في سوريا",
        "وقال الباحث سامر الحداد إن المسلح قتل في «حلب الشرقية» الأسبوع الماضي.");
    List<Quote> q = run(f, person("P1", "Samer Haddad", f, "سامر الحداد"),
        entity("L1", EntityType.PLACE, "Aleppo", f, "حلب"));
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).contains("حلب الشرقية"), texts(q).toString());
  }

  @Test
  void coordinatedNamesAfterANounAreNoQuotes() {
    var f = fields("المهاجرون يعبرون الصحراء",
        "وقال الباحث سامر الحداد إن المهاجرين يصلون إلى مدن «الواحة البيضاء» و«النخلة الكبرى» قبل عبور البحر.");
    List<Quote> q = run(f, person("P1", "Samer Haddad", f, "سامر الحداد"));
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).contains("النخلة الكبرى"), texts(q).toString());
  }

  @Test
  void judgementAfterTheSubjectOfAJudgingVerbIsItsWords() {
    var f = fields("رئيس الوزراء يعرض خطته",
        "عرض رئيس الوزراء خطة لمكافحة الفقر؛ وهي قضية اعتبرها نادر العلي أمس «معركة هذا العقد»، متعهدا بتمويلها.");
    List<Quote> q = run(f, person("P1", "Nader al-Ali", f, "نادر العلي"));
    Quote x = direct(q, "معركة هذا العقد");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Nader al-Ali", speakerName(x));
  }
}
