package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 38, on invented sentences: a Persian source phrase whose source is a pronoun (به گفته وی، …)
 * speaks for the person the pronoun stands for, as وی افزود does.
 */
class QuoteArabicPersianRound38Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void pronounAfterBeGoftehIsTheLastSpeaker() {
    var f = fields("برگزاری نمایشگاه کتاب",
        "علی رضایی مدیر نمایشگاه در گفت‌وگو با خبرنگاران گفت: نمایشگاه امسال با حضور ناشران استانی برگزار می‌شود.",
        "به گفته وی، بیش از دویست ناشر در این دوره حضور خواهند داشت.");
    List<Quote> q = run("fa", f, person("P1", "Ali Rezaei", f, "علی رضایی"));
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "بیش از دویست")), texts(q).toString());
  }

  @Test
  void pronounWithArabicYehAfterBeGoftehIsTheLastSpeaker() {
    // the Fars copy is often typed with Arabic ي: وي is the same pronoun
    var f = fields("طرح آبرسانی",
        "حسن کریمی فرماندار شهرستان گفت: طرح آبرسانی به روستاها تا پایان سال به پایان می‌رسد.",
        "وي افزود: اعتبار این طرح از محل بودجه استانی تأمین شده است.",
        "به گفته وي، سی روستا از این طرح بهره‌مند می‌شوند.");
    List<Quote> q = run("fa", f, person("P1", "Hassan Karimi", f, "حسن کریمی"));
    assertEquals("Hassan Karimi", speakerName(startingWith(q, "سی روستا")), texts(q).toString());
  }
}
