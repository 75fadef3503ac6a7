package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, sixteenth round: English speakers, on invented sentences. */
class QuoteRound16Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aQuotationSignedWithADashIsTheSignersEvenWithNoEntity() {
    var f = fields("Readers on the new bridge",
        "\u201cThe bridge has cut my drive to work by half an hour every single day.\u201d \u2015 Maria de la Vega\n"
            + "\u201cIt is too expensive and nobody asked the people who live under it.\u201d \u2014 Tom O'Hara, a retired teacher");
    List<Quote> q = run(f);
    Quote first = startingWith(q, "The bridge has cut");
    assertEquals("Maria de la Vega", speakerName(first));
    assertEquals("Tom O'Hara", speakerName(startingWith(q, "It is too expensive")));
  }

  @Test
  void aSignatureTakesTheEntityTheEntityStepFound() {
    var f = fields("Letters",
        "\u201cWe need more buses on the night routes and we need them this winter.\u201d \u2014 Anna Berg");
    Entity berg = person("P1", "Anna Berg", f, "Anna Berg");
    Quote q = startingWith(run(f, berg), "We need more buses");
    assertEquals("Anna Berg", speakerName(q));
    assertEquals("Anna Berg", speakerText(q));
  }

  @Test
  void aDashFollowedByNarrativeIsNoSignature() {
    var f = fields("Council vote",
        "The mayor was blunt: \u201cThe budget will not pass in its current form this year.\u201d \u2014 and the council agreed.");
    Quote q = startingWith(run(f), "The budget will not pass");
    assertNotEquals("and the council agreed", speakerName(q));
  }

  @Test
  void aSubjectAfterItsCueRightBeforeTheQuotationIsTheSpeaker() {
    var f = fields("Mayor fights critics",
        "Mayor Ron Tate sued the paper last year.",
        "But, said Lena Solvik, \"I don't want to stir up a fight because I know how he reacts.\"",
        "Because of how the rules were written, explained Mark Rosen, \"with this calendar we lose March.\"");
    Entity tate = person("P1", "Ron Tate", f, "Ron Tate");
    Entity solvik = person("P2", "Lena Solvik", f, "Lena Solvik");
    Entity rosen = person("P3", "Mark Rosen", f, "Mark Rosen");
    List<Quote> q = run(f, tate, solvik, rosen);
    assertEquals("Lena Solvik", speakerName(startingWith(q, "I don't want to stir")));
    assertEquals("Mark Rosen", speakerName(startingWith(q, "with this calendar")));
  }

  @Test
  void theOneToldIsNotTheSpeaker() {
    var f = fields("Appeal",
        "Ron Tate lost the case on Monday.",
        "Later, Tate told Anna Berg, \"We will appeal this ruling within the month.\"");
    Entity tate = person("P1", "Ron Tate", f, "Ron Tate", "Tate");
    Entity berg = person("P2", "Anna Berg", f, "Anna Berg");
    assertEquals("Ron Tate", speakerName(startingWith(run(f, tate, berg), "We will appeal")));
  }

  @Test
  void toDateOpensAnAdjunct() {
    var f = fields("Filing errors",
        "Mayor Ron Tate filed the accounts late.",
        "To date, Tate has defended his decision and conceded there were errors in the filing.");
    Entity tate = person("P1", "Ron Tate", f, "Ron Tate", "Tate");
    assertEquals("Ron Tate", speakerName(startingWith(run(f, tate), "there were errors")));
  }
}
