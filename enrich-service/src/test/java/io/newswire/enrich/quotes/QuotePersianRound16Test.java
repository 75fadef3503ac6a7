package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, sixteenth round: Persian speakers, on invented sentences. */
class QuotePersianRound16Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aBodyRoleIsTheBareNameOpeningTheNextParagraph() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "مدیرکل راه و شهرسازی استان فارس با اشاره به طرح‌های تازه گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "کریمی‌نژاد افزود: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    List<Quote> q = run(f);
    assertEquals("کریمی‌نژاد", speakerName(startingWith(q, "ساخت سه پل")));
    assertEquals("کریمی‌نژاد", speakerText(startingWith(q, "بودجه این طرح‌ها")));
  }

  @Test
  void aBodyRoleTakesAKnownPersonOpeningTheNextParagraph() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "مدیرکل راه و شهرسازی استان فارس با اشاره به طرح‌های تازه گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "علی کریمی از آغاز طرح تازه‌ای خبر داد و افزود: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    Entity karimi = person("P1", "Ali Karimi", f, "علی کریمی");
    assertEquals("Ali Karimi", speakerName(startingWith(run(f, karimi), "ساخت سه پل")));
  }

  @Test
  void aNameNotOpeningTheNextParagraphIsNotTheRole() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "مدیرکل راه و شهرسازی استان فارس با اشاره به طرح‌های تازه گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "در ادامه این نشست کریمی‌نژاد گفت: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    assertNotEquals("کریمی‌نژاد", speakerName(startingWith(run(f), "ساخت سه پل")));
  }

  @Test
  void aNameTwoParagraphsOnIsNotTheRole() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "مدیرکل راه و شهرسازی استان فارس با اشاره به طرح‌های تازه گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "این نشست تا ظهر ادامه داشت.",
        "کریمی‌نژاد افزود: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    assertNotEquals("کریمی‌نژاد", speakerName(startingWith(run(f), "ساخت سه پل")));
  }

  @Test
  void aDistrictGovernorIsARoleNotAName() {
    var f = fields("گازرسانی به روستاهای شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "بخشدار مرکزی شیراز گفت: همه روستاهای این بخش تا پایان سال گازرسانی می‌شوند.",
        "مدیرکل راه و شهرسازی استان فارس با اشاره به طرح‌های تازه گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "کریمی‌نژاد افزود: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    List<Quote> q = run(f);
    assertEquals(null, speakerName(startingWith(q, "همه روستاهای")));
    assertEquals("کریمی‌نژاد", speakerName(startingWith(q, "ساخت سه پل")));
  }

  @Test
  void theSubjectFollowsASceneAdjunctWrittenWithoutAComma() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "در این نشست ابتدا کریمی‌نژاد ضمن خیر مقدم به مهمانان اظهار کرد: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.");
    assertEquals("کریمی‌نژاد", speakerText(startingWith(run(f), "ساخت سه پل")));
  }

  @Test
  void aRoleAfterASceneAdjunctIsStillARole() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "در پایان این نشست مدیرکل راه و شهرسازی استان فارس گفت: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "کریمی‌نژاد افزود: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.");
    assertEquals("کریمی‌نژاد", speakerName(startingWith(run(f), "ساخت سه پل")));
  }

  @Test
  void aRoleHandedTheNameBeforeTakesANewNameOpeningTheNextParagraph() {
    var f = fields("ساخت سه پل تازه در شیراز",
        "خبرگزاری فارس: نشست شورای شهر شیراز امروز برگزار شد.",
        "در این نشست ابتدا کریمی‌نژاد ضمن خیر مقدم به مهمانان اظهار کرد: ساخت سه پل در شهر تا پایان سال آغاز می‌شود.",
        "بخشدار مرکزی شیراز با اشاره به طرح‌های روستایی گفت: همه روستاهای این بخش گازرسانی می‌شوند.",
        "مدیرکل راه و شهرسازی استان فارس گفت: بودجه این طرح‌ها از محل اعتبارات ملی تامین شده است.",
        "رحمانی‌پور افزود: کار ساخت پل‌ها از بهار آغاز می‌شود.");
    List<Quote> q = run(f);
    assertEquals("کریمی‌نژاد", speakerName(startingWith(q, "همه روستاهای")));
    assertEquals("رحمانی‌پور", speakerName(startingWith(q, "بودجه این طرح‌ها")));
  }
}
