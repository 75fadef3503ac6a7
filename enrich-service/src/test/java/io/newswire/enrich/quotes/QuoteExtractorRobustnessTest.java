package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random, sloppy text: the extractor never throws and every offset reproduces the quote's text. */
class QuoteExtractorRobustnessTest {
  private static final String[] PIECES = {"قال", "وأضاف", "سامي حداد", "أن", "على", "مبينا", ":", "،", ".", "\"", "«",
      "»", "“", "”", "„", "‘", "’", "'", "''", "گفت", "که", "وی", "said", "Ana Lopes", "he", "that", "according to",
      ",", "the plan", "\uD83D\uDCE2", "*", "—", "(", ")", "?", "من جانبه", "For his part", "spokesman", "  ", "\u200C"};

  @Test
  void randomTextNeverBreaksTheExtractor() {
    QuoteExtractor extractor = new QuoteExtractor();
    Random random = new Random(42);
    for (int doc = 0; doc < 400; doc++) {
      List<ArticleField> fields = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int p = 0; p < n; p++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(30);
        for (int k = 0; k < len; k++) {
          sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
        }
        fields.add(new ArticleField(p == 0 ? "headline" : "paragraphs[" + (p - 1) + "]", sb.toString()));
      }
      List<Entity> entities = List.of(Articles.person("P1", "Sami Haddad", fields, "سامي حداد"),
          Articles.person("P2", "Ana Lopes", fields, "Ana Lopes"));
      for (String lang : new String[] {"ar", "fa", "en", "und", null}) {
        List<Quote> quotes = extractor.extract(fields, lang, entities);
        for (Quote q : quotes) {
          assertTrue(q.getStart() <= q.getEnd(), q::toString);
          assertEquals(q.getText().toString(), Articles.cut(fields, q), q::toString);
        }
      }
    }
  }

  @Test
  void emptyAndMissingInput() {
    QuoteExtractor extractor = new QuoteExtractor();
    assertTrue(extractor.extract(List.of(), "ar", List.of()).isEmpty());
    assertTrue(extractor.extract(List.of(new ArticleField("headline", "")), "en", null).isEmpty());
  }
}
