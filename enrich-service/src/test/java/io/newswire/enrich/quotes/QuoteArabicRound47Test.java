package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 47, on invented sentences: the participle of denying (…، نافيا أن …, نافية أن …) goes on with
 * the current speaker's words as مضيفا أن does; the denied clause is an indirect quote of that speaker.
 */
class QuoteArabicRound47Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void theClauseAfterNafiyanIsTheSpeakers() {
    var f = fields("الشرطة تحقق في حريق المستودع",
        "وقال المتحدث باسم الشرطة سامي الخطيب إن التحقيق ما زال مستمرا، نافيا أن يكون الحريق متعمدا.");
    List<Quote> q = run(f, person("P1", "Sami al-Khatib", f, "سامي الخطيب"));
    Quote denied = indirectStarting(q, "يكون الحريق");
    assertNotNull(denied, texts(q).toString());
    assertEquals("Sami al-Khatib", speakerName(denied), speakerText(denied));
  }

  @Test
  void theClauseAfterNafiyatanIsTheSpeakers() {
    var f = fields("الوزارة توضح أسباب التأخير",
        "وأوضحت المتحدثة باسم الوزارة ليلى حداد أن التأخير سببه الطقس، نافية أن تكون هناك مشكلات مالية.");
    List<Quote> q = run(f, person("P1", "Layla Haddad", f, "ليلى حداد"));
    Quote denied = indirectStarting(q, "تكون هناك");
    assertNotNull(denied, texts(q).toString());
    assertEquals("Layla Haddad", speakerName(denied), speakerText(denied));
  }
}
