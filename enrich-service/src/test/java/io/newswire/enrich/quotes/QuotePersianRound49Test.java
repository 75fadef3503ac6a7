package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 49, on invented sentences: a Persian name followed by (ره) or (ع) is someone who has died, a
 * namesake or someone spoken of in a report of today's words, not the speaker, unless it opens its sentence, or a
 * clause after a comma with the speech verb right after the mark.
 */
class QuotePersianRound49Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aLateNamesakeInsideARoleIsNotItsHolder() {
    var f = fields("آغاز ثبت‌نام خوابگاه‌ها",
        "رئیس دانشگاه آزاد اسلامی واحد امام خمینی(ره) شهر قدس گفت: ثبت‌نام خوابگاه‌ها از هفته آینده آغاز می‌شود.",
        "به گزارش خبرگزاری فارس، مهدی توکلی در جلسه شورای دانشگاه اظهار کرد: همه دانشجویان باید در سامانه ثبت‌نام کنند.",
        "رئیس دانشگاه آزاد اسلامی واحد امام خمینی(ره) شهر قدس افزود: ظرفیت خوابگاه‌ها امسال بیشتر شده است.");
    List<Quote> q = run(f, person("P1", "Ruhollah Khomeini", f, "خمینی"), person("P2", "Mehdi Tavakoli", f, "مهدی توکلی"));
    Quote last = indirectStarting(q, "ظرفیت خوابگاه‌ها");
    assertNotNull(last, texts(q).toString());
    assertEquals("Mehdi Tavakoli", speakerName(last), speakerText(last));
  }

  @Test
  void aLateNameSpokenOfIsNotTheSpeaker() {
    var f = fields("بزرگداشت سالگرد رحلت",
        "احمدی امام جمعه شهر از امام خمینی (ره) به عنوان احیاگر اندیشه دینی یاد کرد و اظهار داشت: مردم همیشه راه انقلاب را ادامه می‌دهند.");
    List<Quote> q = run(f, person("P1", "Ruhollah Khomeini", f, "خمینی"));
    Quote said = indirectStarting(q, "مردم همیشه");
    assertNotNull(said, texts(q).toString());
    assertNotEquals("Ruhollah Khomeini", speakerName(said), speakerText(said));
  }

  @Test
  void aLateNameOpeningAClauseWithItsVerbKeepsItsWords() {
    var f = fields("عدالت در دولت",
        "عدالت با سخنرانی نیست، امیرالمومنین علی (ع) بیان کرد: عدالت گسترده‌ترین چیزها در توصیف است.");
    List<Quote> q = run(f, person("P1", "Ali ibn Abi Talib", f, "علی"));
    Quote saying = indirectStarting(q, "عدالت گسترده‌ترین");
    assertNotNull(saying, texts(q).toString());
    assertEquals("Ali ibn Abi Talib", speakerName(saying), speakerText(saying));
  }
}
