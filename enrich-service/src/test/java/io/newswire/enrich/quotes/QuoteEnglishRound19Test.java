package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, after round 18: a sentence opened by "X's daughter Y" has Y for its subject, so the 'she said'
 * of the quotation after it is Y's, not the owner's (invented sentences).
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
}
