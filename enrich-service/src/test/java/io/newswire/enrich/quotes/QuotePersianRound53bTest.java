package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53b, on invented sentences: chants in marks after شعار / شعارهای that the sentence says were
 * raised (سر دادند, با سر دادن) are DIRECT with no speaker, each chant of a list its own quote; a slogan in marks
 * that no one chants (a motto, a title) stays out, and a chant does not change who a later وی is.
 */
class QuotePersianRound53bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static Quote direct(List<Quote> q, String text) {
    return ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals(text)).findFirst().orElse(null);
  }

  @Test
  void aChantRaisedAfterShoarIsDirectWithNoSpeaker() {
    var f = fields("تجمع دانشجویان در مشهد",
        "دانشجویان دانشگاه فردوسی در محکومیت حمله به بیمارستان تجمع کردند و شعار «مرگ بر آمریکا» سر دادند.");
    List<Quote> q = extractor.extract(f, "fa", List.of());
    Quote chant = direct(q, "مرگ بر آمریکا");
    assertTrue(chant != null, texts(q).toString());
    assertNull(chant.getSpeaker());
  }

  @Test
  void eachChantOfAListIsItsOwnQuote() {
    var f = fields("راهپیمایی در شیراز",
        "راهپیمایان با سر دادن شعارهای «مرگ بر اسرائیل»، «غزه تنها نیست» و «فلسطین پیروز است» از میدان شهدا گذشتند.");
    List<Quote> q = extractor.extract(f, "fa", List.of());
    assertEquals(3, ofKind(q, QuoteKind.DIRECT).size(), texts(q).toString());
    for (String chant : List.of("مرگ بر اسرائیل", "غزه تنها نیست", "فلسطین پیروز است")) {
      assertTrue(direct(q, chant) != null, chant + " " + texts(q));
    }
  }

  @Test
  void aMottoNoOneChantsStaysOut() {
    var f = fields("آغاز جشنواره کتاب",
        "جشنواره کتاب کودک امسال با شعار «کتاب، دوست خوب» از فردا در تبریز آغاز می‌شود.");
    List<Quote> q = extractor.extract(f, "fa", List.of());
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), texts(q).toString());
  }

  @Test
  void aChantLeavesTheSpeakerAWayLaterVeyMeans() {
    List<ArticleField> f = fields("تجمع کارگران در اهواز",
        "علی رضایی، نماینده کارگران، گفت: حقوق سه ماه گذشته هنوز پرداخت نشده است.",
        "کارگران در پایان تجمع شعار «حقوق ما را بدهید» سر دادند.",
        "وی افزود: تا پرداخت حقوق به تجمع ادامه می‌دهیم.");
    var rezaei = entity("person:name:rzy", EntityType.PERSON, "Ali Rezaei", f, "علی رضایی");
    List<Quote> q = extractor.extract(f, "fa", List.of(rezaei));
    assertNull(direct(q, "حقوق ما را بدهید").getSpeaker(), texts(q).toString());
    Quote added = ofKind(q, QuoteKind.INDIRECT).stream()
        .filter(x -> x.getText().toString().startsWith("تا پرداخت")).findFirst().orElseThrow();
    assertEquals("person:name:rzy", added.getSpeaker().getEntityId().toString());
  }

  @Test
  void aSloganNounWithATatweelOrAVowelMarkIsStillFound() {
    // the view's tokens carry the folded form (no tatweel, no kasra), which the chant finder asks as it is
    var f = fields("تجمع معلمان در تهران",
        "معلمان مقابل مجلس تجمع کردند و شعـار «معیشت حق ماست» سر دادند.",
        "پرستاران نیز شِعار «حقوق عقب افتاده را بدهید» سر دادند.");
    List<Quote> q = extractor.extract(f, "fa", List.of());
    assertTrue(direct(q, "معیشت حق ماست") != null, texts(q).toString());
    assertTrue(direct(q, "حقوق عقب افتاده را بدهید") != null, texts(q).toString());
  }
}

