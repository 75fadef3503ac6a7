package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
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
 * Issue 9, round 51b (invented sentences): an 'It said' that no speaker before can take goes to the one
 * organisation the sentence just before names as its subject or agent, never when that sentence also names a
 * person or a second organisation, or reports someone's words.
 */
class QuoteEnglishRound51bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static final String ANALYST = "\"The figures are better than they look,\" said Jan Berg, an analyst in Oslo.";

  private Quote itSaid(String sentenceBefore, String... orgs) {
    List<ArticleField> f = fields("Profits rise", ANALYST + " " + sentenceBefore
        + " It said that fuel prices would rise again in the spring.");
    Entity berg = person("p1", "Jan Berg", f, "Jan Berg");
    Entity[] all = new Entity[orgs.length + 1];
    all[0] = berg;
    for (int i = 0; i < orgs.length; i++) {
      all[i + 1] = orgs[i].equals("Karl Moe") ? person("p2", orgs[i], f, orgs[i])
          : entity("o" + i, EntityType.ORGANIZATION, orgs[i], f, orgs[i]);
    }
    List<Quote> qs = extractor.extract(f, "en", List.of(all));
    Quote q = indirectStarting(qs, "fuel prices");
    assertNotNull(q, () -> texts(qs).toString());
    return q;
  }

  @Test
  void itSaidGoesToTheOneBodyTheSentenceBeforeIsAbout() {
    assertEquals("Nordfrakt",
        speakerName(itSaid("One problem identified by Nordfrakt was the cost of fuel.", "Nordfrakt")));
    assertEquals("Nordfrakt", speakerName(itSaid("Nordfrakt made 12 mln crowns in the quarter.", "Nordfrakt")));
  }

  @Test
  void aSecondBodyOrAPersonLeavesItUnnamed() {
    assertNull(speakerName(itSaid("Nordfrakt bought a stake in Vestgas last year.", "Nordfrakt", "Vestgas")));
    assertNull(speakerName(itSaid("Nordfrakt hired Karl Moe as its finance chief.", "Nordfrakt", "Karl Moe")));
    assertNull(speakerName(itSaid("Shares in Nordfrakt fell 3% in Oslo.", "Nordfrakt")), "Nordfrakt is no subject");
    assertNull(speakerName(itSaid("The Nordfrakt unit said costs were up.", "Nordfrakt")), "that sentence's own speaker");
  }
}
