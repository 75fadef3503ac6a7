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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, eighteenth round: the Persian side of the round's convention, on invented sentences. */
class QuotePersianRound18Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aVerbalNounStressedWithBarIsNoClauseButAClauseWithKeIs() {
    var f = fields("دیدار رئیس دانشگاه",
        "حمید رضایی رئیس دانشگاه تبریز در دیدار با استادان بر لزوم گسترش همکاری‌های پژوهشی تاکید کرد.",
        "وی همچنین تاکید کرد که دانشگاه تا پایان سال دو آزمایشگاه تازه راه‌اندازی می‌کند.");
    List<Quote> q = run(f, person("P1", "Hamid Rezaei", f, "حمید رضایی"));
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().contains("لزوم گسترش")), texts(q).toString());
    assertEquals("Hamid Rezaei", speakerName(startingWith(q, "دانشگاه تا پایان")));
  }

  @Test
  void aColonStatementAfterANameAndRoleKeepsThatSpeakerThroughTheRole() {
    var f = fields("طرح تازه پلیس",
        "مهدی کریمی فرمانده انتظامی استان زنجان اظهار داشت: این طرح با هدف افزایش امنیت محله‌ها اجرا می‌شود.",
        "فرمانده انتظامی استان زنجان ادامه داد: همکاری مردم در موفقیت این طرح نقش مهمی دارد.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    assertEquals("Mehdi Karimi", speakerName(startingWith(q, "این طرح")), texts(q).toString());
    assertEquals("Mehdi Karimi", speakerName(startingWith(q, "همکاری مردم")));
  }

  @Test
  void thePerfectOfTakidKardIsACueAsTheOtherPerfectsAre() {
    var f = fields("نامه مدیرکل گمرک",
        "علی احمدی مدیرکل گمرک استان کرمان در نامه‌ای تاکید کرده است: ارسال کالا به این گمرک تا اطلاع ثانوی متوقف می‌شود.");
    List<Quote> q = run(f, person("P1", "Ali Ahmadi", f, "علی احمدی"));
    assertEquals("Ali Ahmadi", speakerName(startingWith(q, "ارسال کالا")), texts(q).toString());
  }
}
