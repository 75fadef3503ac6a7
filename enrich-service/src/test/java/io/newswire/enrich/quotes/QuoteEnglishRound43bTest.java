package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
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
 * Round 43b (invented sentences): a pronoun going on with a speaker named only by a relation ('a spokesman for
 * the X board', 'the mayor's press secretary') names no one; '… said A, but said B' ends the first clause at the
 * comma and B is a statement of its own; 'said BROADCASTER desk correspondent NAME' is the correspondent's.
 */
class QuoteEnglishRound43bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void pronounAfterASpokesmanForABodyNamesNoOne() {
    var f = fields("Ferries", "A spokesman for the Island Ferry Board said the timetable would change in May.",
        "He said the winter crossings would stay as they were.");
    Entity board = entity("o1", EntityType.ORGANIZATION, "Island Ferry Board", f, "Island Ferry Board");
    List<Quote> qs = run(f, board);
    Quote he = startingWith(qs, "the winter crossings");
    assertNull(speakerName(he), "the unnamed spokesman, so 'He' is nobody named");
    // before, the pronoun took the description's words as a name
    assertNull(new SpeakerRef(null, null, "A spokesman for the Island Ferry Board").pronoun("He").name());
    assertEquals("Jo Marsh", new SpeakerRef(null, null, "Jo Marsh").pronoun("He").name());
  }

  @Test
  void relationDescriptionsNameNoOne() {
    assertTrue(UnnamedSources.relation("A spokesman for the Island Ferry Board"));
    assertTrue(UnnamedSources.relation("an aide to Senator Jo Marsh"));
    assertTrue(UnnamedSources.relation("his former economic adviser"));
    assertTrue(UnnamedSources.relation("Mayor Jo Marsh's press secretary"));
    assertFalse(UnnamedSources.relation("the Rovers coach Jo Marsh"));
    assertFalse(UnnamedSources.relation("Jo Marsh"));
    assertFalse(UnnamedSources.relation("Mayor Jo Marsh's"));
  }

  @Test
  void butSaidOpensAStatementOfItsOwn() {
    var f = fields("Refinery", "Harbour officials said they were still counting the cost of the fire, but said "
        + "newspaper estimates of the damage were far too high.");
    List<Quote> qs = run(f);
    Quote first = startingWith(qs, "they were still counting");
    assertTrue(first.getText().toString().endsWith("cost of the fire"), first.getText().toString());
    assertTrue(texts(qs).stream().anyMatch(t -> t.startsWith("newspaper estimates of the damage")), texts(qs).toString());
  }

  @Test
  void butSaidWithANamedSubjectKeepsTheSpeaker() {
    var f = fields("Clinic", "Doctor Ann Price said she did not blame the council, but said Northfield clinic was "
        + "short of nurses.");
    Entity price = person("p1", "Ann Price", f, "Ann Price");
    List<Quote> qs = run(f, price);
    Quote first = startingWith(qs, "she did not blame the council");
    assertTrue(first.getText().toString().endsWith("the council"), first.getText().toString());
    Quote second = startingWith(qs, "Northfield clinic was short of nurses");
    assertEquals("Ann Price", speakerName(second));
  }

  @Test
  void correspondentNamedAfterTheBroadcasterSpeaks() {
    var f = fields("Strike", "Both sides want to avoid a walkout before the summer, said Radio Nord farming affairs "
        + "correspondent Lena Hartwig.");
    Entity station = entity("o1", EntityType.ORGANIZATION, "Radio Nord", f, "Radio Nord");
    Entity lena = person("p1", "Lena Hartwig", f, "Lena Hartwig");
    Quote q = startingWith(run(f, station, lena), "Both sides want to avoid a walkout");
    assertEquals("Lena Hartwig", speakerName(q));
  }
}
