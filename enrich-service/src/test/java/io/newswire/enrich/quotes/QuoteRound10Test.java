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
 * Issue 9, tenth round: short Arabic words in marks told from names by the sentence around them
 * ({@link ArabicFragments}), on invented sentences.
 */
class QuoteRound10Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static List<String> direct(List<Quote> q) {
    return texts(ofKind(q, QuoteKind.DIRECT));
  }

  // ------------------------------------------------------------------ governed: a word of saying, naming, charging

  @Test
  void arabicWordsAfterAVerbOfNamingAreSaid() {
    var f = fields("مقتل شاب في هجوم",
        "وكان الشاب قد غادر قريته قبل عامين للالتحاق بما سماه «الكفاح» في الجبال الشمالية.");
    assertTrue(direct(run("ar", f)).contains("الكفاح"), "named by a verb of naming: " + texts(run("ar", f)));
  }

  @Test
  void arabicWordsAfterAVerbOfNamingInsideANarrativeClauseAreSaid() {
    var f = fields("مقتل شاب في هجوم",
        "وقال الصحافي سالم أحمد إن الشاب كان من أوائل المنتمين للجماعة.",
        "واختفى بعدها فترة طويلة، ليعرف أهله لاحقا أنه توجه إلى ما سماه «الكفاح»، ورجح أنه غادر إلى الخارج قبل عام.");
    assertTrue(direct(run("ar", f)).contains("الكفاح"), "named by a verb of naming: " + texts(run("ar", f)));
  }

  @Test
  void arabicChargeInMarksAfterItsParticipleOrNounIsSaid() {
    var f = fields("محاكمة ناشط في العاصمة",
        "مثل أمس أمام المحكمة الناشط المتهم بـ«نشر أخبار كاذبة» بعد توقيفه الشهر الماضي.",
        "وبدأت النيابة تحقيقا جديدا معه بتهمة «الإساءة إلى مؤسسات الدولة» و«إثارة الرأي العام».");
    List<String> d = direct(run("ar", f));
    assertTrue(d.contains("نشر أخبار كاذبة"), "the charge after المتهم بـ: " + d);
    assertTrue(d.contains("الإساءة إلى مؤسسات الدولة"), "the charge after بتهمة: " + d);
  }

  @Test
  void arabicWordsAfterAVerbOfExpressingThroughItsPrepositionTakeItsSubject() {
    var f = fields("الوزير يزور الميناء",
        "زار وزير النقل سامي الحربي الميناء الجديد أمس.",
        "وعبر الحربي عن «الارتياح» لسير الأعمال في المرحلة الأولى من المشروع.");
    Entity sami = person("P1", "Sami al-Harbi", f, "سامي الحربي", "الحربي");
    List<Quote> q = run("ar", f, sami);
    Quote said = ofKind(q, QuoteKind.DIRECT).stream().filter(x -> x.getText().toString().equals("الارتياح"))
        .findFirst().orElseThrow(() -> new AssertionError("not found: " + texts(q)));
    assertEquals("Sami al-Harbi", speakerName(said));
  }

  @Test
  void arabicViaIsNotAVerbOfExpressing() {
    var f = fields("إطلاق خدمة جديدة",
        "أعلنت الهيئة أمس إطلاق الخدمة الجديدة التي يمكن طلبها عبر «تطبيق» الهيئة على الهواتف الذكية.");
    assertFalse(direct(run("ar", f)).contains("تطبيق"), "عبر before the marks is 'via': " + texts(run("ar", f)));
  }

  @Test
  void arabicDescribingVerbalNounGovernsTheMarks() {
    var f = fields("بيع حصة في شركة الطيران",
        "وأشاد وزير الاقتصاد بالصفقة باعتبارها \"خطوة أساسية نحو تخصيص الشركة\" خلال مؤتمر صحافي أمس.");
    assertTrue(direct(run("ar", f)).contains("خطوة أساسية نحو تخصيص الشركة"), texts(run("ar", f)).toString());
  }

  // ------------------------------------------------------------------ predicate: a constituent of the clause

  @Test
  void arabicMarksAfterAComplementizerHoldingTheSubjectAreThePredicate() {
    var f = fields("المدرب يتحدث عن مستقبله",
        "وقال المدرب إنه «راض تماما» عن أداء فريقه في المعسكر الأخير رغم الخسارة.");
    assertTrue(direct(run("ar", f)).contains("راض تماما"), texts(run("ar", f)).toString());
  }

  @Test
  void arabicDemonstrativeInMarksAfterTheComplementizerIsSaid() {
    var f = fields("تقرير أممي عن التهريب",
        "وأشارت المقررة إلى أن «هذه الشبكات المنظمة» تجاوزت حدود الإقليم كله.");
    assertTrue(direct(run("ar", f)).contains("هذه الشبكات المنظمة"), texts(run("ar", f)).toString());
  }

  // ------------------------------------------------------------------ apposed: a name straight after a plain word

  @Test
  void arabicOneWordInMarksAfterANounOfTheClauseIsAName() {
    var f = fields("حرفيون يشاركون في المعرض",
        "وأوضح مدير الفرع أن عشرة حرفيين سيشاركون في معرض \"الواحة\" للصناعات اليدوية هذا العام، وأن أربعة منهم كانوا مسؤولين عن قسم «النسيج» في الدورة السابقة.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.contains("الواحة"), "a fair's name: " + d);
    assertFalse(d.contains("النسيج"), "a section's name: " + d);
  }

  @Test
  void arabicKunyaInMarksIsAName() {
    var f = fields("مقتل مسلح في الشمال",
        "وقال التنظيم في بيان إن مقاتلا كنيته «أبو الوليد الشامي» قتل في اشتباك قرب الحدود.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.contains("أبو الوليد الشامي"), "a kunya is a name: " + d);
  }

  @Test
  void arabicPhraseInMarksInsideTheClauseStaysSaid() {
    var f = fields("الوزير يزور العاصمة",
        "وأوضح الوزير أنه سيتوجه إلى العاصمة \"الشهر المقبل\" لبحث الاتفاق مع نظيره.");
    assertTrue(direct(run("ar", f)).contains("الشهر المقبل"), texts(run("ar", f)).toString());
  }

  @Test
  void arabicProvisionOfALawInMarksIsAName() {
    var f = fields("تهم جديدة ضد النائب",
        "وكشفت مصادر قضائية أن التهم الموجهة إلى النائب تدخل تحت بند «الإضرار بالوحدة الوطنية وإثارة الفتن» في قانون العقوبات.");
    List<String> d = direct(run("ar", f));
    assertFalse(d.stream().anyMatch(t -> t.startsWith("الإضرار")), "a provision's title: " + d);
  }
}
