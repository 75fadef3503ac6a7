package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 48b, on invented sentences: one marked word straight after a plain word of a reported clause is
 * not that word's name when no name takes its shape, an imperfect verb (يعرقل) or an indefinite noun carrying a
 * pronoun (حلفائها): the speaker's words, DIRECT. Foreign names spelt with their vowels stay names.
 */
class QuoteArabicRound48bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static Quote direct(List<Quote> q, String text) {
    return ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals(text)).findFirst().orElse(null);
  }

  @Test
  void pronounSuffixedNounAfterAPlainWordIsSaid() {
    var f = fields("الوزير يتعهد بمواصلة الدعم",
        "وقال وزير الخارجية كريم السعدي إن بلاده ستواصل دعم «حلفائها» في المنطقة مهما كانت الضغوط.");
    List<Quote> q = run(f, person("P1", "Karim al-Saadi", f, "كريم السعدي"));
    Quote x = direct(q, "حلفائها");
    assertTrue(x != null, texts(q).toString());
    assertEquals("Karim al-Saadi", speakerName(x));
  }

  @Test
  void imperfectVerbAfterAPlainWordIsSaid() {
    var f = fields("اتهامات للحكومة",
        "وقال النائب فهد العتيبي إن الحكومة «تعرقل» مشروع القانون منذ شهرين.");
    List<Quote> q = run(f, person("P1", "Fahd al-Otaibi", f, "فهد العتيبي"));
    assertTrue(direct(q, "تعرقل") != null, texts(q).toString());
  }

  @Test
  void vowelSpeltNamesAndDefiniteWordsStayNames() {
    var f = fields("حملة على الشبكات",
        "وقال المتحدث إن الشرطة راقبت حساب «تويتر» الخاص بالجماعة، وإن عناصرها اعتقلوا مروجي «التهم» الكاذبة.");
    List<Quote> q = run(f);
    List<String> d = texts(ofKind(q, QuoteKind.DIRECT));
    assertFalse(d.contains("تويتر"), d.toString());
    assertFalse(d.contains("التهم"), d.toString());
  }

  @Test
  void shapes() {
    assertTrue(ArabicFragments.imperfectShaped("يصادق"));
    assertTrue(ArabicFragments.imperfectShaped("يطالبون"));
    assertFalse(ArabicFragments.imperfectShaped("تويتر"));
    assertFalse(ArabicFragments.imperfectShaped("ياسر"));
    assertTrue(ArabicFragments.pronounSuffixed("اصدقائها"));
    assertFalse(ArabicFragments.pronounSuffixed("التهم"));
  }
}
