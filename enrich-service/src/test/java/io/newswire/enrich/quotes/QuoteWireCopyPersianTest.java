package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure modes seen on Persian wire copy, on invented sentences: quoted names, وی, roles after names. */
class QuoteWireCopyPersianTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  private static List<ArticleField> quotedNameStory() {
    return fields("تیتر",
        "«کاوه نوری» در گفتگو با رادیو محلی تاکید کرد، بازار مسکن شهر آرام شده است.",
        "وی افزود: «قیمت‌ها تا پایان سال ثابت می‌ماند و وام‌ها افزایش می‌یابد».");
  }

  @Test
  void quotedNameIsNotAQuoteButNamesTheSpeakerOfVi() {
    var f = quotedNameStory();
    List<Quote> direct = ofKind(run(f), QuoteKind.DIRECT);
    assertEquals(1, direct.size());
    assertEquals("قیمت‌ها تا پایان سال ثابت می‌ماند و وام‌ها افزایش می‌یابد", direct.get(0).getText());
    assertEquals("وی", speakerText(direct.get(0)));
    assertEquals("کاوه نوری", speakerName(direct.get(0)));
  }

  @Test
  void quotedNameWithEntityLinksViToThePerson() {
    var f = quotedNameStory();
    // another entity present: the article has entities, so unnamed subjects are not kept as text by default
    List<Quote> direct = ofKind(run(f, person("P1", "Kaveh Nouri", f, "کاوه نوری"),
        entity("O1", EntityType.ORGANIZATION, "Local Radio", f, "رادیو محلی")), QuoteKind.DIRECT);
    assertEquals(1, direct.size());
    assertEquals("Kaveh Nouri", speakerName(direct.get(0)));
  }

  @Test
  void viWithNoOneNamedBeforeIsNoSpeaker() {
    var f = fields("تیتر", "وی افزود: «قیمت‌ها تا پایان سال ثابت می‌ماند و وام‌ها افزایش می‌یابد».");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker());
  }

  @Test
  void subjectPhraseWithoutMentionIsTheSpeakerNotThePreviousOne() {
    var f = fields("تیتر",
        "مریم احمدی گفت: «بودجه طرح هنوز تصویب نشده است و باید صبر کنیم».",
        "بهرام صالحی در نشست خبری امروز گفت: «ساخت پل تا پایان تابستان تمام می‌شود».",
        "وی افزود: «اعتبار لازم از محل بودجه استانی تأمین شده است».");
    List<Quote> q = run(f, person("P2", "Maryam Ahmadi", f, "مریم احمدی"));
    assertEquals("Maryam Ahmadi", speakerName(q.get(0)));
    assertEquals("بهرام صالحی", speakerText(q.get(1)));
    assertEquals("بهرام صالحی", speakerName(q.get(2)));
  }

  @Test
  void roleAfterTheNameBindsSoTheBareRoleResolves() {
    var f = fields("تیتر",
        "به گزارش خبرنگار ما، مهدی کاظمی رئیس سازمان بنادر استان در جمع خبرنگاران گفت: «ظرفیت اسکله دو برابر می‌شود».",
        "رئیس سازمان بنادر استان افزود: «کار ساخت اسکله جدید از بهار آغاز خواهد شد».");
    List<Quote> q = run(f, person("P1", "Mahdi Kazemi", f, "مهدی کاظمی"));
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Mahdi Kazemi", speakerName(x)));
    assertEquals("رئیس سازمان بنادر استان", speakerText(q.get(1)));
  }

  @Test
  void guillemetsWithoutCueOrColonAreNotAQuote() {
    var f = fields("تیتر", "بر اساس این اطلاعیه، «نمایشگاه کتاب کودکان هفته آینده در مرکز شهر برگزار می‌شود» صحیح است.");
    assertEquals(List.of(), ofKind(run(f), QuoteKind.DIRECT));
  }

  @Test
  void demonstrativeRoleIsTheCurrentSpeaker() {
    var f = fields("تیتر",
        "مهدی کاظمی گفت: «ظرفیت اسکله دو برابر می‌شود و صادرات بیشتر خواهد شد».",
        "این مقام مسئول ادامه داد: «کار ساخت اسکله جدید از بهار آغاز خواهد شد».");
    List<Quote> q = run(f, person("P1", "Mahdi Kazemi", f, "مهدی کاظمی"));
    assertEquals("Mahdi Kazemi", speakerName(q.get(1)));
  }
}
