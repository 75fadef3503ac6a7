package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 49 (invented sentences): a trailing '…, Ann Lee, role of X, said in an interview.' keeps its
 * subject before the verb when a few words of a time or place adjunct follow it, as with nothing after the verb.
 * A sentence with words in marks and no cue whose subject is that of a passive ('He has been voted the best
 * "Ambassador for Rowing"') reports no one's words: the subject is what it is about.
 */
class QuoteEnglishRound49Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void appositiveSubjectBeforeSaidInAnInterviewIsTheSpeaker() {
    var f = fields("Tin talks stall",
        "A tin pact was reached last year, a Bolivian mining official told Reuters.",
        "Low prices and high stocks make a new accord less likely, Jorge Quiroga Salas, deputy mines minister of Bolivia,"
            + " said in an interview.",
        "The current accord runs until June.");
    Entity quiroga = person("p1", "Jorge Quiroga Salas", f, "Jorge Quiroga Salas");
    Quote q = startingWith(run(f, quiroga), "Low prices and high stocks");
    assertEquals("Jorge Quiroga Salas", speakerName(q));
    assertEquals("Low prices and high stocks make a new accord less likely", cut(f, q));
  }

  @Test
  void aListBeforeTheSubjectIsNoAppositive() {
    var f = fields("Tin sales",
        "Sales rose in January, fell in February, and rose again in March, Ann Lee said in an interview.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    Quote q = startingWith(run(f, lee), "Sales rose");
    assertEquals("Ann Lee", speakerName(q));
    assertEquals("Sales rose in January, fell in February, and rose again in March", cut(f, q));
  }

  @Test
  void aPassiveSubjectSaysNothingInMarks() {
    var f = fields("Rower honoured",
        "Tom Bell won his third title on Sunday.",
        "He has just been voted, by the rowing writers, as the best \"Ambassador for Rowing\" on the tour.",
        "Harbour TV was criticised for its \"lurid\" trailers.");
    Entity bell = person("p1", "Tom Bell", f, "Tom Bell");
    List<Quote> qs = run(f, bell);
    assertTrue(qs.stream().noneMatch(q -> cut(f, q).startsWith("He has just been voted")), () -> qs.toString());
    assertTrue(qs.stream().noneMatch(q -> cut(f, q).startsWith("Harbour TV was criticised")), () -> qs.toString());
  }

  @Test
  void aPassiveWithItsAgentAfterTheMarksIsLeftAsItWas() {
    var f = fields("Skills report",
        "Tom Bell presented the report on Monday, saying more learners had passed.",
        "These are listed as \"veterans\" by the ministry for the purpose of the count.");
    Entity bell = person("p1", "Tom Bell", f, "Tom Bell");
    List<Quote> qs = run(f, bell);
    assertTrue(qs.stream().anyMatch(q -> cut(f, q).startsWith("These are listed")), () -> qs.toString());
  }
}
