package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
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
 * Issue 9, round 60, on invented sentences: a Persian speaker named by the Leader's title alone (رهبر معظم انقلاب
 * اسلامی ایران اظهار داشتند:) is Khamenei when the article names him, and so is ایشان after him; a party's leader
 * (رهبر حزب …) is someone else, and an article that never names him leaves the title with no one.
 */
class QuotePersianRound60Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  private static Entity khamenei(List<ArticleField> f) {
    return person("wikidata:Q57336", "Ali Khamenei", f, "خامنه‌ای");
  }

  @Test
  void theTitleAndIshanAfterItAreTheLeaderTheArticleNames() {
    var f = fields("دیدار با کارگران",
        "به گزارش خبرنگار ما، آیت‌الله خامنه‌ای امروز با جمعی از کارگران کارخانه‌های کشور دیدار کردند.",
        "رهبر معظم انقلاب اسلامی ایران در این دیدار اظهار داشتند: تولید ملی باید با همت کارگران رونق بگیرد.",
        "ایشان افزودند: کارگران ستون اقتصاد کشور هستند.");
    List<Quote> q = run(f, khamenei(f));
    Quote byTitle = startingWith(q, "تولید ملی");
    assertNotNull(byTitle, texts(q).toString());
    assertEquals("Ali Khamenei", speakerName(byTitle));
    Quote byPronoun = startingWith(q, "کارگران ستون");
    assertNotNull(byPronoun, texts(q).toString());
    assertEquals("Ali Khamenei", speakerName(byPronoun));
  }

  @Test
  void anotherLeaderIsNotTheLeader() {
    var f = fields("انتخابات",
        "آیت‌الله خامنه‌ای هفته گذشته درباره انتخابات سخن گفته بودند.",
        "رهبر حزب اعتدال در نشستی خبری گفت: مردم باید در انتخابات حضور پیدا کنند.");
    List<Quote> q = run(f, khamenei(f));
    Quote clause = startingWith(q, "مردم باید");
    assertNotNull(clause, texts(q).toString());
    assertNotEquals("Ali Khamenei", speakerName(clause), Articles.speakerText(clause));
  }

  @Test
  void anArticleThatNeverNamesHimLeavesTheTitleUnnamed() {
    var f = fields("دیدار با کارگران",
        "رهبر معظم انقلاب اسلامی در این دیدار اظهار داشتند: تولید ملی باید با همت کارگران رونق بگیرد.");
    List<Quote> q = run(f);
    Quote byTitle = startingWith(q, "تولید ملی");
    assertNotNull(byTitle, texts(q).toString());
    assertEquals(null, speakerName(byTitle));
  }
}
