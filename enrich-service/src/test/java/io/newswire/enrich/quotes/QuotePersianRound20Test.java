package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, twentieth round: Persian hope and confidence that a clause holds, on invented sentences. */
class QuotePersianRound20Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void hopeWithoutKeTakesTheClauseAfterTheVerb() {
    var f = fields("دیدار دو وزیر",
        "کریم احمدی وزیر بازرگانی در دیدار همتای ترکیه‌ای خود ابراز امیدواری کرد حجم مبادلات دو کشور تا پایان سال دو برابر شود.",
        "احمدی همچنین اظهار امیدواری کرد که قرارداد حمل و نقل ریلی به زودی امضا شود.");
    List<Quote> q = run(f, person("P1", "Karim Ahmadi", f, "کریم احمدی", "احمدی"));
    Quote bare = startingWith(q, "حجم مبادلات");
    assertEquals(QuoteKind.INDIRECT, bare.getKind());
    assertEquals("Karim Ahmadi", speakerName(bare), texts(q).toString());
    assertEquals("Karim Ahmadi", speakerName(startingWith(q, "قرارداد حمل")), texts(q).toString());
  }

  @Test
  void confidenceTakesItsClauseButAnExpressionWithItsObjectBeforeItDoesNot() {
    var f = fields("نشست وزیران",
        "وزیر خارجه اتریش ابراز اطمینان کرده نشست بعدی در موعد مقرر برگزار خواهد شد.",
        "وی از این تصمیم ابراز تاسف کرد.",
        "وی نگرانی خود را ابراز کرد دولت باید پاسخ دهد.");
    List<Quote> q = run(f);
    assertEquals(QuoteKind.INDIRECT, startingWith(q, "نشست بعدی").getKind(), texts(q).toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("دولت باید")), texts(q).toString());
  }

  @Test
  void aPlayerDescribedByHisClubIsThePlayerNotTheClub() {
    var f = fields("هافبک: باید به باشگاه ثابت می‌کردم",
        "ستاره برزیلی استقلال تهران تاکید کرد باید به مدیران این باشگاه ثابت می‌کرد که ارزش قراردادش را دارد.",
        "ژوزه سانتوس در ادامه گفت: از حضور در این تیم خوشحالم.");
    List<Quote> q = run(f, person("P1", "Jose Santos", f, "ژوزه سانتوس"),
        entity("O1", EntityType.ORGANIZATION, "Esteghlal Tehran", f, "استقلال تهران"));
    Quote described = startingWith(q, "باید به مدیران");
    assertTrue(described.getSpeaker() == null || !"O1".equals(String.valueOf(described.getSpeaker().getEntityId())),
        texts(q).toString());
  }
}
