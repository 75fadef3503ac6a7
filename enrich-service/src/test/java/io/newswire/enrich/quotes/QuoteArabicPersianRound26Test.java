package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-sixth round, on invented sentences: words a body or medium voices على لسان X (on the
 * tongue of X) are X's; a source phrase before its clause may run past eight words when a comma and فإن
 * close it; a source phrase that names no one leaves its clause unnamed rather than giving it to the last
 * speaker.
 */
class QuoteArabicPersianRound26Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aBodySpeakingOnTheTongueOfItsSpokesmanGivesTheSpokesman() {
    var f = fields("أزمة المياه",
        "وأكدت وزارة المياه على لسان المتحدث باسمها خالد المنصوري أن محطات التحلية ستعمل بكامل طاقتها هذا الصيف.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Water", f, "وزارة المياه"),
        entity("P1", EntityType.PERSON, "Khalid al-Mansouri", f, "خالد المنصوري"));
    Quote clause = startingWith(q, "محطات التحلية");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Khalid al-Mansouri", speakerName(clause), texts(q).toString());
  }

  @Test
  void aPaperPrintingWordsOnTheTongueOfSomeoneBeforeQawlahuGivesThatPerson() {
    var f = fields("حريق المصنع",
        "ونشرت الصحيفة على لسان مدير الدفاع المدني سمير العلي قوله: «أخمدنا الحريق خلال ساعتين ولم يصب أحد».");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Samir al-Ali", f, "سمير العلي"));
    Quote words = startingWith(q, "أخمدنا الحريق");
    assertEquals(QuoteKind.DIRECT, words.getKind(), texts(q).toString());
    assertEquals("Samir al-Ali", speakerName(words), texts(q).toString());
  }

  @Test
  void withoutOnTheTongueOfTheBodyStillSpeaks() {
    var f = fields("أزمة المياه",
        "وأكدت وزارة المياه أن محطات التحلية ستعمل بكامل طاقتها هذا الصيف.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Water", f, "وزارة المياه"));
    assertEquals("Ministry of Water", speakerName(startingWith(q, "محطات التحلية")), texts(q).toString());
  }

  @Test
  void onTheTongueOfPastACommaAndANewClauseDoesNotRenameTheSpeaker() {
    var f = fields("حملة التطعيم",
        "وقالت وزارة الصحة إن الحملة ستبدأ الأسبوع المقبل، فيما جاء الرد على لسان سامي الخطيب بأن الموعد لم يحدد بعد.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Health", f, "وزارة الصحة"),
        entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    assertEquals("Ministry of Health", speakerName(startingWith(q, "الحملة ستبدأ")), texts(q).toString());
  }

  @Test
  void aLongSourcePhraseClosedByACommaAndFaInnaOpensItsClause() {
    var f = fields("الجسر الجديد",
        "وبحسب سامي الخطيب وهو مهندس مدني يعمل في شركة المقاولات منذ عشرين عاما، فإن الجسر الجديد سيفتتح قبل نهاية العام.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    Quote clause = startingWith(q, "الجسر الجديد");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Sami al-Khatib", speakerName(clause), texts(q).toString());
  }

  @Test
  void aLongSourcePhraseClosedByACommaWithoutFaInnaOpensNothing() {
    var f = fields("البطولة",
        "وحسب الجدول الذي وضعته اللجنة المنظمة للبطولة قبل ثلاثة أشهر من موعدها، تبدأ المباريات في الصباح الباكر.");
    List<Quote> q = run(f);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("تبدأ المباريات")), texts(q).toString());
  }

  @Test
  void aSourcePhraseNamingNoOneLeavesItsClauseUnnamed() {
    var f = fields("مشروع الميناء",
        "وقال وزير النقل أحمد الصالح إن العمل في الميناء سيبدأ قريبا.",
        "ووفقا للمعلومات المتاحة في السوق، فإن المشروع سيكلف نحو مليار دولار.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Ahmed al-Saleh", f, "أحمد الصالح"));
    assertEquals("Ahmed al-Saleh", speakerName(startingWith(q, "العمل في الميناء")), texts(q).toString());
    Quote clause = startingWith(q, "المشروع سيكلف");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertNull(speakerName(clause), texts(q).toString());
  }

  @Test
  void aSourcePhraseWithAPronounGoesOnFromTheSpeaker() {
    var f = fields("مشروع الميناء",
        "وقال وزير النقل أحمد الصالح إن العمل في الميناء سيبدأ قريبا.",
        "ووفقا له، فإن المشروع سيكلف نحو مليار دولار.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Ahmed al-Saleh", f, "أحمد الصالح"));
    assertEquals("Ahmed al-Saleh", speakerName(startingWith(q, "المشروع سيكلف")), texts(q).toString());
  }
}
