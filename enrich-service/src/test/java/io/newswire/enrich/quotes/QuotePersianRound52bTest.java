package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 52b, on invented sentences: a که clause nested in a Persian colon statement is said by whom its
 * own subject names, never by the statement's speaker for want of one,
 * and a first-person object (به من گفت که) leaves the clause to its subject.
 */
class QuotePersianRound52bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aNestedClauseOfUnnamedOfficialsIsNotTheStatementSpeakers() {
    var f = fields("تولید برق در استان افزایش یافت",
        "مهدی کریمی مدیرعامل شرکت برق استان گفت: تولید برق امسال ده درصد بیشتر شد. مسئولین کشورمان بارها اعلام "
            + "کرده‌اند که مصرف برق در تابستان باید کاهش یابد.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    assertEquals("Mehdi Karimi", speakerName(indirectStarting(q, "تولید برق امسال")));
    Quote nested = indirectStarting(q, "مصرف برق");
    assertNotNull(nested, texts(q).toString());
    assertNull(speakerName(nested), speakerText(nested));
  }

  @Test
  void aFirstPersonObjectLeavesTheNestedClauseToItsSubject() {
    var f = fields("تولید برق در استان افزایش یافت",
        "مهدی کریمی گفت: تولید برق امسال ده درصد بیشتر شد. نماینده وزارت نیرو در جلسه به من گفت که مصرف برق در "
            + "تابستان باید کاهش یابد.");
    List<Quote> q = run(f, person("P1", "Mehdi Karimi", f, "مهدی کریمی"));
    Quote nested = indirectStarting(q, "مصرف برق");
    assertNotNull(nested, texts(q).toString());
    assertNull(speakerName(nested), speakerText(nested));
  }
}
