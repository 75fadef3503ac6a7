package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 38, on invented sentences: a Persian source phrase whose source is a pronoun (به گفته وی، …)
 * speaks for the person the pronoun stands for, as وی افزود does; a document's unmarked words after آمده است and a
 * colon (در این بیانیه آمده است: …) are its issuer's statement, and آمده with no colon is no cue.
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

  @Test
  void documentStatementAfterAmadehAstIsItsIssuers() {
    var f = fields("بیانیه شورای شهر",
        "شورای شهر کرج در پایان نشست امروز بیانیه‌ای صادر کرد.",
        "در بیانیه شورای شهر کرج آمده است: طرح توسعه پارک‌های شهری باید پیش از پایان سال اجرا شود.");
    List<Quote> q = run("fa", f, entity("O1", EntityType.ORGANIZATION, "Karaj City Council", f, "شورای شهر کرج"));
    assertEquals("Karaj City Council", speakerName(startingWith(q, "طرح توسعه پارک‌ها")), texts(q).toString());
  }

  @Test
  void amadehWithoutColonIsNoCue() {
    // 'به وجود آمده است' (has come about): آمده is no speech verb without the colon after it
    var f = fields("مشکلات ترافیک",
        "مشکلات زیادی برای ساکنان به وجود آمده است و شهرداری طرح تازه‌ای دارد.");
    List<Quote> q = run("fa", f);
    assertTrue(q.isEmpty(), texts(q).toString());
  }
}
