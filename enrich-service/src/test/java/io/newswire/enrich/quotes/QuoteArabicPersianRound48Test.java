package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
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
 * Issue 9, round 48, on invented sentences: a Persian cue's auxiliary before که (اعلام کرده بودند که) is the
 * verb's, not the clause's; a Persian که clause ends before the و that joins the speaker's next speech verb and
 * its colon; Arabic عن with a pronoun after the verb (تقول عنها, ونقلت عنه) is never the speaker.
 */
class QuoteArabicPersianRound48Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void thePerfectsAuxiliaryStaysWithTheVerb() {
    var f = fields("بررسی طرح جدید در مجلس",
        "پیش از این چند نماینده مجلس اعلام کرده بودند که طرح جدید به زودی در کمیسیون بررسی خواهد شد.");
    List<Quote> q = run("fa", f);
    assertNotNull(indirectStarting(q, "طرح جدید"), texts(q).toString());
  }

  @Test
  void aClauseEndsBeforeTheNextVerbAndItsColon() {
    var f = fields("بودجه آموزش افزایش می‌یابد",
        "علی رضایی سخنگوی دولت اعلام کرد که بودجه آموزش سال آینده افزایش می‌یابد و تاکید کرد: هیچ مدرسه‌ای تعطیل نمی‌شود.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    Quote clause = indirectStarting(q, "بودجه آموزش");
    assertNotNull(clause, texts(q).toString());
    assertFalse(clause.getText().toString().contains("تاکید"), clause.getText().toString());
    Quote statement = startingWith(ofKind(q, QuoteKind.INDIRECT), "هیچ مدرسه‌ای");
    assertEquals("Ali Rezaei", speakerName(statement), speakerText(statement));
  }

  @Test
  void anInPronounAfterTheVerbIsNotTheSpeaker() {
    var f = fields("قراءات الصيف",
        "تقرأ الكاتبة سلمى العلي هذه الأيام رواية جديدة، وتقول عنها إنها عمل ممتع يستحق القراءة.");
    List<Quote> q = run("ar", f, person("P1", "Salma al-Ali", f, "سلمى العلي"));
    Quote s = indirectStarting(q, "إنها عمل");
    if (s == null) {
      s = indirectStarting(q, "عمل ممتع");
    }
    assertNotNull(s, texts(q).toString());
    assertFalse(speakerText(s) != null && speakerText(s).startsWith("عنها"), speakerText(s));
    assertEquals("Salma al-Ali", speakerName(s), speakerText(s));
  }
}
