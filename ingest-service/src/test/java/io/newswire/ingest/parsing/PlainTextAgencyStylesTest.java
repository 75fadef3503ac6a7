package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Dateline;
import io.newswire.schema.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text dispatches in each agency style. All fixtures are invented for these tests. */
class PlainTextAgencyStylesTest {

  @Test
  void mehrStyleWithLeadingAndLaterHighlights() throws Exception {
    String text = """
        وزير الخارجية: نعمل على توسيع التعاون التجاري مع دول الجوار
        *الاتفاق يشمل الطاقة والنقل والزراعة
        *اللجنة المشتركة تجتمع في الشهر المقبل

        طهران-مهر:- قال وزير الخارجية اليوم الأحد إن بلاده تعمل على توسيع التعاون مع دول الجوار في مجالات عدة.
        وأضاف أن اللجنة المشتركة ستعقد اجتماعها المقبل في العاصمة.
        *الوزير: الحوار هو الطريق الوحيد
        وتابع الوزير أن الحوار هو الطريق الوحيد لحل الخلافات في المنطقة.
        """;
    ParsedArticle a = parse(text);
    assertEquals("وزير الخارجية: نعمل على توسيع التعاون التجاري مع دول الجوار", a.getHeadline());
    assertEquals(List.of("الاتفاق يشمل الطاقة والنقل والزراعة", "اللجنة المشتركة تجتمع في الشهر المقبل"), a.getHighlights());
    Dateline d = a.getDateline();
    assertEquals("طهران-مهر", d.getText());
    assertEquals("طهران", d.getCity());
    assertEquals("Mehr News Agency", d.getAgency());
    assertNull(d.getDate());
    assertEquals(4, a.getParagraphs().size());
    assertTrue(a.getParagraphs().get(0).startsWith("قال وزير الخارجية"), "dateline cut from the first paragraph");
    // the later '*' line stays in place as a paragraph, marker removed
    assertEquals("الوزير: الحوار هو الطريق الوحيد", a.getParagraphs().get(2));
    assertEquals("ar", a.getLanguage());
    assertEquals("plain", a.getFormat());
    assertEquals("text/plain", a.getContentType());
    assertEquals("UTF-8", a.getCharset());
    assertEquals("Mehr News Agency", a.getSource().getAgency());
    assertTrue(a.getId().startsWith("nw-"), "derived id without a key");
    assertEquals(64, a.getContentHash().length());
  }

  @Test
  void saudiPressAgencyStyle() throws Exception {
    String text = """
        اقتصادي / افتتاح معرض للصناعات المحلية في بريدة
         بريدة 5 ربيع الآخر 1446 هـ الموافق 8 أكتوبر 2024 م واس
         افتتح أمير المنطقة اليوم معرض الصناعات المحلية بمشاركة أكثر من مئة شركة وطنية.
         ويستمر المعرض خمسة أيام ويضم ورش عمل للشباب.
         // انتهى //
         20:26 ت م
        """;
    ParsedArticle a = parse(text);
    assertEquals("افتتاح معرض للصناعات المحلية في بريدة", a.getHeadline());
    assertEquals(List.of("اقتصادي"), a.getSubjects());
    Dateline d = a.getDateline();
    assertEquals("بريدة", d.getCity());
    assertEquals("Saudi Press Agency", d.getAgency());
    assertEquals("2024-10-08", d.getDate());
    assertTrue(d.getText().startsWith("بريدة 5 ربيع الآخر 1446"));
    assertTrue(d.getText().endsWith("واس"));
    assertEquals(2, a.getParagraphs().size(), "dateline line, end marker and time line are not body");
    assertFalse(String.join(" ", a.getParagraphs()).contains("انتهى"));
    assertEquals("ar", a.getLanguage());
  }

  @Test
  void saudiPressAgencyHijriOnlyDate() throws Exception {
    String text = "رياضي / فوز الفريق الأول\n الرياض 25 شوال 1436 هـ واس\n فاز الفريق الأول في مباراته اليوم على ملعبه.\n";
    Dateline d = parse(text).getDateline();
    assertEquals("الرياض", d.getCity());
    assertEquals("2015-08-10", d.getDate(), "Umm al-Qura conversion");
  }

  @Test
  void farsStyleWithArabicKeyboardLetters() throws Exception {
    // Persian typed with Arabic ي and ك, as much of the Fars archive is.
    String text = """
        افزايش توليد برق در استان آذربايجان شرقي
        خبرگزاري فارس: مدير كل شركت برق استان گفت: توليد برق امسال افزايش يافته است.
        به گزارش خبرنگار اقتصادي خبرگزاري فارس از تبريز، وي امروز در جمع خبرنگاران اين مطلب را اعلام كرد.
        وي افزود: براي تابستان آينده برنامه‌هاي ويژه‌اي پيش‌بيني شده است.
        """;
    ParsedArticle a = parse(text);
    assertEquals("fa", a.getLanguage());
    Dateline d = a.getDateline();
    assertEquals("Fars", d.getAgency());
    assertEquals("تبريز", d.getCity());
    assertEquals("خبرگزاري فارس", d.getText(), "the cut prefix stays the dateline's text, in no other field");
    assertTrue(a.getParagraphs().get(0).startsWith("مدير كل"), "the agency prefix is cut");
    assertTrue(a.getParagraphs().get(1).startsWith("به گزارش"), "the report sentence stays in the body");
  }

  @Test
  void reutersStyleHardWrapped() throws Exception {
    String text = """
        ACME WIDGETS <ACW> RAISES DIVIDEND
        SPRINGFIELD, Ill., March 3 - Acme Widgets Corp said its
        board raised the quarterly dividend to 12 cts a share from
        10 cts, payable April 1.
            The company also said it expects higher sales in
        the second half of the year.
         Reuter
        """;
    ParsedArticle a = parse(text);
    assertEquals("ACME WIDGETS <ACW> RAISES DIVIDEND", a.getHeadline());
    assertEquals("SPRINGFIELD", a.getDateline().getCity());
    assertEquals("2024-03-03", a.getDateline().getDate(), "year from the receive time");
    assertEquals(2, a.getParagraphs().size());
    assertEquals("Acme Widgets Corp said its board raised the quarterly dividend to 12 cts a share from 10 cts, payable April 1.",
        a.getParagraphs().get(0));
    assertEquals("Reuters", a.getSource().getAgency(), "from the signature line");
    assertEquals("en", a.getLanguage());
  }

  @Test
  void apStyle() throws Exception {
    ParsedArticle a = parse("Senate passes transit bill\n\nWASHINGTON (AP) — The Senate passed a transit bill on Tuesday.\n\nThe House votes next week.\n");
    Dateline d = a.getDateline();
    assertEquals("WASHINGTON (AP)", d.getText());
    assertEquals("WASHINGTON", d.getCity());
    assertEquals("AP", d.getAgency());
    assertEquals("The Senate passed a transit bill on Tuesday.", a.getParagraphs().get(0));
  }

  @Test
  void afpStyleWithDate() throws Exception {
    ParsedArticle a = parse("Gulf ministers meet on water security\nDOHA, Nov 28 (AFP) - Gulf ministers met on Thursday to discuss water security.\n");
    Dateline d = a.getDateline();
    assertEquals("DOHA", d.getCity());
    assertEquals("AFP", d.getAgency());
    assertEquals("2023-11-28", d.getDate(), "Nov 28 received in Oct 2024 is last year's");
    assertEquals("Gulf ministers met on Thursday to discuss water security.", a.getParagraphs().get(0));
  }

  @Test
  void arabicAgencyInBrackets() throws Exception {
    ParsedArticle a = parse("افتتاح مكتبة عامة جديدة\nالدوحة (قنا) - افتتحت وزارة الثقافة اليوم مكتبة عامة جديدة في العاصمة.\n");
    assertEquals("الدوحة", a.getDateline().getCity());
    assertEquals("QNA", a.getDateline().getAgency());
  }

  @Test
  void urduDispatch() throws Exception {
    ParsedArticle a = parse("وزیر اعظم نے نئے منصوبے کا اعلان کیا\nاسلام آباد: وزیر اعظم نے آج ایک نئے ترقیاتی منصوبے کا اعلان کیا ہے۔\n");
    assertEquals("ur", a.getLanguage());
  }

  @Test
  void bulletDigestIsBody() throws Exception {
    ParsedArticle a = parse("موجز الأخبار\n* افتتاح جسر جديد في المدينة\n* ارتفاع أسعار الذهب في السوق المحلية\n");
    assertTrue(a.getHighlights().isEmpty());
    assertEquals(2, a.getParagraphs().size());
  }

  @Test
  void keyIsTheIdWhenTheDispatchHasNone() throws Exception {
    RawDispatch raw = new RawDispatch("k-42", "Headline\nBody text here.".getBytes(), java.util.Map.of(), 0L);
    ParsedArticle a = new DispatchParser().parse(raw);
    assertEquals("k-42", a.getId());
    assertEquals("unknown", a.getSource().getFeed());
    assertNotNull(a.getContentHash());
  }

  @Test
  void derivedIdAndHashAreStable() throws Exception {
    String text = "Headline here\nLONDON (Reuters) - Body text.";
    ParsedArticle a = parse(text);
    ParsedArticle b = parse(text.replace("Body", "Body  ")); // whitespace differences are not content
    assertEquals(a.getId(), b.getId());
    assertEquals(a.getContentHash(), b.getContentHash());
  }
}
