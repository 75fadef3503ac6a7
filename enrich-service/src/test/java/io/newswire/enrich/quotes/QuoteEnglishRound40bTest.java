package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 40b (invented sentences): the plural opinion verbs 'believe' and 'hope' report a clause right after a
 * plural subject, as 'claim' and 'predict' do; not after 'I', a negation, nor before 'to' or a noun phrase object.
 */
class QuoteEnglishRound40bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "en", List.of());
  }

  @Test
  void pluralSubjectBelieveOpensAClause() {
    var f = fields("Rates", "The bank left its rates unchanged in March. Most economists believe the next move will be a cut.");
    List<Quote> qs = run(f);
    startingWith(qs, "the next move will be a cut");
  }

  @Test
  void pluralSubjectHopeThatOpensAClause() {
    var f = fields("Bridge", "Work on the bridge resumed on Monday. The builders hope that it will open before the winter.");
    List<Quote> qs = run(f);
    startingWith(qs, "it will open before the winter");
  }

  @Test
  void believeAndHopeWithoutAPluralSubjectReportNothing() {
    var f = fields("Club", "The fans hope to see a new stadium by the end of the decade.",
        "Few would believe the club could afford it.",
        "Supporters do not believe the owners will sell.");
    List<Quote> qs = run(f);
    assertFalse(anyStartsWith(qs, "to see a new stadium"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the club could afford"), texts(qs).toString());
    assertFalse(anyStartsWith(qs, "the owners will sell"), texts(qs).toString());
  }
}
