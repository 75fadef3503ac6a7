package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-eighth round, on invented sentences: a body's public relations reporting an event (به
 * گزارش روابط عمومی X، …) is the body's INDIRECT account, unless someone in the sentence speaks; the body
 * is no antecedent for a later وی.
 */
class QuoteArabicPersianRound28Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aPublicRelationsReportOfAnEventIsTheBodysIndirectAccount() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش روابط عمومی اداره کل کتابخانه‌های استان، کتابخانه تازه روستا با حضور مسئولان محلی گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Provincial Libraries Directorate", f,
        "اداره کل کتابخانه‌های استان"));
    Quote report = startingWith(q, "کتابخانه تازه");
    assertEquals(QuoteKind.INDIRECT, report.getKind(), texts(q).toString());
    assertEquals("Provincial Libraries Directorate", speakerName(report), texts(q).toString());
  }

  @Test
  void theAgencysOwnDatelineBeforeThePublicRelationsStillGivesTheBody() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی اداره کل کتابخانه‌های استان، کتابخانه تازه روستا گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Fars News Agency", f, "خبرگزاری فارس"),
        entity("O2", EntityType.ORGANIZATION, "Provincial Libraries Directorate", f, "اداره کل کتابخانه‌های استان"));
    assertEquals("Provincial Libraries Directorate", speakerName(startingWith(q, "کتابخانه تازه")), texts(q).toString());
  }

  @Test
  void someoneSpeakingInTheSentenceLeavesTheReportOut() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش روابط عمومی اداره کل کتابخانه‌های استان، مریم رحیمی گفت: کتابخانه تازه هر روز باز است.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Provincial Libraries Directorate", f,
        "اداره کل کتابخانه‌های استان"), entity("P1", EntityType.PERSON, "Maryam Rahimi", f, "مریم رحیمی"));
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Maryam Rahimi", speakerName(startingWith(q, "کتابخانه تازه")), texts(q).toString());
  }

  @Test
  void aDatelineWithoutPublicRelationsReportsNothing() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش خبرگزاری فارس از شیراز، کتابخانه تازه روستا با حضور مسئولان محلی گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Fars News Agency", f, "خبرگزاری فارس"));
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void aLaterPronounGoesOnFromThePersonNotTheBody() {
    var f = fields("بازدید از کتابخانه",
        "به گزارش روابط عمومی اداره کل کتابخانه‌های استان، مریم رحیمی از کتابخانه تازه روستا بازدید کرد.",
        "وی در این بازدید افزود: کتابخانه تازه هر روز باز است.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Provincial Libraries Directorate", f,
        "اداره کل کتابخانه‌های استان"), entity("P1", EntityType.PERSON, "Maryam Rahimi", f, "مریم رحیمی"));
    assertEquals("Provincial Libraries Directorate", speakerName(startingWith(q, "مریم رحیمی")), texts(q).toString());
    assertTrue(!"Provincial Libraries Directorate".equals(speakerName(startingWith(q, "کتابخانه تازه هر"))),
        texts(q).toString());
  }
}
