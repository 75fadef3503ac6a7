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
 * Issue 9, thirty-fifth round, on invented sentences: an Arabic name the entity step did not know, set off
 * by a comma from its role in a body (X Y، المتحدث باسم الحكومة), is the speaker, not the body; a Persian cue
 * whose clause is set off by a semicolon (عنوان کرد؛ …) reports that clause as the colon would.
 */
class QuoteArabicPersianRound35Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void arabicUnknownNameCommaRoleOfBodyIsTheName() {
    var f = fields("عودة الوزراء",
        "وقال راجح علوان، المتحدث باسم الحكومة اليمنية، إن الوزراء سيعودون إلى عدن خلال أيام.");
    List<Quote> q = run("ar", f,
        entity("O1", EntityType.ORGANIZATION, "Government of Yemen", f, "الحكومة اليمنية"));
    Quote x = startingWith(q, "الوزراء سيعودون");
    assertEquals("راجح علوان", speakerName(x), x.getSpeaker().toString());
  }

  @Test
  void arabicUnknownNameCommaRoleKeepsTheNameForTheNextCue() {
    var f = fields("الإرهاب",
        "وأشار سالم الهادي، أمين عام منظمة التعاون الإسلامي، إلى أن الهجوم يستهدف أمن المنطقة، مؤكدًا أن المنظمة تقف مع الضحايا.");
    List<Quote> q = run("ar", f,
        entity("O1", EntityType.ORGANIZATION, "Organisation of Islamic Cooperation", f, "منظمة التعاون الإسلامي"));
    assertEquals("سالم الهادي", speakerName(startingWith(q, "الهجوم يستهدف")), texts(q).toString());
    assertEquals("سالم الهادي", speakerName(startingWith(q, "المنظمة تقف")), texts(q).toString());
  }

  @Test
  void arabicNameAndRoleWithoutCommaStillTheName() {
    var f = fields("عودة الوزراء",
        "وقال راجح علوان المتحدث باسم الحكومة اليمنية إن الوزراء سيعودون إلى عدن.");
    List<Quote> q = run("ar", f,
        entity("O1", EntityType.ORGANIZATION, "Government of Yemen", f, "الحكومة اليمنية"));
    assertEquals("راجح علوان", speakerName(startingWith(q, "الوزراء سيعودون")), texts(q).toString());
  }

  @Test
  void persianClauseAfterSemicolonIsReported() {
    var f = fields("صادرات مرغ",
        "به گزارش خبرگزاری فارس، حسن کریمی، مدیر اتحادیه مرغداران استان گلستان عنوان کرد؛ صادرات مرغ امسال دو برابر شده است.",
        "کریمی افزود؛ بازار عراق برای تولیدکنندگان ما اهمیت زیادی دارد.");
    List<Quote> q = run("fa", f, person("P1", "Hassan Karimi", f, "حسن کریمی", "کریمی"));
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "صادرات مرغ امسال")), texts(q).toString());
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "بازار عراق")), texts(q).toString());
  }

  @Test
  void persianSemicolonAfterAVerbThatIsNoCueReportsNothing() {
    var f = fields("بازار",
        "قیمت مرغ در هفته گذشته افزایش پیدا کرد؛ بازار اما آرام بود.");
    List<Quote> q = run("fa", f);
    assertEquals(0, q.size(), texts(q).toString());
  }

  @Test
  void persianDeputyChairSpeltWithHamzaIsARole() {
    var f = fields("انرژی",
        "نائب رئیس کمیسیون انرژی مجلس گفت: قیمت بنزین امسال تغییر نمی‌کند.",
        "به گزارش خبرگزاری فارس، علی رضایی امروز در یک همایش اظهار داشت: مصرف سوخت باید کم شود.",
        "نائب رئیس کمیسیون انرژی مجلس افزود: دولت طرح تازه‌ای ندارد.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"),
        entity("O1", EntityType.ORGANIZATION, "Energy Commission of the Majlis", f, "کمیسیون انرژی مجلس"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "قیمت بنزین")), texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "دولت طرح")), texts(q).toString());
  }

  @Test
  void persianAccordingToOpenerIsNoSubject() {
    var f = fields("مسکن",
        "به گزارش خبرگزاری فارس، علی رضایی گفت: تعاونی‌های مسکن وام می‌گیرند.",
        "بر اساس این گزارش، وی افزود: ساخت‌وساز باید مقاوم باشد.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "ساخت‌وساز باید")), texts(q).toString());
  }
}
