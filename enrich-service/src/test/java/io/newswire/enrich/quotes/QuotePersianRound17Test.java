package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, seventeenth round: Persian speakers, on invented sentences. */
class QuotePersianRound17Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aSourceClauseWithoutItsCommaEndsAtThePersonNamedAfterIt() {
    var f = fields("اتهام تازه علیه مسکو",
        "به گزارش فارس باراک اوباما در سخنرانی دیروز خود بدون ارائه هیچ سندی، روسیه را به مداخله در اوکراین متهم کرد و مدعی شد: «روسیه نیروهای تازه به مرز فرستاده است.»",
        "وی افزود: «پاسخ ما به این اقدام روشن خواهد بود.»");
    List<Quote> q = run(f, person("P1", "Barack Obama", f, "باراک اوباما"),
        entity("O1", EntityType.ORGANIZATION, "Fars News Agency", f, "فارس"),
        entity("L1", EntityType.PLACE, "Russia", f, "روسیه"));
    assertEquals("Barack Obama", speakerName(startingWith(q, "روسیه نیروهای")), texts(q).toString());
    assertEquals("Barack Obama", speakerName(startingWith(q, "پاسخ ما")));
  }

  @Test
  void aPersonTheSourceRelaysFromStaysInsideTheSourceClause() {
    var f = fields("افزایش بارش‌ها",
        "به گزارش فارس به نقل از حسن کریمی، مهدی رضایی در نشست خبری گفت: بارش‌ها در استان امسال بیشتر بوده است.");
    List<Quote> q = run(f, person("P1", "Hassan Karimi", f, "حسن کریمی"), person("P2", "Mehdi Rezaei", f, "مهدی رضایی"),
        entity("O1", EntityType.ORGANIZATION, "Fars News Agency", f, "فارس"));
    assertEquals("Mehdi Rezaei", speakerName(startingWith(q, "بارش‌ها در استان")), texts(q).toString());
  }
}
