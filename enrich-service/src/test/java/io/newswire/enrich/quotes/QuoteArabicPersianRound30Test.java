package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirtieth round, on invented sentences: a Persian lead's role is held by the person the article
 * names further on with that role completed, not by whoever the next paragraph names first; an Arabic
 * medium the article only ever names as told (لوكالة X, أبلغ … وكالة X) is never the speaker.
 */
class QuoteArabicPersianRound30Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void persianLeadRoleIsThePersonNamedLaterWithTheRoleCompleted() {
    var f = fields("بررسی پرونده شرکت ساختمانی",
        "رئیس شعبه 12 دادگاه عمومی گفت: پرونده این شرکت فردا بررسی می‌شود.",
        "به گزارش خبرنگار فارس، شب گذشته علی کریمی مدیر این شرکت در خانه‌اش بازداشت شد.",
        "قاضی حسن مرادی، رئیس شعبه 12 دادگاه عمومی شهرستان کرج به خبرنگار فارس گفت: جلسه صبح فردا برگزار می‌شود.");
    List<Quote> q = run("fa", f, person("P1", "Ali Karimi", f, "علی کریمی"), person("P2", "Hasan Moradi", f, "حسن مرادی"));
    Quote lead = startingWith(q, "پرونده این شرکت");
    assertEquals("Hasan Moradi", speakerName(lead), texts(q).toString());
  }

  @Test
  void persianLeadRoleIsNotAnotherOfficeNamedLater() {
    var f = fields("بررسی پرونده شرکت ساختمانی",
        "رئیس شعبه 12 دادگاه عمومی گفت: پرونده این شرکت فردا بررسی می‌شود.",
        "به گزارش خبرنگار فارس، شب گذشته علی کریمی مدیر این شرکت در خانه‌اش بازداشت شد.",
        "قاضی حسن مرادی، رئیس شعبه 14 دادگاه عمومی شهرستان کرج به خبرنگار فارس گفت: جلسه صبح فردا برگزار می‌شود.");
    List<Quote> q = run("fa", f, person("P1", "Ali Karimi", f, "علی کریمی"), person("P2", "Hasan Moradi", f, "حسن مرادی"));
    Quote lead = startingWith(q, "پرونده این شرکت");
    assertNotEquals("Hasan Moradi", speakerName(lead), texts(q).toString());
  }

  @Test
  void arabicAgencyOnlyEverToldIsNotTheSpeaker() {
    var f = fields("اشتباكات في المدينة",
        "وقال مصدر أمني لوكالة الأنباء الوطنية إن «المسلحين انسحبوا من الحي الشمالي».",
        "وأبلغ المصدر وكالة الأنباء الوطنية بأن «القوات استعادت السيطرة على الجسر». وأوضح أن «الطريق أعيد فتحه صباحا». وأكد المصدر أن «الهدوء عاد إلى المدينة».");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "National News Agency", f,
        "وكالة الأنباء الوطنية"));
    for (String start : List.of("المسلحين انسحبوا", "القوات استعادت", "الطريق أعيد", "الهدوء عاد")) {
      assertNotEquals("National News Agency", speakerName(startingWith(q, start)), texts(q).toString());
    }
  }

  @Test
  void arabicAgencyThatReportsItselfKeepsItsWords() {
    var f = fields("زيارة الوزير",
        "وقال مصدر حكومي لوكالة الأنباء الوطنية إن الوزير سيصل صباحا.",
        "وذكرت وكالة الأنباء الوطنية أن الوزير سيزور المدينة غدا.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "National News Agency", f,
        "وكالة الأنباء الوطنية"));
    assertEquals("National News Agency", speakerName(startingWith(q, "الوزير سيزور")), texts(q).toString());
  }
}
