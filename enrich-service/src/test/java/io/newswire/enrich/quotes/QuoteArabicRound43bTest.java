package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 43b, on invented sentences: an acronym spelled out in Arabic letters in marks (إف بي آي, سي إن
 * إن) is a name, not words said; an adverb right after a speech verb (بهذا الصدد, كذلك, حتى) is not its subject.
 */
class QuoteArabicRound43bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void anAcronymInMarksAfterAPrepositionIsAFirmNotAQuotation() {
    var f = fields("الأسهم تتراجع",
        "وقال سمير داود، الخبير في «جي دي إس كابيتال» في دبي: «الأسواق ستبقى متقلبة حتى نهاية الشهر المقبل».");
    List<Quote> q = run(f, person("P1", "Samir Daoud", f, "سمير داود"));
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "جي دي"), texts(q).toString());
    assertTrue(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "الأسواق ستبقى"), texts(q).toString());
  }

  @Test
  void anAcronymInMarksInAHeadlineIsNoQuotation() {
    // a headline that opens with a person takes the words it marks for theirs: an acronym is not such words
    var f = fields("سمير داود يواجه تحقيق «إف بي آي» في قضية الأموال",
        "بدأ التحقيق مع رجل الأعمال سمير داود الأسبوع الماضي.");
    List<Quote> q = run(f, person("P1", "Samir Daoud", f, "سمير داود"));
    assertFalse(anyStartsWith(ofKind(q, QuoteKind.DIRECT), "إف بي"), texts(q).toString());
  }

  @Test
  void anAdverbAfterTheVerbIsNotItsSubject() {
    var f = fields("المدرب يتحدث عن فريقه",
        "أشاد المدرب نبيل عمران بأداء لاعبيه في المباراة. ويقول بهذا الصدد إن «الفريق لعب بروح عالية حتى النهاية».");
    List<Quote> q = run(f, person("P1", "Nabil Omran", f, "نبيل عمران"));
    Quote said = startingWith(q, "الفريق لعب");
    assertTrue(said != null, texts(q).toString());
    assertEquals("Nabil Omran", speakerName(said), speakerText(said));
  }

  @Test
  void hattaAfterTheVerbIsNotItsSubject() {
    var f = fields("ارتفاع عدد المصابين",
        "وقال الطبيب أحمد سالم إن المستشفى امتلأ بالجرحى. وأضاف أن المستشفى استقبل حتى الآن أكثر من مائة جريح، "
            + "وذكر حتى مساء أمس أن أغلبهم من الأطفال.");
    List<Quote> q = run(f, person("P1", "Ahmad Salem", f, "أحمد سالم"));
    Quote said = indirectStarting(q, "أغلبهم");
    assertTrue(said != null, texts(q).toString());
    assertEquals("Ahmad Salem", speakerName(said), speakerText(said));
  }
}
