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
 * Issue 9, thirty-third round, on invented sentences: an Arabic verb of following or appearing right after a
 * relative pronoun or a circumstantial وهو (الذي يتابع …, وهو يتابع …, التي تظهر …) describes, it does not
 * say, so the verb of saying before it keeps the quotation; a word with the nominative or genitive tanween is a
 * noun, and إبان with the hamza below is 'during': neither is a cue; a verb of saying right after the comma
 * that closes a relative clause (X، الذي …، قال إن) has X, the name the clause describes, as its subject.
 */
class QuoteArabicPersianRound33Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void relativeVerbOfFollowingIsNoCue() {
    var f = fields("الأسواق",
        "ويقول المحلل سامر الحداد، الذي يتابع أسواق الطاقة منذ سنوات، إن «الأسعار ستبقى مرتفعة حتى الشتاء».");
    List<Quote> q = run("ar", f, person("P1", "Samer Al-Haddad", f, "سامر الحداد"));
    Quote quote = startingWith(q, "الأسعار ستبقى");
    assertEquals("Samer Al-Haddad", speakerName(quote), texts(q).toString());
    assertEquals("ويقول", quote.getCue().toString(), texts(q).toString());
  }

  @Test
  void circumstantialVerbOfFollowingIsNoCue() {
    var f = fields("الميناء",
        "ويوضح النائب رامي العلي وهو يتابع رافعة ضخمة في الميناء إن «العمل يسير وفق الجدول».");
    List<Quote> q = run("ar", f, person("P1", "Rami Al-Ali", f, "رامي العلي"));
    Quote quote = startingWith(q, "العمل يسير");
    assertEquals("ويوضح", quote.getCue().toString(), texts(q).toString());
    assertEquals("Rami Al-Ali", speakerName(quote), quote.toString());
  }

  @Test
  void relativeVerbOfAppearingIsNoCue() {
    var f = fields("الأزياء",
        "ووسط العروض الكثيرة التي تظهر في كل معرض قررت المصممة أن تركز على الأثواب التقليدية.");
    List<Quote> q = run("ar", f);
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void nounWithTanweenAndDuringAreNoCues() {
    var f = fields("الخطاب",
        "يحتاج الأمر إلى خطاب خالٍ من أي تشددٍ من أي نوع، وهي مهمة يجب أن تنجز سريعا.",
        "وقد ظهرت خلافات كثيرة إبان عمل السفير في العاصمة، والكثير يفترض أن يبقى سرا.");
    List<Quote> q = run("ar", f);
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void openingVerbOfContinuingIsStillACue() {
    var f = fields("الاقتصاد",
        "وقال الوزير خالد السالم إن النمو سيتحسن. وتابع أن الحكومة ستخفض الضرائب العام المقبل.");
    List<Quote> q = run("ar", f, person("P1", "Khalid Al-Salem", f, "خالد السالم"));
    assertEquals("Khalid Al-Salem", speakerName(startingWith(q, "الحكومة ستخفض")), texts(q).toString());
  }

  @Test
  void verbAfterARelativeClauseHasTheDescribedNameAsSubject() {
    var f = fields("الأسهم",
        "وقالت المرشحة ليلى حداد إن خطتها ستحد من المضاربة.",
        "لكن المستثمر كريم الصالح، الذي رفع دعوى على مجلس إدارة الشركة العام الماضي، قال إنه يؤيد الاقتراح.");
    List<Quote> q = run("ar", f, person("P1", "Layla Haddad", f, "ليلى حداد"),
        person("P2", "Karim Al-Saleh", f, "كريم الصالح"));
    assertEquals("Karim Al-Saleh", speakerName(startingWith(q, "إنه يؤيد")), texts(q).toString());
  }

  @Test
  void verbWithItsOwnSubjectAfterARelativeClauseKeepsIt() {
    var f = fields("الموازنة",
        "وتواجه الحكومة، التي تسلمت السلطة قبل عام، عجزا كبيرا، وقال وزير المالية سعيد العمر إن العجز سيتراجع.");
    List<Quote> q = run("ar", f, person("P1", "Saeed Al-Omar", f, "سعيد العمر"),
        entity("O1", EntityType.ORGANIZATION, "Government", f, "الحكومة"));
    assertEquals("Saeed Al-Omar", speakerName(startingWith(q, "العجز سيتراجع")), texts(q).toString());
  }
}
