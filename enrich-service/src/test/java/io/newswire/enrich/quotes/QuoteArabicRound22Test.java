package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * Issue 9, twenty-second round, on invented sentences: verbal-noun objects of the tafa''ul, fu'ul and mim
 * shapes, a clause cut before a participle of another act, and a name the entity step missed before its role.
 */
class QuoteArabicRound22Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void verbalNounsOfTheShapesTheOldTestMissedAreReported() {
    var f = fields("أداء المصارف",
        "وأكد الوزير سامي الراشد تحسّن أداء المصارف خلال العام الحالي.",
        "ونفى الراشد حصول أي تلاعب في حسابات الصندوق.",
        "وكان المتحدث باسم الشرطة قد نفى مقتل أي من المارة في الحادث.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد", "الراشد"));
    Quote better = startingWith(q, "تحسّن أداء");
    assertEquals(QuoteKind.INDIRECT, better.getKind());
    assertEquals("Sami al-Rashed", speakerName(better), texts(q).toString());
    assertEquals("Sami al-Rashed", speakerName(startingWith(q, "حصول أي تلاعب")), texts(q).toString());
    assertEquals(QuoteKind.INDIRECT, startingWith(q, "مقتل أي من المارة").getKind());
  }

  @Test
  void aBrokenPluralOfTheFuulShapeIsNoVerbalNoun() {
    var f = fields("حريق",
        "وأكد شهود عيان أن الحريق اندلع في المستودع قبل منتصف الليل.");
    List<Quote> q = run(f);
    assertEquals("الحريق اندلع في المستودع قبل منتصف الليل", startingWith(q, "الحريق").getText().toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().startsWith("شهود")), texts(q).toString());
  }

  @Test
  void aClauseEndsBeforeAParticipleOfAnotherAct() {
    var f = fields("رواتب اللاعبين",
        "وقال رئيس النادي فهد العتيبي إن الوضع المالي للنادي مستقر، معلنًا عن صرف رواتب اللاعبين الشهر المقبل.",
        "وأوضح العتيبي أن الفريق سيبدأ معسكره في النمسا، داعيًا الجماهير إلى الحضور بكثافة في المباراة الأولى.");
    List<Quote> q = run(f, person("P1", "Fahd al-Otaibi", f, "فهد العتيبي", "العتيبي"));
    assertEquals("الوضع المالي للنادي مستقر", startingWith(q, "الوضع المالي").getText().toString());
    assertEquals("الفريق سيبدأ معسكره في النمسا", startingWith(q, "الفريق سيبدأ").getText().toString());
  }

  @Test
  void aClauseRunsOnOverAParticipleWhoseObjectQuotesTheSpeaker() {
    var f = fields("موسم صعب",
        "وقال المدرب ماركو بيانكي إن الموسم كان صعبا، معربًا عن أسفه لما سماه «أخطاء تحكيمية متكررة» في المباريات الأخيرة.");
    List<Quote> q = run(f, person("P1", "Marco Bianchi", f, "ماركو بيانكي"));
    Quote clause = startingWith(q, "الموسم كان صعبا");
    assertTrue(clause.getText().toString().contains("معربًا"), texts(q).toString());
  }

  @Test
  void aNameBeforeItsRoleInABodyIsTheSpeakerNotTheBody() {
    var f = fields("معارك الحدود",
        "وقال جابر الله نوري المتحدث باسم حركة طالبان إن مقاتلي الحركة سيطروا على المعبر الحدودي.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Taliban", f, "حركة طالبان"));
    Quote clause = startingWith(q, "مقاتلي الحركة");
    assertEquals("جابر الله نوري", speakerName(clause), speakerText(clause) + " " + texts(q));
  }
}
