package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 47, on invented sentences: 'this while' (این در حالی است که X … گفت) opens a sentence with a
 * contrast; the speaker is the X after it, someone new, never the person quoted before nor the connector's words.
 */
class QuotePersianRound47Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aNamedSpeakerAfterTheContrastIsTheSpeaker() {
    var f = fields("اختلاف بر سر بودجه",
        "بیژن احمدی وزیر نفت امروز گفت: تولید نفت امسال افزایش می‌یابد.",
        "این در حالی است که علی رضایی سخنگوی دولت گفت: بودجه سال آینده کاهش خواهد یافت.");
    List<Quote> q = run(f, person("P1", "Bijan Ahmadi", f, "بیژن احمدی"), person("P2", "Ali Rezaei", f, "علی رضایی"));
    Quote s = startingWith(ofKind(q, QuoteKind.INDIRECT), "بودجه سال آینده");
    assertNotNull(s, texts(q).toString());
    assertEquals("Ali Rezaei", speakerName(s), speakerText(s));
  }

  @Test
  void anUnnamedSpeakerAfterTheContrastIsNotThePersonBefore() {
    var f = fields("اختلاف بر سر بودجه",
        "بیژن احمدی وزیر نفت امروز گفت: تولید نفت امسال افزایش می‌یابد.",
        "اين در حاليست كه يك كارشناس اقتصادي گفت: بودجه سال آينده كاهش خواهد يافت.");
    List<Quote> q = run(f, person("P1", "Bijan Ahmadi", f, "بیژن احمدی"));
    Quote s = startingWith(ofKind(q, QuoteKind.INDIRECT), "بودجه سال");
    assertNotNull(s, texts(q).toString());
    assertFalse("Bijan Ahmadi".equals(speakerName(s)), speakerText(s));
    assertFalse(speakerText(s) != null && speakerText(s).contains("حال"), speakerText(s));
  }
}
