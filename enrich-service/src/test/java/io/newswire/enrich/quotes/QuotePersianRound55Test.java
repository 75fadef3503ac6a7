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
 * Issue 9, round 55, on invented sentences: a role's statement that closes its item, followed by a paragraph opened
 * by the holder's bare name with no further words of his, is that person's ({@link PersianRoleNamedByParagraph}).
 */
class QuotePersianRound55Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void theNameOpeningTheNextParagraphHoldsTheRole() {
    var f = fields("اخبار کوتاه استان",
        "به گزارش خبرگزاری فارس، حسن احمدی فرماندار شهرستان در جلسه شورای اداری افزود: طرح آبرسانی روستاها امسال به پایان می‌رسد.",
        "مسئول کمیته اطلاع‌رسانی جشنواره فرهنگی شهرستان با اعلام این خبر اظهار داشت: این جشنواره هفته آینده با حضور هنرمندان استان برگزار می‌شود.",
        "مهدی کریمی به نقش رسانه‌ها در معرفی جشنواره اشاره و بر همکاری بیشتر آنها تاکید کرد.");
    List<Quote> q = run(f, person("P1", "Hassan Ahmadi", f, "حسن احمدی"), person("P2", "Mehdi Karimi", f, "مهدی کریمی"));
    Quote festival = indirectStarting(q, "این جشنواره");
    assertNotNull(festival, texts(q).toString());
    assertEquals("Mehdi Karimi", speakerName(festival), speakerText(festival));
    assertEquals("Hassan Ahmadi", speakerName(indirectStarting(q, "طرح آبرسانی")));
  }

  @Test
  void aNameHeardBeforeIsSomeoneComeBack() {
    var f = fields("اخبار کوتاه استان",
        "به گزارش خبرگزاری فارس، حسن احمدی فرماندار شهرستان در حضور مهدی کریمی افزود: طرح آبرسانی روستاها امسال به پایان می‌رسد.",
        "مسئول کمیته اطلاع‌رسانی جشنواره فرهنگی شهرستان با اعلام این خبر اظهار داشت: این جشنواره هفته آینده با حضور هنرمندان استان برگزار می‌شود.",
        "مهدی کریمی نیز از برگزاری نمایشگاه کتاب در ماه آینده خبر داد.");
    List<Quote> q = run(f, person("P1", "Hassan Ahmadi", f, "حسن احمدی"), person("P2", "Mehdi Karimi", f, "مهدی کریمی"));
    Quote festival = indirectStarting(q, "این جشنواره");
    assertNotNull(festival, texts(q).toString());
    assertNotEquals("Mehdi Karimi", speakerName(festival), speakerText(festival));
  }
}
