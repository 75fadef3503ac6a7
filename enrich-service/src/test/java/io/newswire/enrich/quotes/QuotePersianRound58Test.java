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
 * Issue 9, round 58, on invented sentences: the words a speaker cites by the honorific verb end at their first
 * clause boundary (a finite verb, then و with a new clause, که, چراکه or a comma), where the speaker goes on in his
 * own words; a second verb phrase of the cited subject (an object with را first) and a noun that only looks like a
 * verb with می keep the clause going, and a clause with no boundary keeps its full stop.
 */
class QuotePersianRound58Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  private Quote cited(String paragraph, String start) {
    var f = fields("همایش انتخابات در شهر برگزار شد", paragraph);
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    Quote c = indirectStarting(q, start);
    assertNotNull(c, texts(q).toString());
    assertNull(speakerName(c), speakerText(c));
    return c;
  }

  @Test
  void theCitedWordsEndBeforeTheSpeakersOwnClauseAfterVa() {
    Quote c = cited("حسن رضایی گفت: همان‌گونه که مقام معظم رهبری فرموده‌اند رای مردم امانت است و ما نیز از آن پاسداری می‌کنیم.",
        "رای مردم");
    assertEquals("رای مردم امانت است", c.getText().toString());
  }

  @Test
  void theCitedWordsEndBeforeKeAfterAVerbWithMi() {
    Quote c = cited("حسن رضایی گفت: امام فرمودند این رژیم به زودی نابود می‌شود که این پیش‌بینی درست از آب درآمد.",
        "این رژیم");
    assertEquals("این رژیم به زودی نابود می‌شود", c.getText().toString());
  }

  @Test
  void theCitedWordsEndBeforeAReason() {
    Quote c = cited("حسن رضایی گفت: حضرت آقا فرمودند مذاکره با دشمن سودی ندارد چراکه دشمن به عهد خود وفا نمی‌کند.",
        "مذاکره با دشمن");
    assertEquals("مذاکره با دشمن سودی ندارد", c.getText().toString());
  }

  @Test
  void aSecondVerbPhraseOfTheCitedSubjectStaysInside() {
    Quote c = cited("حسن رضایی گفت: در حدیث می‌فرمایند هر کس راستگو باشد خدا کار او را آسان می‌کند و روزی او را فراوان می‌سازد.",
        "هر کس");
    assertEquals("هر کس راستگو باشد خدا کار او را آسان می‌کند و روزی او را فراوان می‌سازد.", c.getText().toString());
  }

  @Test
  void aNounOpeningWithMiIsNoVerbAndTheClauseKeepsItsStop() {
    Quote c = cited("حسن رضایی گفت: امام فرمودند مردم باید به اندازه میزان و توان خود مصرف کنند.", "مردم باید");
    assertEquals("مردم باید به اندازه میزان و توان خود مصرف کنند.", c.getText().toString());
  }
}
