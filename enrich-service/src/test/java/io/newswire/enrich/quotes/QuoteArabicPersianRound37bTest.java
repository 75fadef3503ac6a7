package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 37b, on invented sentences: a subjectless Arabic speech verb goes on with the subject of the clause
 * that لكن or ثم opened earlier in its sentence, not with the speaker before.
 */
class QuoteArabicPersianRound37bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void clauseSubjectAfterLakinSpeaks() {
    var f = fields("القضية",
        "وقالت وزارة العدل إن القضية أحيلت إلى المحكمة في الموعد.",
        "وقد أيدت المحكمة الابتدائية الحكم، لكن هيئة الاستئناف ألغت القرار الشهر الماضي، بعد أن قالت إن الأدلة غير كافية.");
    List<Quote> q = run("ar", f, entity("O2", EntityType.ORGANIZATION, "Ministry of Justice", f,
        "وزارة العدل"), entity("O1", EntityType.ORGANIZATION, "Appeals Board", f, "هيئة الاستئناف"));
    assertEquals("Appeals Board", speakerName(startingWith(q, "الأدلة غير كافية")), texts(q).toString());
  }

  @Test
  void listedNameAfterThummaIsNoSubject() {
    // ثم «الحزب»، lists an object: the name is followed by a comma, not by its verb
    var f = fields("الأولويات",
        "قال الوزير فهد السالم إن الحكومة ماضية في خطتها.",
        "كانت الأولويات ضرب المهربين ثم «الحزب»، ولطالما قالت إن الحدود آمنة.");
    List<Quote> q = run("ar", f, person("P1", "Fahd al-Salem", f, "فهد السالم"),
        person("O1", "The Party", f, "الحزب"));
    assertNotEquals("The Party", speakerName(startingWith(q, "الحدود آمنة")), texts(q).toString());
  }
}
