package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-second round, on invented sentences: an Arabic colon right before the complementizer
 * (وقال: إن …) introduces a reported clause, not a quotation, unless a later verb owns the colon; a medium in
 * marks told right after the verb (وأكد لـ«الصحيفة» X أن) is no subject, the name after it is; a role's holder
 * named before the medium he spoke to (… X في حديث لـ«الصحيفة» أن) still holds the role, and a role's
 * complement may open with عن (عضو البرلمان عن كتلة …); a Persian colon statement keeps its final full stop.
 */
class QuoteArabicPersianRound32Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void colonBeforeComplementizerOpensAReportedClause() {
    var f = fields("أسعار الحبوب",
        "ارتفعت أسعار القمح أمس. وقال المحلل سامي الفرج: إن الطلب سيبقى قويا حتى نهاية العام.",
        "وأضاف: إنه يتوقع تراجع المخزون في الربع المقبل.");
    List<Quote> q = run("ar", f, person("P1", "Sami Al-Faraj", f, "سامي الفرج"));
    assertEquals("Sami Al-Faraj", speakerName(startingWith(q, "الطلب سيبقى")), texts(q).toString());
    assertTrue(anyStartsWith(q, "إنه يتوقع"), texts(q).toString());
  }

  @Test
  void colonOfALaterVerbIsNotTheFirstVerbs() {
    var f = fields("تفجير",
        "ولم تعلن أي جماعة مسؤوليتها عن التفجير، لكن الشرطة تقول: إن المشتبه به فر إلى الجبال.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Police", f, "الشرطة"));
    Quote clause = startingWith(q, "المشتبه به فر");
    assertEquals("تقول", clause.getCue().toString(), texts(q).toString());
  }

  @Test
  void mediumToldRightAfterTheVerbIsNoSubject() {
    var f = fields("واردات الأرز",
        "ارتفعت واردات الأرز بنسبة كبيرة بحسب بيانات رسمية.",
        "وأكد لـ«الصحيفة» خالد العتيبي المدير العام لشركة للأغذية أن المصارف خففت شروط التمويل.");
    List<Quote> q = run("ar", f, person("P1", "Khalid Al-Otaibi", f, "خالد العتيبي"));
    assertEquals("Khalid Al-Otaibi", speakerName(startingWith(q, "المصارف خففت")), texts(q).toString());
  }

  @Test
  void holderNamedBeforeTheMediumHeSpokeToHoldsTheRole() {
    var f = fields("الإصلاحات",
        "وقال رئيس الوزراء نبيل حداد إن الحكومة ماضية في الإصلاح.",
        "وأكد عضو البرلمان عن كتلة الوفاق سعيد الكعبي في حديث لـ«الصحيفة» أن «الإصلاح يحتاج إلى وقت طويل».");
    List<Quote> q = run("ar", f, person("P1", "Nabil Haddad", f, "نبيل حداد"),
        person("P2", "Saeed Al-Kaabi", f, "سعيد الكعبي"),
        entity("O1", EntityType.ORGANIZATION, "Al-Wifaq", f, "كتلة الوفاق"));
    Quote quote = startingWith(q, "الإصلاح يحتاج");
    assertEquals("Saeed Al-Kaabi", speakerName(quote), texts(q).toString());
    assertFalse("Nabil Haddad".equals(speakerName(quote)), texts(q).toString());
  }

  @Test
  void persianColonStatementKeepsItsFinalFullStop() {
    var f = fields("مصرف آب",
        "مدیر آب و فاضلاب شهر گفت: مصرف آب امسال ده درصد کمتر از پارسال بوده است.",
        "وی افزود: طرح جدید از ماه آینده اجرا می‌شود.");
    List<Quote> q = run("fa", f);
    assertEquals("مصرف آب امسال ده درصد کمتر از پارسال بوده است.", startingWith(q, "مصرف آب").getText().toString(),
        texts(q).toString());
    assertEquals("طرح جدید از ماه آینده اجرا می‌شود.", startingWith(q, "طرح جدید").getText().toString(),
        texts(q).toString());
  }
}
