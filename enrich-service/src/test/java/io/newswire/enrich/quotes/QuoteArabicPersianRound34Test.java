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

/**
 * Issue 9, thirty-fourth round, on invented sentences: a Persian teacher or analyst described by the body he
 * teaches at (استاد دانشگاه X، استاد حوزه علمیه قم، تحلیل‌گر مسائل اقتصادی) is a role, so the speaker is the
 * person the story names with it, not the body. Each test fails without the round-34 ROLE entries.
 */
class QuoteArabicPersianRound34Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void persianProfessorOfABodyIsThePersonNamedNext() {
    var f = fields("آینده اقتصاد",
        "استاد دانشگاه تهران گفت: تورم در سال آینده کاهش خواهد یافت.",
        "به گزارش خبرگزاری فارس، علی رضایی امروز در یک همایش اظهار داشت: بانک‌ها باید نرخ سود را پایین بیاورند.",
        "استاد دانشگاه تهران افزود: دولت نیز باید هزینه‌های خود را کم کند.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"),
        entity("O1", EntityType.ORGANIZATION, "University of Tehran", f, "دانشگاه تهران"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "تورم در سال")), texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "دولت نیز")), texts(q).toString());
  }

  @Test
  void persianAnalystOfABodyIsARoleToo() {
    var f = fields("بازار نفت",
        "تحلیل‌گر مؤسسه مطالعات انرژی گفت: قیمت نفت تا پایان سال ثابت می‌ماند.",
        "به گزارش خبرگزاری فارس، حسن کریمی در گفت‌وگو با خبرنگار ما افزود: تقاضای آسیا اما بیشتر خواهد شد.");
    List<Quote> q = run("fa", f, person("P1", "Hassan Karimi", f, "حسن کریمی"),
        entity("O1", EntityType.ORGANIZATION, "Institute for Energy Studies", f, "مؤسسه مطالعات انرژی"));
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "قیمت نفت")), texts(q).toString());
  }
}
