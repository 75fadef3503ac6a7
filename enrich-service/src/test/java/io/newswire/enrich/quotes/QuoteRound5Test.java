package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, fifth round: general speaker resolution (descriptions apposed with a name, quoted names after
 * a kind noun, subjectless cues after a narrative opening), on invented sentences.
 */
class QuoteRound5Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void arabicDescriptionAfterTheNameResolvesLater() {
    var f = fields("عنوان",
        "أكد الدكتور سامر الحلبي رئيس جمعية المهندسين الزراعيين أن «موسم القمح هذا العام أفضل من سابقه».",
        "وأضاف رئيس جمعية المهندسين أن «الأمطار جاءت في وقتها المناسب».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Samer Al-Halabi", f, "سامر الحلبي")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Samer Al-Halabi", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicDescriptionWithoutARoleWordStillFindsItsName() {
    // the head (خطيب الجامع, كبير المهندسين) need not be in any lexicon: it stands beside the name
    var f = fields("عنوان",
        "قال الشيخ يوسف العمري خطيب الجامع الكبير في المدينة إن «الصدقة تطفئ الغضب».",
        "وتابع خطيب الجامع الكبير: «على الناس أن يتراحموا في هذه الأيام».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Yusuf Al-Omari", f, "يوسف العمري")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Yusuf Al-Omari", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicDescriptionBeforeTheNameInTheSameSubject() {
    var f = fields("عنوان",
        "وقال كبير المهندسين الذين صمموا الجسر، كريم الساعدي إن «الجسر يتحمل أضعاف الحمولة المقررة».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Karim Al-Saadi", f, "كريم الساعدي")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Karim Al-Saadi", speakerName(q.get(0)));
  }

  @Test
  void persianLeadDescriptionNamedInTheNextParagraph() {
    var f = fields("تیتر",
        "رئیس اداره آب شهرستان گفت: ذخایر سدهای استان امسال کاهش یافته است.",
        "به گزارش خبرنگار ما، مهندس رضا کاظمی رئیس اداره آب شهرستان در جمع خبرنگاران این مطلب را اعلام کرد.");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    assertTrue(!q.isEmpty());
    assertEquals("Reza Kazemi", speakerName(q.get(0)), q.get(0).getText().toString());
  }

  @Test
  void indefiniteSourcesStayUnnamed() {
    var f = fields("عنوان",
        "قال مصدر أمني إن «الوضع تحت السيطرة».",
        "وكان اللواء ماجد الشمري مصدر القرار في الوزارة قد زار الموقع.");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Majid Al-Shammari", f, "ماجد الشمري")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertNull(speakerName(q.get(0)));
  }

  @Test
  void englishDescriptionApposedWithTheName() {
    var f = fields("Headline",
        "Harriet Cole, head of research at the Lowland Wildlife Trust, said the otter count had doubled.",
        "\"We have not seen numbers like this since the 1960s,\" said the head of research.");
    List<Quote> q = ofKind(run("en", f, person("P1", "Harriet Cole", f, "Harriet Cole")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Harriet Cole", speakerName(q.get(0)));
  }
}
