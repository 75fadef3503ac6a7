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
        "به گزارش روابط عمومی انجمن باغداران شهرستان، کتابخانه تازه روستا با حضور مسئولان محلی گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "County Growers Association", f,
        "انجمن باغداران شهرستان"));
    Quote report = startingWith(q, "کتابخانه تازه");
    assertEquals(QuoteKind.INDIRECT, report.getKind(), texts(q).toString());
    assertEquals("County Growers Association", speakerName(report), texts(q).toString());
  }

  @Test
  void theAgencysOwnDatelineBeforeThePublicRelationsStillGivesTheBody() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش خبرگزاری نمونه به نقل از روابط عمومی انجمن باغداران شهرستان، کتابخانه تازه روستا گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Sample News Agency", f, "خبرگزاری نمونه"),
        entity("O2", EntityType.ORGANIZATION, "County Growers Association", f, "انجمن باغداران شهرستان"));
    assertEquals("County Growers Association", speakerName(startingWith(q, "کتابخانه تازه")), texts(q).toString());
  }

  @Test
  void someoneSpeakingInTheSentenceLeavesTheReportOut() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش روابط عمومی انجمن باغداران شهرستان، مریم رحیمی گفت: کتابخانه تازه هر روز باز است.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "County Growers Association", f,
        "انجمن باغداران شهرستان"), entity("P1", EntityType.PERSON, "Maryam Rahimi", f, "مریم رحیمی"));
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Maryam Rahimi", speakerName(startingWith(q, "کتابخانه تازه")), texts(q).toString());
  }

  @Test
  void aDatelineWithoutPublicRelationsReportsNothing() {
    var f = fields("افتتاح کتابخانه",
        "به گزارش خبرگزاری نمونه از شیراز، کتابخانه تازه روستا با حضور مسئولان محلی گشایش یافت.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Sample News Agency", f, "خبرگزاری نمونه"));
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void aLaterPronounGoesOnFromThePersonNotTheBody() {
    var f = fields("بازدید از کتابخانه",
        "به گزارش روابط عمومی انجمن باغداران شهرستان، مریم رحیمی از کتابخانه تازه روستا بازدید کرد.",
        "وی در این بازدید افزود: کتابخانه تازه هر روز باز است.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "County Growers Association", f,
        "انجمن باغداران شهرستان"), entity("P1", EntityType.PERSON, "Maryam Rahimi", f, "مریم رحیمی"));
    assertEquals("County Growers Association", speakerName(startingWith(q, "مریم رحیمی")), texts(q).toString());
    assertTrue(!"County Growers Association".equals(speakerName(startingWith(q, "کتابخانه تازه هر"))),
        texts(q).toString());
  }
}
