package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-seventh round, on invented sentences: an Arabic body's kind word may keep its adjectives
 * before its name in marks; الذي/التي take up a name set off by an apposed role or standing in marks; after
 * a sentence-opening كان the subject stands before the speech verb.
 */
class QuoteArabicPersianRound27Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aBodysKindWithItsAdjectivesBeforeItsNameInMarksGivesTheName() {
    var f = fields("خط بحري جديد",
        "قالت شركة النقل البحري الخاصة «أمواج» إنها ستفتح خطا جديدا بين جدة والسويس الشهر المقبل.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Amwaj", f, "أمواج"));
    Quote clause = startingWith(q, "إنها ستفتح");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Amwaj", speakerName(clause), texts(q).toString());
  }

  @Test
  void anAdjunctAfterTheKindWordEndsItsWordsBeforeTheMarks() {
    var f = fields("خط بحري جديد",
        "وقالت شركة النقل البحري في ميناء جدة «أمواج» إن الخط الجديد سيعمل مرتين في الأسبوع.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Amwaj", f, "أمواج"));
    assertNotEquals("Amwaj", speakerName(startingWith(q, "الخط الجديد")), texts(q).toString());
  }

  @Test
  void aRelativeAfterAnApposedRoleTakesUpTheNameBeforeTheRole() {
    var f = fields("محاكمة",
        "واتفقت المحكمة مع سامي الخطيب، المدعي العام في المدينة، الذي قال إن المتهم خطط للجريمة منذ شهور.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "City Court", f, "المحكمة"),
        entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    Quote clause = startingWith(q, "المتهم خطط");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Sami al-Khatib", speakerName(clause), texts(q).toString());
  }

  @Test
  void aRelativeAfterANameInMarksTakesUpThatName() {
    var f = fields("نبأ الأسر",
        "وجاء الخبر عن وكالة «الأنباء المتحدة» التي قالت إنها لن تنشر أسماء الأسرى قبل إبلاغ عائلاتهم.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "United News Agency", f, "الأنباء المتحدة"));
    assertEquals("United News Agency", speakerName(startingWith(q, "إنها لن تنشر")), texts(q).toString());
  }

  @Test
  void aRelativeWithoutTheCommaOfAnApposedRoleDoesNotReachBackToTheName() {
    var f = fields("محاكمة",
        "وحضر الجلسة سامي الخطيب. ثم تحدث المحامي الذي قال إن موكله بريء من التهمة.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    assertNotEquals("Sami al-Khatib", speakerName(startingWith(q, "موكله بريء")), texts(q).toString());
  }

  @Test
  void afterKanaOpeningTheSentenceItsSubjectSpeaks() {
    var f = fields("حملة التطعيم",
        "وكانت وزارة الصحة قد أعلنت أمس أن الحملة ستبدأ في المدارس مع بداية العام الدراسي.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Health", f, "وزارة الصحة"));
    Quote clause = startingWith(q, "الحملة ستبدأ");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Ministry of Health", speakerName(clause), texts(q).toString());
  }

  @Test
  void kanaInAClauseBeforeACommaLeavesTheNextVerbItsOwnSubject() {
    var f = fields("أمطار غزيرة",
        "وكانت الأمطار غزيرة أمس في المدينة، وقال سامي الخطيب إن الطرق الرئيسية أغلقت لساعات.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    assertEquals("Sami al-Khatib", speakerName(startingWith(q, "الطرق الرئيسية")), texts(q).toString());
  }

  @Test
  void kanaWithANegatedVerbOfItsOwnDoesNotMakeItsSubjectTheSpeaker() {
    var f = fields("حملة التطعيم",
        "وكان المسؤولون لا يعرفون شيئا عن الحملة وقال سامي الخطيب إن الحملة ستتأخر أسبوعين.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Sami al-Khatib", f, "سامي الخطيب"));
    assertEquals("Sami al-Khatib", speakerName(startingWith(q, "الحملة ستتأخر")), texts(q).toString());
  }
}
