package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53 (invented sentences): a request ('urged X to …', 'called on X to …', 'called for …') is
 * reported speech, its content the INDIRECT clause and its requester the speaker (the lead's ruling); a passive
 * request names no requester.
 */
class QuoteEnglishRound53Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aRequestReportsItsContent() {
    var f = fields("Fuel bills",
        "Ann Lee urged the government to raise winter payments for pensioners.",
        "Ann Lee also called on ministers to cap standing charges before the winter.",
        "Ann Lee called for an inquiry into pricing by the energy firms.",
        "Ann Lee urges suppliers to publish their tariffs.",
        "Ann Lee was urging the regulator to act before the winter.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    for (String content : List.of("the government to raise winter payments", "ministers to cap standing charges",
        "an inquiry into pricing", "suppliers to publish", "the regulator to act")) {
      Quote q = indirectStarting(qs, content);
      assertNotNull(q, () -> content + " not in " + texts(qs));
      assertEquals("Ann Lee", speakerName(q));
    }
  }

  @Test
  void aPassiveOrOpeningParticipleReportsNoRequest() {
    var f = fields("Fuel bills", "Tenants were urged to check their meters before the winter.",
        "Calling for calm, Ann Lee said the talks with the suppliers would resume on Monday.",
        "Artistic urges have almost disappeared from the tariff leaflets.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    List<Quote> qs = run(f, lee);
    for (String wrong : List.of("to check", "calm", "have almost")) {
      assertFalse(qs.stream().anyMatch(q -> q.getText().toString().startsWith(wrong)), () -> texts(qs).toString());
    }
  }
}
