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
 * Issue 9, round 31 (invented sentences): a speaker named only by a description of a person the story
 * named before ('said the national team coach', 'The TV host said', 'the ex-home secretary said') is that
 * person when the head was said of that person ('Archbishop X', 'X quit as home secretary', 'X, the TV
 * host') or when the story has named one person only so far; with two persons and no such clue, it names no one. A hearsay adverb between a subject and its verb ('X
 * reportedly said') is not part of the subject. An epithet ('said the Tottenham striker') is the person named
 * as the subject of the sentence before (after at most two capitalised words) when that sentence holds no
 * quotation, before the person the story names most.
 */
class QuoteEnglishRound31Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void descriptionOfTheOnlyPersonNamedIsThatPerson() {
    var f = fields("Coach hails comeback",
        "Owen Trelawny praised his side after they came from behind to win 21-18 in Cardiff.",
        "\"We never stopped believing,\" said the national team coach.");
    Entity coach = person("p1", "Owen Trelawny", f, "Owen Trelawny");
    Quote q = startingWith(run(f, coach), "We never stopped");
    assertEquals("Owen Trelawny", speakerName(q));
    assertEquals("the national team coach", speakerText(q));
  }

  @Test
  void roleSaidAfterAsPicksThatPersonAmongOthers() {
    var f = fields("Inquiry clears minister",
        "Mr Harlow quit as home secretary last month after questions about a visa. Kate Penrose, who led the"
            + " inquiry, said she had found no wrongdoing.",
        "In a statement, the ex-home secretary said he accepted the findings.");
    Entity harlow = person("p1", "Daniel Harlow", f, "Harlow");
    Entity penrose = person("p2", "Kate Penrose", f, "Kate Penrose");
    assertEquals("Daniel Harlow", speakerName(startingWith(run(f, harlow, penrose), "he accepted")));
  }

  @Test
  void titleBeforeTheNamePicksThatPersonAmongOthers() {
    var f = fields("Call to free detainees",
        "Archbishop Tomas Verhoef has called for the release of two men held without trial. Minister Ruth Allard"
            + " said the case was under review.",
        "The archbishop said the detentions were wrong.");
    Entity verhoef = person("p1", "Tomas Verhoef", f, "Tomas Verhoef");
    Entity allard = person("p2", "Ruth Allard", f, "Ruth Allard");
    assertEquals("Tomas Verhoef", speakerName(startingWith(run(f, verhoef, allard), "the detentions were")));
  }

  @Test
  void appositiveAfterTheNamePicksThatPerson() {
    var f = fields("Host defends musical",
        "Gary Wendell, the TV host, spoke after Helen Sorby's company staged the show in London.",
        "The TV host said he understood why people had complained.");
    Entity host = person("p1", "Gary Wendell", f, "Gary Wendell");
    Entity producer = person("p2", "Helen Sorby", f, "Helen Sorby");
    assertEquals("Gary Wendell", speakerName(startingWith(run(f, host, producer), "he understood")));
  }

  @Test
  void twoPersonsAndNoClueNameNoOne() {
    var f = fields("Coach hails comeback",
        "Owen Trelawny praised his side after Rhys Madoc kicked the winning penalty in Cardiff.",
        "\"We never stopped believing,\" said the national team coach.");
    Entity coach = person("p1", "Owen Trelawny", f, "Owen Trelawny");
    Entity kicker = person("p2", "Rhys Madoc", f, "Rhys Madoc");
    assertNull(speakerName(startingWith(run(f, coach, kicker), "We never stopped")));
  }

  @Test
  void onlyADefiniteDescriptionEndingInAPersonsHeadIsRead() {
    assertEquals("coach", EnglishDescribedPersons.head("the national team coach"));
    assertEquals("secretary", EnglishDescribedPersons.head("the ex-home secretary"));
    assertEquals("host", EnglishDescribedPersons.head("The TV host"));
    assertNull(EnglishDescribedPersons.head("a former coach"));
    assertNull(EnglishDescribedPersons.head("the spokesman"));
    assertNull(EnglishDescribedPersons.head("the chairman of the committee"));
    assertNull(EnglishDescribedPersons.head("the coach and captain"));
  }

  @Test
  void personQuotedIsNoCandidate() {
    var f = fields("Coach hails comeback",
        "\"Owen Trelawny is the best coach we have had,\" a fan told the local paper.",
        "\"We never stopped believing,\" said the national team coach.");
    Entity coach = person("p1", "Owen Trelawny", f, "Owen Trelawny");
    assertNull(speakerName(startingWith(run(f, coach), "We never stopped")));
  }

  @Test
  void spokesmanIsNoDescriptionOfTheOneNamed() {
    var f = fields("Talks postponed",
        "Owen Trelawny will meet the unions next week.",
        "The talks had been due to start today, the company spokesman said.");
    Entity boss = person("p1", "Owen Trelawny", f, "Owen Trelawny");
    assertNull(speakerName(startingWith(run(f, boss), "The talks had been")));
  }

  @Test
  void hearsayAdverbIsNotPartOfTheSubject() {
    var f = fields("Trader convicted",
        "The trader was also found guilty under a second law, Attorney General Nora Pellam reportedly said.");
    Quote q = startingWith(run(f), "The trader was also");
    assertEquals("Nora Pellam", speakerName(q));
  }

  @Test
  void epithetIsThePlayerTheSentenceBeforeIsAbout() {
    var f = fields("Manager pleased with win",
        "Manager Colm Brady praised his side. Brady said the win was deserved.",
        "Matchwinner Ardley was full of praise for the midfield. \"It was a great ball,\" said the Rovers striker.");
    Entity brady = person("p1", "Colm Brady", f, "Colm Brady", "Brady");
    Entity ardley = person("p2", "Tom Ardley", f, "Ardley");
    assertEquals("Tom Ardley", speakerName(startingWith(run(f, brady, ardley), "It was a great ball")));
  }

  @Test
  void epithetAfterASentenceHoldingAQuotationKeepsTheMostNamed() {
    var f = fields("Manager pleased with win",
        "Manager Colm Brady praised his side. Brady said the win was deserved.",
        "Ardley called it \"a great ball\" from the midfield. \"We deserved it,\" said the Rovers striker.");
    Entity brady = person("p1", "Colm Brady", f, "Colm Brady", "Brady");
    Entity ardley = person("p2", "Tom Ardley", f, "Ardley");
    assertEquals("Colm Brady", speakerName(startingWith(run(f, brady, ardley), "We deserved it")));
  }
}
