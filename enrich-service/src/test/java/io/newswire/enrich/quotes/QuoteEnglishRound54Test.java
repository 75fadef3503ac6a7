package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 54 (invented sentences): a request's one-word object is its content; two coordinated speakers
 * name no one; a body after 'where' is its clause's subject past a perfect's auxiliary; a rally's or a petition's
 * asking is no speaker's request; the wire's 'here' stands between a subject and its verb.
 */
class QuoteEnglishRound54Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aOneWordRequestIsItsContent() {
    var f = fields("Tax debate", "The opposition Green Party has also called for reforms, but its leaders differ over how to pay for them.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "Green Party", f, "Green Party"));
    Quote q = indirectStarting(qs, "reforms");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("reforms", q.getText().toString());
  }

  @Test
  void coordinatedSpeakersNameNoOne() {
    var f = fields("Deficit warning",
        "Prime Minister Ann Lee and Treasurer Tom Hale said the deficit could reach four billion dollars this year.",
        "He and Hale last week warned that spending was running well above the target.",
        "Ann Lee said the budget would be balanced within three years.");
    Entity lee = person("p1", "Ann Lee", f, "Ann Lee");
    Entity hale = person("p2", "Tom Hale", f, "Tom Hale", "Hale");
    List<Quote> qs = run(f, lee, hale);
    for (String content : List.of("the deficit could reach", "spending was running")) {
      Quote q = indirectStarting(qs, content);
      assertNotNull(q, () -> content + " not in " + texts(qs));
      assertNull(speakerName(q), content);
    }
    assertEquals("Ann Lee", speakerName(indirectStarting(qs, "the budget would be balanced")));
  }

  @Test
  void aBodySplitByTheEntityStepStaysOneSpeaker() {
    var f = fields("Safety rules", "The Health and Safety Executive said it was reviewing the rules on ladders.");
    Entity health = entity("org:en:health", EntityType.ORGANIZATION, "Health", f, "Health");
    Entity executive = entity("org:name:safety-executive", EntityType.ORGANIZATION, "Safety Executive", f, "Safety Executive");
    List<Quote> qs = run(f, health, executive);
    assertEquals("Safety Executive", speakerName(indirectStarting(qs, "it was reviewing")));
  }

  @Test
  void aBodyAfterWhereIsTheRequester() {
    var f = fields("Maize surplus",
        "Some maize has been sent to neighbouring Malawi, where the United Nations has urged greater efforts to feed the hungry.");
    List<Quote> qs = run(f, entity("o1", EntityType.ORGANIZATION, "United Nations", f, "United Nations"));
    Quote q = indirectStarting(qs, "greater efforts");
    assertNotNull(q, () -> texts(qs).toString());
    assertEquals("United Nations", speakerName(q));
  }

  @Test
  void aRallyCallingForSomethingIsNoRequest() {
    var f = fields("Rail link", "Campaigners are to stage a rally calling for the old railway line to be reopened.",
        "Members voted on a membership petition calling for a ban on night flights.");
    List<Quote> qs = run(f);
    for (String wrong : List.of("the old railway", "a ban on night flights")) {
      assertFalse(qs.stream().anyMatch(q -> q.getText().toString().startsWith(wrong)), () -> texts(qs).toString());
    }
  }

  @Test
  void hereStandsBetweenSubjectAndVerb() {
    var f = fields("Grain", "Ann Lee said the harvest had been poor.",
        "The stocks will have to be sold at a loss, economists here said.");
    List<Quote> qs = run(f, person("p1", "Ann Lee", f, "Ann Lee"));
    Quote q = indirectStarting(qs, "The stocks will have to be sold");
    assertNotNull(q, () -> texts(qs).toString());
    assertNull(speakerName(q));
  }
}
