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
 * Issue 9, round 57, on invented sentences: the Friday prayer's preacher (خطیب نماز جمعه X, خطیب جمعه X) is the
 * imam the story bound as امام جمعه X, not a new unnamed speaker, even after another town's imam spoke.
 */
class QuotePersianRound57Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void thePreacherOfTheFridayPrayerIsItsImam() {
    var f = fields("مشارکت در انتخابات",
        "امام جمعه موقت کلاردشت گفت: مردم باید در انتخابات شرکت کنند.",
        "به گزارش خبرگزاری فارس، حجت‌الاسلام رضا کاظمی در خطبه‌های نماز جمعه کلاردشت اظهار داشت: مشارکت مردم مهم است.",
        "خطیب نماز جمعه کلاردشت با اشاره به هفته دفاع مقدس افزود: رزمندگان از کشور دفاع کردند.");
    List<Quote> q = run(f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    Quote later = indirectStarting(q, "رزمندگان");
    assertNotNull(later, texts(q).toString());
    assertEquals("Reza Kazemi", speakerName(later), speakerText(later));
  }

  @Test
  void theShortPreacherTitleIsTheImamToo() {
    var f = fields("مشارکت در انتخابات",
        "امام جمعه شهر نور گفت: مردم باید در انتخابات شرکت کنند.",
        "به گزارش خبرگزاری فارس، حجت‌الاسلام رضا کاظمی اظهار داشت: مشارکت مردم مهم است.",
        "خطیب جمعه شهر نور بیان کرد: رزمندگان از کشور دفاع کردند.");
    List<Quote> q = run(f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    Quote later = indirectStarting(q, "رزمندگان");
    assertNotNull(later, texts(q).toString());
    assertEquals("Reza Kazemi", speakerName(later), speakerText(later));
  }

  @Test
  void thePreacherIsTheImamOfHisOwnTownNotTheLatestSpeaker() {
    var f = fields("مشارکت در انتخابات",
        "امام جمعه شهر نور گفت: مردم باید در انتخابات شرکت کنند.",
        "به گزارش خبرگزاری فارس، حجت‌الاسلام رضا کاظمی اظهار داشت: مشارکت مردم مهم است.",
        "در همین حال حجت‌الاسلام حسن نوری امام جمعه شهر آمل گفت: انتخابات جشن ملی است.",
        "خطیب جمعه شهر نور بیان کرد: رزمندگان از کشور دفاع کردند.");
    List<Quote> q = run(f, person("P1", "Reza Kazemi", f, "رضا کاظمی"), person("P2", "Hassan Nouri", f, "حسن نوری"));
    Quote later = indirectStarting(q, "رزمندگان");
    assertNotNull(later, texts(q).toString());
    assertEquals("Reza Kazemi", speakerName(later), speakerText(later));
    assertNotEquals("Hassan Nouri", speakerName(later));
  }
}
