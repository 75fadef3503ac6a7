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

/**
 * Issue 9, round 30 (invented sentences): 'It said' goes on with a source the entity step left unlinked
 * when that source's words are a proper name that is no person's (a paper, a firm), never with a person,
 * a titled surname or a plural group; 'The Swedish firm said' goes on with the body named before, as 'the
 * firm said' does, while a capitalised word that is no nationality names another firm; 'They said' after
 * 'Kellvik officials said' names no one, as the officials are not named.
 */
class QuoteEnglishRound30Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void itGoesOnWithAnUnlinkedPaper() {
    var f = fields("Schools to close",
        "The Harwick Courier said the council would close two village schools in the spring.",
        "It said the plan had been kept from parents for months.");
    List<Quote> quotes = run(f);
    String first = speakerText(startingWith(quotes, "the council would"));
    assertEquals("Harwick Courier", first);
    assertEquals(first, speakerName(startingWith(quotes, "the plan had been")));
  }

  @Test
  void itNeverGoesOnWithAPerson() {
    var f = fields("Schools to close",
        "Councillor Helen Marwick said the council would close two village schools in the spring.",
        "It said the plan had been kept from parents for months.");
    assertNull(speakerName(startingWith(run(f), "the plan had been")));
  }

  @Test
  void itNeverGoesOnWithATitledSurname() {
    var f = fields("Schools to close",
        "Mr Trebbold said the council would close two village schools in the spring.",
        "It said the plan had been kept from parents for months.");
    assertNull(speakerName(startingWith(run(f), "the plan had been")));
  }

  @Test
  void itNeverGoesOnWithAPluralGroup() {
    var f = fields("Schools to close",
        "MPs said the council would close two village schools in the spring.",
        "It said the plan had been kept from parents for months.");
    assertNull(speakerName(startingWith(run(f), "the plan had been")));
  }

  @Test
  void nationalityBeforeAKindNounGoesOnWithTheBodyNamed() {
    var f = fields("Plants to close",
        "Shares in Kellvik Appliances fell by a tenth on Monday.",
        "The Swedish firm said it would close two of its plants in the north next year.");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Kellvik Appliances", f, "Kellvik Appliances");
    assertEquals("Kellvik Appliances", speakerName(startingWith(run(f, firm), "it would close")));
  }

  @Test
  void capitalisedWordThatIsNoNationalityNamesAnotherFirm() {
    var f = fields("Plants to close",
        "Shares in Kellvik Appliances fell by a tenth on Monday.",
        "The Greenford firm said it would close two of its plants in the north next year.");
    Entity firm = entity("o1", EntityType.ORGANIZATION, "Kellvik Appliances", f, "Kellvik Appliances");
    assertNull(speakerName(startingWith(run(f, firm), "it would close")));
  }

  @Test
  void pronounAfterABodysUnnamedOfficialsNamesNoOne() {
    var f = fields("Plant closure",
        "Kellvik officials said the plant would close in the spring.",
        "They said talks with the union had failed.");
    assertNull(speakerName(startingWith(run(f), "talks with the union")));
  }

  @Test
  void aBodysNameClosingTheWordsIsNoUnnamedSource() {
    // a capitalised last word is a name ('Kellvik Dealers', a firm), not a body's unnamed people
    assertFalse(UnnamedSources.is("Kellvik Dealers"));
    assertTrue(UnnamedSources.is("Kellvik officials"));
  }
}
