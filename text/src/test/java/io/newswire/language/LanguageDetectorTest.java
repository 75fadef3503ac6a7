package io.newswire.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headline-length texts, invented. */
class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ar | وزير الخارجية يصل إلى الدوحة في زيارة رسمية
      ar | ارتفاع أسعار الذهب
      ar | الرئيس يستقبل السفير الجديد
      ar | ساعة قديمة تعرض في مزاد بألفي دولار
      fa | وزیر امور خارجه امروز به دوحه سفر کرد
      fa | افزايش توليد برق در استان
      fa | تركيه طي دو ماه 4 ميليارد دلار برنج خريد
      fa | كاهش قيمت مسكن در تهران
      fa | زلزله در کرمان
      fa | دستگيري 20 نفر از اعضاي يك باند
      ur | وزیر اعظم نے نئے منصوبے کا اعلان کیا
      ur | پاکستان میں بارشوں سے نقصان
      en | Oil prices rise after output cut
      en | SEAMAN FURNITURE IN STOCK SPLIT
      """)
  void shortTexts(String expected, String text) {
    assertEquals(expected, detector.detect(text));
  }

  @Test
  void undeterminedOnTooLittle() {
    assertEquals("und", detector.detect(""));
    assertEquals("und", detector.detect("12 345 !"));
    assertEquals("und", detector.detect(null));
  }

  @Test
  void arabicCopyWithEnglishTitles() {
    assertEquals("ar", detector.detect("أفضل الأفلام في العام الماضي حسب النقاد\n1. The Godfather | Francis Ford Coppola (1972)\n2. Chinatown | Roman Polanski (1974)"));
  }

  @Test
  void englishCopyQuotingAnArabicWord() {
    assertEquals("en", detector.detect("The crowd chanted \"الشعب\" as the minister arrived at the square on Friday."));
  }
}
