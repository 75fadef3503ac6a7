package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * Issue 9, after round 18: a sentence opened by "X's daughter Y" has Y for its subject, so the 'she said'
 * of the quotation after it is Y's, not the owner's; round 19: unnamed sources through their pronouns, a
 * role after an inverted cue, documents placed before the cue, an appositive left open before the cue
 * (invented sentences).
 */
class QuoteEnglishRound19Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void aRelationAfterAPossessiveIsTheSubject() {
    var f = fields("Painter dies",
        "The painter Tomas Verhoeven has died aged 88.",
        "Verhoeven's niece Marta said the family would hold a private service. \"He painted until his last week,\" she said.");
    Quote q = startingWith(run(f, person("P1", "Tomas Verhoeven", f, "Tomas Verhoeven", "Verhoeven"),
        person("P2", "Marta", f, "Marta")), "He painted until");
    assertEquals("Marta", speakerName(q));
  }

  @Test
  void aRoleAfterAPossessiveIsTheSubjectToo() {
    var f = fields("Port strike",
        "Dockers at Harwick walked out on Monday.",
        "Harwick Port's chairman Ian Doyle met the union. \"We will talk for as long as it takes,\" he said.");
    Entity port = entity("O1", EntityType.ORGANIZATION, "Harwick Port", f, "Harwick Port");
    Quote q = startingWith(run(f, port, person("P1", "Ian Doyle", f, "Ian Doyle")), "We will talk");
    assertEquals("Ian Doyle", speakerName(q));
  }

  @Test
  void aClauseAfterThePossessiveLeavesTheOwnerTheSubject() {
    var f = fields("Campaign",
        "Senator Ruth Okonjo spoke in Leeds on Friday.",
        "Okonjo's campaign thanked Paul Stavros. \"We have nothing to add,\" she said.");
    Quote q = startingWith(run(f, person("P1", "Ruth Okonjo", f, "Ruth Okonjo", "Okonjo"),
        person("P2", "Paul Stavros", f, "Paul Stavros")), "We have nothing");
    assertEquals("Ruth Okonjo", speakerName(q));
  }

  @Test
  void aPronounAfterUnnamedAnalystsNamesNoOne() {
    var f = fields("Cable maker",
        "Norlink Cable Corp unveiled a faster fibre line on Monday.",
        "Analysts said Norlink had made a strong start in the market. But they cautioned that profits may take years to follow.");
    Entity norlink = entity("O1", EntityType.ORGANIZATION, "Norlink Cable", f, "Norlink Cable Corp", "Norlink");
    Quote q = startingWith(run(f, norlink), "profits may take years");
    assertNull(speakerName(q));
  }

  @Test
  void aPronounAfterANamedSourceKeepsTheName() {
    var f = fields("Cable maker",
        "Rennick said the line would open in May. He said it would carry twice the traffic.");
    Quote q = startingWith(run(f), "it would carry");
    assertEquals("Rennick", speakerName(q));
  }

  @Test
  void unnamedSourcesAreToldFromNames() {
    assertTrue(UnnamedSources.is("Analysts"));
    assertTrue(UnnamedSources.is("one dealer"));
    assertTrue(UnnamedSources.is("The group"));
    assertFalse(UnnamedSources.is("the Spurs coach"));
    assertFalse(UnnamedSources.is("Reuters"));
    assertFalse(UnnamedSources.is("The Times"));
  }

  @Test
  void aRoleAfterAnInvertedCueIsThePersonApposedToIt() {
    var f = fields("Coach leaves",
        "Harbour City technical director Lars Fenning has denied a rift with the coach.",
        "\"That is simply not true,\" said the Harbour technical director. \"We speak every day,\" he said.");
    Entity lars = person("P1", "Lars Fenning", f, "Lars Fenning");
    List<Quote> quotes = run(f, lars);
    assertEquals("Lars Fenning", speakerName(startingWith(quotes, "That is simply")));
    assertEquals("the Harbour technical director", speakerText(startingWith(quotes, "That is simply")));
    assertEquals("Lars Fenning", speakerName(startingWith(quotes, "We speak every")));
  }

  @Test
  void theStatementIsTheIssuerWhoseSentencePlacedItBeforeTheCue() {
    var f = fields("Miner to float unit",
        "In a statement Korra Mining said the new unit would list in June.",
        "The unit will own 40 pct of the Tallis and Brook mines.",
        "The statement said the float would raise 200 mln dlrs.");
    Entity korra = entity("O1", EntityType.ORGANIZATION, "Korra Mining", f, "Korra Mining");
    Entity tallis = entity("O2", EntityType.ORGANIZATION, "Tallis", f, "Tallis");
    Quote q = startingWith(run(f, korra, tallis), "the float would raise");
    assertEquals("Korra Mining", speakerName(q));
  }

  @Test
  void aPersonBeforeAnAppositiveLeftOpenSpeaks() {
    var f = fields("Rates",
        "Jane Okoro, an analyst at Delmar Partners told Reuters that rates would rise by June.");
    Entity jane = person("P1", "Jane Okoro", f, "Jane Okoro");
    Entity delmar = entity("O1", EntityType.ORGANIZATION, "Delmar Partners", f, "Delmar Partners");
    Quote q = startingWith(run(f, jane, delmar), "rates would rise");
    assertEquals("Jane Okoro", speakerName(q));
  }

  @Test
  void theWordsAfterAnInvertedCueAreNoClause() {
    var f = fields("Cup tie",
        "\"We were second best all afternoon,\" said the Harbour City manager.");
    List<Quote> quotes = run(f);
    assertEquals(1, quotes.size());
    assertEquals("the Harbour City manager", speakerText(quotes.get(0)));
  }

  @Test
  void aClauseAfterACueWithItsSubjectBeforeStillCounts() {
    var f = fields("Cup tie",
        "\"We were second best,\" he said. The manager said the team would train on Sunday.");
    Quote q = startingWith(run(f), "the team would train");
    assertEquals("The manager", speakerText(q));
  }

  @Test
  void aLeadClosedByARoleAndAnApposedNameIsThatPersons() {
    var f = fields("PERU TO CUT BORROWING",
        "Peru plans to borrow less abroad this year, the governor of the Central Reserve Bank, Julio Mendoza, said.",
        "He told reporters the savings would go to early repayments.");
    Entity julio = person("P1", "Julio Mendoza", f, "Julio Mendoza");
    Entity bank = entity("O1", EntityType.ORGANIZATION, "Central Reserve Bank", f, "Central Reserve Bank");
    Entity peru = entity("L1", EntityType.PLACE, "Peru", f, "Peru");
    List<Quote> quotes = run(f, julio, bank, peru);
    Quote lead = startingWith(quotes, "Peru plans to borrow");
    assertTrue(lead.getText().toString().endsWith("this year"));
    assertEquals("Julio Mendoza", speakerName(lead));
    assertEquals("Julio Mendoza", speakerName(startingWith(quotes, "the savings would go")));
  }

  @Test
  void aCommaBeforeAnInvertedCueStillEndsTheClause() {
    var f = fields("Gadgets",
        "Music players will be the favourite gift this winter, said Mr Tolley.");
    Quote q = startingWith(run(f), "Music players will be");
    assertTrue(q.getText().toString().endsWith("this winter"));
    assertEquals("Mr Tolley", speakerText(q));
  }

  @Test
  void aBracketedNameBeforeTheCueSpeaks() {
    var f = fields("SKI MAKER BUYS UNIT",
        "PARIS, March 4 - French bicycle maker <Velos Arnaud> said it agreed to buy a Belgian frame maker.");
    Quote q = startingWith(run(f), "it agreed to buy");
    assertEquals("Velos Arnaud", speakerText(q));
  }

  @Test
  void aTickerInBracketsIsSteppedOver() {
    var f = fields("HARWOOD SETS DIVIDEND",
        "CHICAGO, March 2 - Shares rose after Harwood Tool Corp <HWD.N> said it would raise its dividend.");
    Entity harwood = entity("O1", EntityType.ORGANIZATION, "Harwood Tool", f, "Harwood Tool Corp");
    Quote q = startingWith(run(f, harwood), "it would raise");
    assertEquals("Harwood Tool", speakerName(q));
  }

  @Test
  void aQuotationLeftOpenGoesOnWithTheSpeakerTheNextOneNames() {
    var f = fields("League waits for report",
        "The winger Tom Baird, 19, pushed a linesman after the final whistle. \"He was shown a red card for violent conduct. \"We cannot act before we read the report,\" said a league statement.");
    Entity tom = person("P1", "Tom Baird", f, "Tom Baird");
    List<Quote> quotes = run(f, tom);
    assertEquals("a league statement", speakerText(startingWith(quotes, "He was shown")));
    assertEquals("a league statement", speakerText(startingWith(quotes, "We cannot act")));
  }

  @Test
  void sourcesCloseToAPersonAreNotThatPerson() {
    var f = fields("Party split",
        "Sources close to Mr Dunmore said six more councillors were ready to leave the party.");
    Entity dunmore = person("P1", "Alan Dunmore", f, "Dunmore");
    Quote q = startingWith(run(f, dunmore), "six more councillors");
    assertNull(speakerName(q));
    assertEquals("Sources close to Mr Dunmore", speakerText(q));
  }

  @Test
  void aPersonCloseToNoSourceNounStillSpeaks() {
    var f = fields("Party split",
        "Standing close to Mr Dunmore, Ruth Kell said the vote would be held in May.");
    Entity dunmore = person("P1", "Alan Dunmore", f, "Dunmore");
    Entity ruth = person("P2", "Ruth Kell", f, "Ruth Kell");
    Quote q = startingWith(run(f, dunmore, ruth), "the vote would be held");
    assertEquals("Ruth Kell", speakerName(q));
  }

  @Test
  void theCompanyIsTheFirmNamedLastInBrackets() {
    var f = fields("NORDVIK CHIEF RESIGNS",
        "OSLO, March 6 - Lars Berge, chief executive of <AB Nordvik>, which faces a tax inquiry, has resigned, the company said.");
    Entity lars = person("P1", "Lars Berge", f, "Lars Berge");
    Quote q = startingWith(run(f, lars), "OSLO");
    assertEquals("AB Nordvik", speakerName(q));
    assertEquals("the company", speakerText(q));
  }

  @Test
  void aTickerInBracketsNamesNoCompany() {
    var f = fields("NORDVIK CHIEF RESIGNS",
        "OSLO, March 6 - Shares of <NRD.OL> fell after the chief executive resigned, the company said.");
    Quote q = startingWith(run(f), "OSLO");
    assertNull(speakerName(q));
  }
}
