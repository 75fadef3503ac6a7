package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 56, on invented sentences: the honorific verb of saying (فرمودند, می‌فرمایند) cites the words of
 * the Leader, an imam or the Prophet inside a speaker's statement, a clause of their own with no one named by a
 * title alone, bare or after که; the speaker goes on after it; a noun it makes another verb with (عنایت فرمود) cites
 * no one; and the spaced یاد آور شد is a verb of saying as یادآور شد.
 */
class QuotePersianRound56Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "fa", List.of(entities));
  }

  @Test
  void aBareClauseAfterTheHonorificVerbInsideAStatementIsTheCitedOnes() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی مدیر کتابخانه شهر گفت: کتاب‌خوانی در شهر بیشتر شده است و همان طور که مقام معظم رهبری فرمودند، "
            + "کتاب دریچه‌ای به دنیای دانش است.",
        "وی افزود: امسال ده هزار نفر از نمایشگاه دیدن کردند.");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    Quote outer = indirectStarting(q, "کتاب‌خوانی");
    assertNotNull(outer, texts(q).toString());
    assertEquals("Hassan Rezaei", speakerName(outer), speakerText(outer));
    Quote cited = indirectStarting(q, "کتاب دریچه");
    assertNotNull(cited, texts(q).toString());
    assertNull(speakerName(cited), speakerText(cited));
    Quote next = indirectStarting(q, "امسال ده هزار");
    assertNotNull(next, texts(q).toString());
    assertEquals("Hassan Rezaei", speakerName(next), speakerText(next)); // the Leader is no one وی stands for
  }

  @Test
  void theHonorificVerbAfterANounCitesNoOne() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی گفت: خداوند این توفیق را به ما عنایت فرمود تا کتابخانه تازه‌ای در شهر بسازیم.");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    assertNotNull(indirectStarting(q, "خداوند این توفیق"), texts(q).toString());
    assertFalse(anyStartsWith(q, "تا کتابخانه"), texts(q).toString());
  }

  @Test
  void aCitedClauseInTheAdjunctEndsBeforeTheSentencesOwnVerb() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی با بیان اینکه مقام معظم رهبری تصریح فرمودند که کتاب باید در دسترس همه باشد گفت: "
            + "کتابخانه‌های شهر تا نیمه شب باز می‌مانند.");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    Quote own = indirectStarting(q, "کتابخانه‌های شهر");
    assertNotNull(own, texts(q).toString());
    assertEquals("Hassan Rezaei", speakerName(own), speakerText(own));
    Quote cited = indirectStarting(q, "کتاب باید");
    assertNotNull(cited, texts(q).toString());
    assertEquals("کتاب باید در دسترس همه باشد", cited.getText().toString());
    assertNull(speakerName(cited), speakerText(cited));
  }

  @Test
  void aCitedQuotationStandsBesideTheStatementHoldingIt() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی گفت: پیامبر اکرم(ص) فرمودند، «دانش را بجویید هرچند در چین باشد».");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    Quote outer = indirectStarting(q, "پیامبر اکرم");
    assertNotNull(outer, texts(q).toString());
    assertEquals("Hassan Rezaei", speakerName(outer), speakerText(outer));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals(1, direct.size(), texts(q).toString());
    assertTrue(direct.get(0).getText().toString().startsWith("دانش را بجویید"), texts(q).toString());
    assertNull(speakerName(direct.get(0)), speakerText(direct.get(0)));
  }

  @Test
  void theSpacedReminderVerbReportsAClause() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی مدیر کتابخانه شهر با اشاره به استقبال مردم یاد آور شد که نمایشگاه تا پایان هفته باز است.");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    Quote clause = indirectStarting(q, "نمایشگاه تا پایان");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Hassan Rezaei", speakerName(clause), speakerText(clause));
  }

  @Test
  void aPlainVerbBeforeABareClauseInsideTheStatementStaysItsWords() {
    var f = fields("جشنواره کتاب در شهر برگزار شد",
        "حسن رضایی گفت: کتاب‌خوانی بیشتر شده و کارشناسان گفتند کتاب دریچه‌ای به دنیای دانش است.");
    List<Quote> q = run(f, person("P1", "Hassan Rezaei", f, "حسن رضایی"));
    assertNotNull(indirectStarting(q, "کتاب‌خوانی"), texts(q).toString());
    assertNull(indirectStarting(q, "کتاب دریچه"), texts(q).toString());
  }
}
