package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.EntityType;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 54, on invented sentences: the present tense of the compound speech verbs opens a colon statement
 * or a که clause (اضافه می‌کند:, اظهار می‌دارد:, ادامه می‌دهد که), but not a bare clause or one after a comma, which
 * the narrator's present tells; a که that closes a 'while' frame (X را در حالی … که) opens no words said; a source
 * named by what it announced (بر اساس اعلام X،) or by its report (بر اساس گزارش X، , round 54b, unless the report
 * relays someone speaking) opens the clause after its comma and closes none before it.
 */
class QuotePersianRound54Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void presentTenseVerbsOpenColonStatements() {
    var f = fields("گفت‌وگو با یک خلبان",
        "کاپیتان حسن کریمی در این باره می‌گوید: فرودگاه‌های کوچک به تجهیزات ناوبری نیاز دارند.",
        "کریمی اضافه می‌کند: بدون این تجهیزات پرواز در شب خطرناک است.",
        "وی اظهار می‌دارد: آموزش خلبانان جوان باید جدی‌تر گرفته شود.");
    List<Quote> q = run(f, person("P1", "Hassan Karimi", f, "حسن کریمی", "کریمی"));
    assertEquals("Hassan Karimi", speakerName(indirectStarting(q, "بدون این تجهیزات")), texts(q).toString());
    assertEquals("Hassan Karimi", speakerName(indirectStarting(q, "آموزش خلبانان")), texts(q).toString());
  }

  @Test
  void presentTenseVerbsOpenClausesAfterKe() {
    var f = fields("نظر یک کارشناس",
        "مریم احمدی کارشناس اقتصاد ادامه می‌دهد که بازار مسکن تا پایان سال آرام خواهد ماند.");
    List<Quote> q = run(f, person("P1", "Maryam Ahmadi", f, "مریم احمدی"));
    assertEquals("Maryam Ahmadi", speakerName(indirectStarting(q, "بازار مسکن")), texts(q).toString());
  }

  @Test
  void thePresentWithoutColonOrKeNarrates() {
    var f = fields("یک مستند تازه",
        "این مستند بر اهمیت تاریخ تأکید می‌کند، ولی به زندگی امروز مردم هم می‌پردازد.",
        "آنچه نویسنده در این کتاب بیان می‌کند نیز برای دانشجویان مفید خواهد بود.");
    List<Quote> q = run(f);
    assertFalse(anyStartsWith(q, "ولی به زندگی"), texts(q).toString());
    assertFalse(anyStartsWith(q, "نیز برای"), texts(q).toString());
  }

  @Test
  void announcingKeepsItsBareClauseInThePresent() {
    var f = fields("پژوهشی درباره مالیات",
        "پژوهشگران این دانشگاه اعلام می‌کنند درآمد مالیاتی دولت در سال گذشته افزایش یافته است.");
    List<Quote> q = run(f);
    assertTrue(anyStartsWith(q, "درآمد مالیاتی"), texts(q).toString());
  }

  @Test
  void anAnnouncementsSourceOpensTheClauseAfterItsComma() {
    var f = fields("ترافیک جاده‌ها",
        "بر اساس اعلام ناظران راهداری، تردد خودروها در جاده چالوس امروز یک‌طرفه است.");
    List<Quote> q = run(f);
    assertTrue(anyStartsWith(q, "تردد خودروها"), texts(q).toString());
  }

  @Test
  void anAnnouncementsSourceAfterTheDatelineClosesNothing() {
    var f = fields("مسابقات شنا",
        "به گزارش خبرگزاری فارس، بر اساس اعلام دبیرخانه فدراسیون شنا، مسابقات قهرمانی کشور از هفته آینده آغاز می‌شود.");
    List<Quote> q = run(f);
    assertFalse(anyStartsWith(q, "به گزارش"), texts(q).toString()); // the agency's dateline, no one's words
  }

  @Test
  void aReportsSourceOpensTheClauseAfterItsComma() {
    var f = fields("بازار نفت",
        "بر اساس گزارش روزنامه گاردین، قیمت نفت در هفته گذشته پنج درصد کاهش یافته است.",
        "طبق گزارش رویترز، صادرات گندم روسیه امسال به رکورد تازه‌ای می‌رسد.",
        "بنا بر گزارش خبرگزاری فرانسه، هزاران گردشگر منطقه را ترک کرده‌اند.",
        "بنابر گزارش روزنامه اکیپ، هدف اصلی باشگاه خرید «علی کریمی» است.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Reuters", f, "رویترز"));
    assertTrue(anyStartsWith(q, "قیمت نفت"), texts(q).toString());
    assertEquals("Reuters", speakerName(indirectStarting(q, "صادرات گندم")), texts(q).toString());
    assertTrue(anyStartsWith(q, "هزاران گردشگر"), texts(q).toString());
    assertTrue(anyStartsWith(q, "هدف اصلی"), texts(q).toString()); // a name in marks: no one speaks
  }

  @Test
  void aReportThatRelaysSomeoneSpeakingIsNotTheReportsWords() {
    var f = fields("سفر وزیر",
        "بنا بر گزارش رویترز، «جان اسمیت» سخنگوی وزارت خارجه گفت: این سفر هفته آینده انجام می‌شود.",
        "طبق گزارش خبرگزاری فرانسه، مقامات محلی اعلام کرده‌اند که جاده‌ها بسته است.",
        "بر اساس گزارش رویترز، نخست‌وزیر ژاپن در مصاحبه با یک شبکه تلویزیونی درباره بحران انرژی اظهارنظر کرد.");
    List<Quote> q = run(f);
    assertFalse(anyStartsWith(q, "«جان اسمیت»"), texts(q).toString());
    assertFalse(anyStartsWith(q, "جان اسمیت"), texts(q).toString());
    assertFalse(anyStartsWith(q, "مقامات محلی"), texts(q).toString()); // the officials speak, the report relays them
    assertTrue(anyStartsWith(q, "جاده‌ها بسته"), texts(q).toString());
    assertFalse(anyStartsWith(q, "نخست‌وزیر ژاپن"), texts(q).toString()); // an interview told of, its words to come
  }

  @Test
  void theAgencysOwnReportStaysItsDateline() {
    var f = fields("نمایشگاه کتاب",
        "به گزارش خبرگزاری فارس، نمایشگاه کتاب تهران از هفته آینده برگزار می‌شود.",
        "امسال ناشران زیادی شرکت کرده‌اند، بر اساس گزارش دبیرخانه نمایشگاه، بیشتر آنها ناشران کودک هستند.");
    List<Quote> q = run(f);
    assertFalse(anyStartsWith(q, "نمایشگاه کتاب تهران"), texts(q).toString()); // به گزارش: no one's words
    assertFalse(anyStartsWith(q, "امسال ناشران"), texts(q).toString()); // after a comma it closes nothing
  }

  @Test
  void keClosingAWhileFrameOpensNoWords() {
    var f = fields("سخنان یک دانشمند",
        "علی رحیمی این سخنان را در حالی بیان می‌کند که مصاحبه او با رسانه‌ها ممنوع است.",
        "رحیمی این مطالب را در حالی گفت که پلیس او را زیر نظر داشت.");
    List<Quote> q = run(f, person("P1", "Ali Rahimi", f, "علی رحیمی", "رحیمی"));
    assertFalse(anyStartsWith(q, "مصاحبه او"), texts(q).toString());
    assertFalse(anyStartsWith(q, "پلیس او"), texts(q).toString());
  }
}
