package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 56b, on invented sentences: a definite document speaking later (وأضاف التقرير) is the
 * issuer the story gave the latest document it named (لتقرير أعده «X», تقرير صادر عن Y), also an issuer in
 * marks the entity step did not know, past data (بيانات) named between; a document the body speaking issued
 * (في بيان) leaves the body. A centre speaking by its kind (قال المركز) is the one named so that spoke before.
 */
class QuoteArabicRound56bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void aReportPreparedByABodyInMarksSpeaksForIt() {
    var f = fields("الذهب يرتفع",
        "ووفقا لتقرير أسبوعي أعده «بنك الواحة للاستثمار» حول أداء المعادن، ارتفع الذهب بعد بيانات أميركية ضعيفة.",
        "ويفيد التقرير بأن «الطلب على الذهب سيبقى قويا حتى نهاية العام».");
    List<Quote> q = run(f);
    String name = speakerName(startingWith(q, "الطلب على الذهب"));
    assertNotNull(name, texts(q).toString());
    assertEquals("بنك الواحة للاستثمار", name);
  }

  @Test
  void aReportIssuedByANamedBodyKeepsItOverALaterBody() {
    var f = fields("تقرير عن المياه",
        "وذكر تقرير صادر عن منظمة الأغذية والزراعة أن مخزون المياه الجوفية تراجع في المنطقة.",
        "وتعمل وزارة الزراعة على مشاريع جديدة للري في الجنوب.",
        "وأضاف التقرير أن الأمطار قلت بنسبة كبيرة خلال العقد الماضي.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Food and Agriculture Organization", f,
        "منظمة الأغذية والزراعة"), entity("O2", EntityType.ORGANIZATION, "Ministry of Agriculture", f, "وزارة الزراعة"));
    assertEquals("Food and Agriculture Organization", speakerName(startingWith(q, "الأمطار قلت")), texts(q).toString());
  }

  @Test
  void aStatementTheBodyIssuedStaysTheBodys() {
    var f = fields("تقرير عن المياه",
        "وذكر تقرير صادر عن منظمة الأغذية والزراعة أن مخزون المياه الجوفية تراجع في المنطقة.",
        "وقالت وزارة الزراعة في بيان إن مشاريع جديدة للري ستبدأ في الجنوب.",
        "وأضاف البيان أن الأمطار قلت بنسبة كبيرة خلال العقد الماضي.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Food and Agriculture Organization", f,
        "منظمة الأغذية والزراعة"), entity("O2", EntityType.ORGANIZATION, "Ministry of Agriculture", f, "وزارة الزراعة"));
    assertEquals("Ministry of Agriculture", speakerName(startingWith(q, "الأمطار قلت")), texts(q).toString());
  }

  @Test
  void aCentreSpeakingByItsKindIsTheCentreThatSpokeBefore() {
    var f = fields("دعم للتعليم",
        "وبحسب مركز الخليج للدراسات التربوية، فإن المدارس الجديدة ستفتح أبوابها في الخريف المقبل.",
        "وقال المركز إن عدد الطلاب سيرتفع بنسبة كبيرة خلال الأعوام المقبلة.");
    List<Quote> q = run(f);
    // published under the words the earlier source was given (the subject stops before a word with ل)
    assertEquals("مركز الخليج", speakerName(startingWith(q, "عدد الطلاب")), texts(q).toString());
  }

  @Test
  void sourcesByTheirKindStayUnnamed() {
    var f = fields("حادث في الميناء",
        "وبحسب مصادر الشرطة، فإن الحريق اندلع في أحد المستودعات القديمة.",
        "وقالت المصادر إن التحقيق ما زال جاريا في أسباب الحريق.");
    List<Quote> q = run(f);
    assertNull(speakerName(startingWith(q, "التحقيق ما زال")), texts(q).toString());
  }
}
