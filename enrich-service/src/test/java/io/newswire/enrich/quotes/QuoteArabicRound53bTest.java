package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53b, on invented sentences: أكد and شدد with their subject and a verbal noun, no أن: a subject of
 * up to ten words, the verbal noun with its doer's pronoun (حرصه, سعادته), and the listed قصف, قرار and بقاء; the
 * pronoun's form is the subject, not the object, when an أن follows.
 */
class QuoteArabicRound53bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields) {
    return extractor.extract(fields, "ar", List.of());
  }

  private void opens(List<ArticleField> f, String start) {
    List<Quote> q = run(f);
    assertNotNull(indirectStarting(q, start), texts(q).toString());
  }

  @Test
  void theVerbalNounFollowsASubjectOfTenWords() {
    opens(fields("دعم المنشآت الصغيرة",
        "وأكد نائب رئيس مجلس إدارة الغرفة التجارية الصناعية بالمدينة المنورة حرص الغرفة على دعم المنشآت الصغيرة والمتوسطة."),
        "حرص الغرفة");
  }

  @Test
  void theVerbalNounCarriesItsDoersPronoun() {
    opens(fields("تجديد العقود",
        "وأكد رئيس النادي حرصه على تجديد عقود اللاعبين الشباب قبل بداية الموسم المقبل."),
        "حرصه على تجديد");
  }

  @Test
  void bombardmentIsAListedVerbalNoun() {
    opens(fields("غارات على مواقع المسلحين",
        "وأكد المتحدث العسكري قصف مواقع المسلحين في الجبال الشمالية خلال الليلة الماضية."),
        "قصف مواقع");
  }

  @Test
  void thePronounFormBeforeAnInnaIsTheSubject() {
    opens(fields("افتتاح المعرض",
        "وأكد سعادته أن المعرض سيفتح أبوابه للزوار يوم الأحد المقبل بمشاركة خمسين دارا للنشر."),
        "المعرض سيفتح");
  }
}
