package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 37 (invented sentences): a lead's unnamed source ('a senior economic planner') is the person
 * the next paragraph introduces with an apposed description; ', farm credit sources
 * said' names a group no one, and 'she' after such a group goes back to the last person; 'told Reuters Taiwan
 * would …' reports a clause with no 'that'.
 */
class QuoteEnglishRound37Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void describedSourceIsThePersonIntroducedWithApposition() {
    var f = fields("Tariff cuts",
        "Freedonia plans deeper tariff cuts this year, a senior economic planner said.",
        "Lin Hao-Wei, deputy head of the planning council, said the cuts would cover 900 products.");
    Entity lin = person("p1", "Lin Hao-Wei", f, "Lin Hao-Wei");
    Quote lead = startingWith(run(f, lin), "Freedonia plans deeper tariff cuts");
    assertEquals("Lin Hao-Wei", speakerName(lead));
  }

  @Test
  void describedSourceStaysUnnamedWithoutApposition() {
    var f = fields("Tariff cuts",
        "Freedonia plans deeper tariff cuts this year, a senior economic planner said.",
        "Lin Hao-Wei said on Monday the cuts would cover 900 products.");
    Entity lin = person("p1", "Lin Hao-Wei", f, "Lin Hao-Wei");
    Quote lead = startingWith(run(f, lin), "Freedonia plans deeper tariff cuts");
    assertNull(speakerName(lead));
  }

  @Test
  void lowerCasePluralSourcePhraseNamesNoOne() {
    var f = fields("Farm credit",
        "Senator Joe Bell said his panel would act before Easter.",
        "The regulator is also wary of a rescue, farm credit sources said.");
    Entity bell = person("p1", "Joe Bell", f, "Joe Bell");
    Quote q = startingWith(run(f, bell), "The regulator is also wary");
    assertNull(speakerName(q));
    assertEquals("farm credit sources", speakerText(q));
  }

  @Test
  void sheAfterAnUnnamedGroupIsTheLastPerson() {
    var f = fields("Council tax",
        "Finance Minister Jane Rowe said the deal was fair. But opposition parties said the new bands would mean steep rises.",
        "She said councils could keep rises to around 5%.");
    Entity rowe = person("p1", "Jane Rowe", f, "Jane Rowe");
    List<Quote> quotes = run(f, rowe);
    assertNull(speakerName(startingWith(quotes, "the new bands would mean")));
    assertEquals("Jane Rowe", speakerName(startingWith(quotes, "councils could keep rises")));
  }

  @Test
  void toldAnAgencyThenAClauseWithoutThat() {
    var f = fields("Tariffs",
        "Lin Hao-Wei told Reuters Freedonia would cut import tariffs on 900 products later this year.");
    Entity lin = person("p1", "Lin Hao-Wei", f, "Lin Hao-Wei");
    Quote q = startingWith(run(f, lin), "Freedonia would cut import tariffs");
    assertEquals("Lin Hao-Wei", speakerName(q));
  }
}
