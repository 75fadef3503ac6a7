package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, eighth round: speaker resolution that generalizes (time adverbials are never speakers, 'he'
 * never stands for a body, a described name after an inverted cue, the issuer of a statement), on
 * invented sentences.
 */
class QuoteRound8Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ English: 'he' and 'she'

  @Test
  void englishSheAfterASurveyIsThePersonNamedBefore() {
    var f = fields("Households tired of their energy supplier",
        "A survey by the Consumer Panel has revealed that most households want to switch supplier.",
        "The figures were compiled for the panel by Helen Marsh, its head of research. "
            + "\"We expect many more complaints by March,\" she said.");
    Entity marsh = person("P1", "Helen Marsh", f, "Helen Marsh");
    Entity panel = entity("O1", EntityType.ORGANIZATION, "Consumer Panel", f, "Consumer Panel");
    List<Quote> q = run("en", f, marsh, panel);
    assertEquals("Helen Marsh", speakerName(startingWith(q, "We expect many more")));
  }

  @Test
  void englishHeWithNoPersonNamedStaysUnnamedRatherThanTheReport() {
    var f = fields("Rents keep rising",
        "A report by the Tenants Union has shown that rents rose by a tenth last year.",
        "\"Nobody can keep up with this,\" he said.");
    List<Quote> q = run("en", f, entity("O1", EntityType.ORGANIZATION, "Tenants Union", f, "Tenants Union"));
    Quote nobody = startingWith(q, "Nobody can keep up");
    assertNull(nobody.getSpeaker() == null ? null : speakerName(nobody), "a report is not 'he'");
    assertNotEquals("Tenants Union", speakerName(nobody));
  }

  // ------------------------------------------------------------------ English: inverted cue, described name

  @Test
  void englishInvertedCueThenADescriptionThenTheName() {
    var f = fields("Shipyard sold", "The sale has ruined the yard, said founder Tomas Berg.");
    List<Quote> q = ofKind(run("en", f, person("P1", "Tomas Berg", f, "Tomas Berg")), QuoteKind.INDIRECT);
    assertEquals("Tomas Berg", speakerName(startingWith(q, "The sale has ruined")));
  }

  @Test
  void englishInvertedCueThenADescriptionThenANameTheEntityStepMissed() {
    var f = fields("Club closes", "The ground will be sold in spring, said club secretary Ann Hollis.");
    List<Quote> q = ofKind(run("en", f), QuoteKind.INDIRECT);
    assertEquals("Ann Hollis", speakerText(startingWith(q, "The ground will be sold")));
  }

  // ------------------------------------------------------------------ English: time adverbials

  @Test
  void englishOpeningTimeAdverbialIsNotTheSubject() {
    var f = fields("Port plan attacked",
        "Sunday morning, Senator Ruth Kane accused the mayor of a \"reckless gamble\" with the harbour.");
    Entity kane = person("P1", "Ruth Kane", f, "Ruth Kane");
    List<Quote> q = run("en", f, kane);
    assertEquals("Ruth Kane", speakerName(startingWith(q, "reckless gamble")));
  }

  @Test
  void englishTimeAdverbialBeforeTheCueIsSteppedOver() {
    var f = fields("Quay declared safe",
        "The Harbour Authority less than two weeks ago said the north quay was safe for cargo ships.");
    Entity authority = entity("O1", EntityType.ORGANIZATION, "Harbour Authority", f, "Harbour Authority");
    List<Quote> q = ofKind(run("en", f, authority), QuoteKind.INDIRECT);
    assertEquals("Harbour Authority", speakerName(startingWith(q, "the north quay was safe")));
  }

  @Test
  void englishDatelineDateIsNotTheSubject() {
    var f = fields("Owner refuses to sell port",
        "OSLO, Dec. 8 (NTB) — The port's owner rallied investors, saying: \"We will not sell the quays.\"");
    List<Quote> q = run("en", f);
    Quote sell = startingWith(q, "We will not sell");
    assertEquals("The port's owner", speakerText(sell));
  }

  // ------------------------------------------------------------------ Arabic: issuers and role holders

  @Test
  void arabicStatementIssuedByABodyIsThatBody() {
    var f = fields("إغلاق طريق الساحل يومين",
        "وأفاد بيان صادر عن وزارة النقل، بأن طريق الساحل سيغلق يومين لأعمال الصيانة.");
    Entity ministry = entity("O1", EntityType.ORGANIZATION, "Ministry of Transport", f, "وزارة النقل");
    List<Quote> q = ofKind(run("ar", f, ministry), QuoteKind.INDIRECT);
    assertEquals("Ministry of Transport", speakerName(startingWith(q, "طريق الساحل سيغلق")));
  }

  @Test
  void arabicRoleAndItsBodyThenTheHolderRightBeforeTheClause() {
    var f = fields("رصيف جديد في الدمام",
        "وأوضح مدير عام فرع هيئة الموانئ بالمنطقة الشرقية سالم بن راشد القحطاني أن الرصيف الجديد سيفتتح الشهر المقبل.");
    Entity ports = entity("O1", EntityType.ORGANIZATION, "Ports Authority", f, "هيئة الموانئ");
    Entity salem = person("P1", "Salem bin Rashid Al-Qahtani", f, "سالم بن راشد القحطاني");
    List<Quote> q = ofKind(run("ar", f, ports, salem), QuoteKind.INDIRECT);
    assertEquals("Salem bin Rashid Al-Qahtani", speakerName(startingWith(q, "الرصيف الجديد")));
  }

  @Test
  void arabicRoleThenPlaceThenTheHolder() {
    var f = fields("مهرجان التمور",
        "وأكد مسؤول البرنامج في القصيم خالد عبدالله المطيري أن المهرجان سيستقبل مئة ألف زائر.");
    Entity khaled = person("P1", "Khaled Abdullah Al-Mutairi", f, "خالد عبدالله المطيري");
    List<Quote> q = ofKind(run("ar", f, khaled), QuoteKind.INDIRECT);
    assertEquals("Khaled Abdullah Al-Mutairi", speakerName(startingWith(q, "المهرجان سيستقبل")));
  }

  @Test
  void arabicCompanionBeforeTheClauseIsNotTheSpeaker() {
    var f = fields("محادثات مثمرة",
        "وقال وزير الخارجية في مؤتمر صحافي مع نظيره الفرنسي جان مارتان إن المحادثات كانت مثمرة.");
    Entity martin = person("P1", "Jean Martin", f, "جان مارتان");
    List<Quote> q = ofKind(run("ar", f, martin), QuoteKind.INDIRECT);
    assertNotEquals("Jean Martin", speakerName(startingWith(q, "المحادثات كانت")));
  }

  // ------------------------------------------------------------------ Persian: claims and present-tense statements

  @Test
  void persianClaimVerbTakesTheClauseAfterItsComma() {
    var f = fields("اجرای طرح ترافیک",
        "سخنگوی شهرداری تهران روز گذشته مدعی شد، طرح جدید ترافیک از ماه آینده در همه مناطق اجرا می‌شود.");
    List<Quote> q = ofKind(run("fa", f), QuoteKind.INDIRECT);
    startingWith(q, "طرح جدید ترافیک");
  }

  @Test
  void persianPresentTenseAnnouncementIsACue() {
    var f = fields("کاهش مصرف آب",
        "پژوهشگران مرکز مطالعات آب اعلام می‌کنند مصرف آب در پایتخت ده درصد کاهش یافته است.");
    List<Quote> q = ofKind(run("fa", f), QuoteKind.INDIRECT);
    startingWith(q, "مصرف آب در پایتخت");
  }
}
