package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
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
 * Issue 9, round 38b, on invented sentences: words in marks with no cue inside a Persian document's words (a
 * message citing the Leader) are not the document issuer's, though marks right after آمده است: still are; an
 * Arabic report qualified by a few words before its issuer (التقرير السنوي الذي أصدرته X، تقرير صدر عن X) speaks
 * for that issuer.
 */
class QuoteArabicPersianRound38bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void marksCitedInsideAMessageAreNotItsIssuers() {
    var f = fields("پیام وزیر به مناسبت آغاز سال تحصیلی",
        "در پیام علی رضایی وزیر آموزش و پرورش آمده است: مدرسه خانه دوم دانش‌آموزان و معلمان است.",
        "رهبر انقلاب در این باره می‌فرمایند: «معلمان پیشگامان پیشرفت کشورند و همه دستگاه‌ها وظیفه دارند با همه توان از آنان پشتیبانی کنند.»");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "مدرسه خانه دوم")), texts(q).toString());
    assertNull(speakerName(startingWith(q, "معلمان پیشگامان")), texts(q).toString());
  }

  @Test
  void marksRightAfterAmadehAstStayTheIssuers() {
    var f = fields("پیام وزیر به مناسبت آغاز سال تحصیلی",
        "در پیام علی رضایی وزیر آموزش و پرورش آمده است: مدرسه خانه دوم دانش‌آموزان و معلمان است.",
        "در ادامه این پیام آمده است: «سال تحصیلی تازه با امید آغاز می‌شود.»");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "سال تحصیلی تازه")), texts(q).toString());
  }

  @Test
  void reportIssuedByABodyAfterItsQualifiersSpeaksForTheBody() {
    var f = fields("ارتفاع الودائع المصرفية",
        "وكشف التقرير السنوي الذي أصدرته مؤسسة النقد العربي السعودي، أن الودائع المصرفية ارتفعت بنسبة عشرة في المائة.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Saudi Arabian Monetary Authority", f,
        "مؤسسة النقد العربي السعودي"));
    assertEquals("Saudi Arabian Monetary Authority", speakerName(startingWith(q, "الودائع المصرفية")), texts(q).toString());
  }

  @Test
  void reportThatWasIssuedByABodySpeaksForTheBody() {
    var f = fields("تحسن سوق العمل في أوروبا",
        "قال تقرير صدر عن المفوضية الأوروبية في بروكسل، إن معدلات البطالة تراجعت في معظم دول الاتحاد.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "European Commission", f, "المفوضية الأوروبية"));
    assertEquals("European Commission", speakerName(startingWith(q, "معدلات البطالة")), texts(q).toString());
  }
}
