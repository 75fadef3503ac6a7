package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, eighteenth round: English documents and governments as speakers, on invented sentences. */
class QuoteEnglishRound18Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void initialsKeepTheWholeName() {
    var f = fields("Rice harvest",
        "Thailand's rice crop will shrink this year, the U.S. Consulate said on Monday.");
    Quote q = startingWith(run(f), "Thailand's rice crop");
    assertEquals("U.S. Consulate", speakerText(q));
  }

  @Test
  void theReportIsItsIssuerNamedInTheCueSentence() {
    var f = fields("Rice harvest",
        "Thailand's rice crop will shrink this year, the U.S. Consulate said in its yearly farm report.",
        "The Thai farm ministry said the crop would hold steady at 19 mln tonnes.",
        "The report said lower rainfall in the north had cut planting by a tenth.");
    Quote q = startingWith(run(f), "lower rainfall in the north");
    assertEquals("The report", speakerText(q));
    assertEquals("U.S. Consulate", speakerName(q));
  }

  @Test
  void aDocumentWithItsBodyNounTakesTheSpeakerSoNamed() {
    var f = fields("Rice harvest",
        "Thailand's rice crop will shrink this year, the U.S. Consulate said.",
        "The consulate's annual survey said exports would fall by 5 pct.");
    Quote q = startingWith(run(f), "exports would fall");
    assertEquals("U.S. Consulate", speakerName(q));
  }

  @Test
  void aBareReportWithNoIssuerStaysUnnamed() {
    var f = fields("Rice harvest",
        "Rice prices rose for a third week.",
        "The report said lower rainfall had cut planting by a tenth.");
    Quote q = startingWith(run(f), "lower rainfall had cut");
    assertNull(speakerName(q));
  }

  @Test
  void documentNounsAreReadWithTheirModifiers() {
    assertEquals("report", EnglishDocumentSpeakers.documentNoun(Tokenizer.tokenize("the report", "en")));
    assertEquals("report", EnglishDocumentSpeakers.documentNoun(
        Tokenizer.tokenize("The embassy's annual report on rice", "en")));
    assertNull(EnglishDocumentSpeakers.documentNoun(Tokenizer.tokenize("the Warren report", "en")));
    assertNull(EnglishDocumentSpeakers.documentNoun(Tokenizer.tokenize("the minister", "en")));
  }

  @Test
  void aNationalGovernmentIsItsCountry() {
    var f = fields("Coffee exports",
        "Kenya's coffee exports are set to rise next season.",
        "The Kenyan government said output would reach 60,000 tonnes.");
    Entity kenya = entity("L1", EntityType.PLACE, "Kenya", f, "Kenya");
    Quote q = startingWith(run(f, kenya), "output would reach");
    assertEquals("Kenya", speakerName(q));
    assertEquals("The Kenyan government", speakerText(q));
  }

  @Test
  void theGovernmentGoesOnFromTheCountryThatSpoke() {
    var f = fields("Debt relief",
        "Peru said it hoped creditors would freeze its repayments for two years.",
        "The government said the money would go to rebuilding roads.");
    Entity peru = entity("L1", EntityType.PLACE, "Peru", f, "Peru");
    Quote q = startingWith(run(f, peru), "the money would go");
    assertEquals("Peru", speakerName(q));
  }

  @Test
  void adjectivesAreMatchedToTheirCountries() {
    assertTrue(EnglishGovernments.builtOn("canadian", "Canada"));
    assertTrue(EnglishGovernments.builtOn("german", "Germany"));
    assertTrue(EnglishGovernments.builtOn("iranian", "Iran"));
    assertFalse(EnglishGovernments.builtOn("indonesian", "Jakarta"));
    assertFalse(EnglishGovernments.builtOn("iran", "Iran"));
  }

  @Test
  void theMagazineIsTheNameWrittenWithThatNoun() {
    var f = fields("Poll",
        "A survey by Harbour Weekly magazine found most readers backed the plan.",
        "The magazine said support was strongest among young voters.");
    Quote q = startingWith(run(f), "support was strongest");
    assertEquals("Harbour Weekly magazine", speakerName(q));
    assertEquals("The magazine", speakerText(q));
  }

  @Test
  void theMagazineWithNoSuchNameStaysUnnamed() {
    var f = fields("Poll",
        "Most readers backed the plan.",
        "The magazine said support was strongest among young voters.");
    Quote q = startingWith(run(f), "support was strongest");
    assertNull(speakerName(q));
  }
}
