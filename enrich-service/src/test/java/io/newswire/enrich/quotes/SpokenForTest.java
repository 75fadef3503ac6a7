package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The body a spokesperson speaks for (المتحدث باسم الحكومة) is not the speaker when the spokesperson is
 * named after it, whether the role's head is known (feminine role heads: نائبة، المتحدثة) or not.
 */
class SpokenForTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private Quote direct(List<ArticleField> f, Entity... entities) {
    List<Quote> q = ofKind(extractor.extract(f, "ar", List.of(entities)), QuoteKind.DIRECT);
    assertEquals(1, q.size(), "one direct quote");
    return q.get(0);
  }

  @Test
  void feminineRoleHeadBeforeTheBodyAndTheName() {
    var f = fields("عنوان",
        "وقالت نائبة المتحدث باسم الحكومة الألمانية، سارة العلي، أمس في برلين، إن «الحكومة تدرس كل الخيارات المتاحة».");
    Entity government = entity("O1", EntityType.ORGANIZATION, "Government of Germany", f, "الحكومة الألمانية");
    Entity ali = person("P1", "Sarah al-Ali", f, "سارة العلي");
    assertEquals("Sarah al-Ali", speakerName(direct(f, government, ali)));
  }

  @Test
  void unknownRoleHeadBeforeTheBodyAndTheName() {
    var f = fields("عنوان",
        "وقال كبير المفاوضين باسم الحكومة الألمانية، خالد العلي، أمس في برلين، إن «المحادثات ستستأنف الأسبوع المقبل في جنيف».");
    Entity government = entity("O1", EntityType.ORGANIZATION, "Government of Germany", f, "الحكومة الألمانية");
    Entity ali = person("P1", "Khaled al-Ali", f, "خالد العلي");
    assertEquals("Khaled al-Ali", speakerName(direct(f, government, ali)));
  }

  @Test
  void aBodyThatSpeaksItselfStaysTheSpeaker() {
    var f = fields("عنوان",
        "وقالت الحكومة الألمانية، في بيان أمس، إن «الزيارة لا تخدم الحل في الوقت الحالي».");
    Entity government = entity("O1", EntityType.ORGANIZATION, "Government of Germany", f, "الحكومة الألمانية");
    assertEquals("Government of Germany", speakerName(direct(f, government)));
  }
}
