package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 39, on invented sentences: an Arabic speaker named Ali right after the verb is the subject (the
 * fold makes علي the preposition على), and his name, when no entity covers it, ends at its comma; past a comma a
 * word with و opens the next clause, so a source phrase after its clause does not take a name from the clause after.
 */
class QuoteArabicPersianRound39Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void speakerNamedAliAfterTheVerbIsTheSubject() {
    var f = fields("معارك في محيط المطار",
        "قال سكان إن الاشتباكات تجددت قرب المطار، وأضافوا أن القصف طال أحياء سكنية.",
        "وقال علي سالم الحريري، المتحدث باسم المقاومة في المدينة، إن المقاتلين استعادوا السيطرة على الطريق.");
    List<Quote> q = run("ar", f, person("P1", "Ali Salem al-Hariri", f, "علي سالم الحريري"));
    assertEquals("Ali Salem al-Hariri", speakerName(startingWith(q, "المقاتلين استعادوا")), texts(q).toString());
  }

  @Test
  void speakerNamedAliWithNoEntityIsTheNameNotTheBodySpokenFor() {
    var f = fields("معارك في محيط المطار",
        "قال سكان إن الاشتباكات تجددت قرب المطار، وأضافوا أن القصف طال أحياء سكنية.",
        "وقال علي سالم الحريري، المتحدث باسم المقاومة في المدينة، إن المقاتلين استعادوا السيطرة على الطريق.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Popular Resistance", f, "المقاومة"));
    assertEquals("علي سالم الحريري", speakerText(startingWith(q, "المقاتلين استعادوا")), texts(q).toString());
  }

  @Test
  void sourceAfterItsClauseEndsAtTheCommaBeforeTheNextClause() {
    var f = fields("وصول المساعدات إلى الميناء",
        "ووصلت سفينة محملة بالمساعدات الغذائية إلى الميناء، بحسب مراسل لوكالة أنباء محلية، وكان وزير النقل سالم باعوضة في استقبال السفينة.");
    List<Quote> q = run("ar", f, person("P1", "Salem Baawadah", f, "سالم باعوضة"));
    Quote x = startingWith(q, "ووصلت سفينة محملة");
    assertEquals(null, x == null ? null : speakerName(x), texts(q).toString());
  }
}
