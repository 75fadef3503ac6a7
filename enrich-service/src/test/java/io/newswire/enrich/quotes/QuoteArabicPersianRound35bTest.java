package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 35b, on invented sentences: a Persian clause that opens with a bare surname the entity step
 * did not tag, then the verb's object closed by را ('X OBJECT را … دانست و گفت'), is spoken by the person
 * named earlier with that surname, not by a body named inside the object nor by the object's words.
 */
class QuoteArabicPersianRound35bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void persianSurnameBeforeAnObjectNamingABodyIsThePersonNamedEarlier() {
    var f = fields("همایش بسیجیان",
        "نجات فیاضی فرمانده سپاه استان امروز در همایش بسیجیان شهرستان سخنرانی کرد.",
        "فیاضی هدف اصلی سازمان بسیج را دفاع از مظلومان دانست و گفت: بسیج امروز در همه عرصه‌ها حاضر است.");
    List<Quote> q = run("fa", f, person("P1", "Nejat Fayazi", f, "نجات فیاضی"),
        entity("O1", EntityType.ORGANIZATION, "Basij", f, "سازمان بسیج"));
    Quote x = startingWith(q, "بسیج امروز");
    assertEquals("Nejat Fayazi", speakerName(x), texts(q).toString());
    assertEquals("فیاضی", speakerText(x));
  }

  @Test
  void persianSurnameBeforeAnObjectInTheSameFieldIsThePerson() {
    var f = fields("گازرسانی",
        "رضا تبریزی مدیر شرکت گاز شهرستان از پیشرفت طرح خبر داد. تبریزی تکمیل شبکه روستاها را مهم‌ترین برنامه امسال عنوان کرد و افزود: تا پایان سال صد روستا گازدار می‌شوند.");
    List<Quote> q = run("fa", f, person("P1", "Reza Tabrizi", f, "رضا تبریزی"));
    Quote x = startingWith(q, "تا پایان سال");
    assertEquals("Reza Tabrizi", speakerName(x), texts(q).toString());
    assertEquals("تبریزی", speakerText(x));
  }

  @Test
  void persianBareWordNamingNoOneKnownIsGivenNoName() {
    // no person earlier ends with the word: nothing to find, the speaker stays unnamed as before
    var f = fields("گازرسانی",
        "کاظمی تکمیل شبکه روستاها را مهم‌ترین برنامه امسال عنوان کرد و افزود: تا پایان سال صد روستا گازدار می‌شوند.");
    List<Quote> q = run("fa", f);
    assertNull(speakerName(startingWith(q, "تا پایان سال")), texts(q).toString());
  }
}
