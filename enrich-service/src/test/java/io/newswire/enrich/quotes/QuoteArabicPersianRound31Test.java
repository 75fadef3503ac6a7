package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.anyStartsWith;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-first round, on invented sentences: the undotted preposition بين ('between') inside a
 * sentence is no speech verb, while بين opening its sentence (وبين المدير أن, كما بين) or written بيّن still
 * is; an Arabic role whose complement opens with في or على is held by the person named right before the
 * clause, never by a name inside the complement's marks.
 */
class QuoteArabicPersianRound31Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void prepositionBaynaInsideASentenceIsNoCue() {
    var f = fields("تعاون تجاري",
        "وتتسلم الشركة المعدات بحسب الاتفاق المبرم بين البلدين على أن تبدأ التسليمات العام المقبل.",
        "ويبقى الخلاف قائما بين الطرفين، غير أن المفاوضات ستستأنف الشهر المقبل.");
    List<Quote> q = run("ar", f);
    assertFalse(anyStartsWith(q, "تبدأ التسليمات"), texts(q).toString());
    assertFalse(anyStartsWith(q, "المفاوضات ستستأنف"), texts(q).toString());
  }

  @Test
  void baynaOpeningItsSentenceIsStillTheVerb() {
    var f = fields("افتتاح المعرض",
        "افتتح المعرض أمس في مدينة جدة. وبين مدير المعرض خالد السالم أن عدد الزوار تجاوز عشرة آلاف.",
        "كما بين السالم أن المعرض يستمر أسبوعا.",
        "من جهته، بين رئيس اللجنة أن الجوائز توزع في الختام.");
    List<Quote> q = run("ar", f, person("P1", "Khalid Al-Salem", f, "خالد السالم", "السالم"));
    assertEquals("Khalid Al-Salem", speakerName(startingWith(q, "عدد الزوار")), texts(q).toString());
    assertEquals("Khalid Al-Salem", speakerName(startingWith(q, "المعرض يستمر")), texts(q).toString());
    assertTrue(anyStartsWith(q, "الجوائز توزع"), texts(q).toString());
  }

  @Test
  void roleWithPrepositionalComplementIsHeldByTheNameBeforeTheClause() {
    var f = fields("انسحاب من القرى",
        "وأوضح القيادي في الجبهة الشعبية سامر الخطيب، أن المقاتلين انسحبوا من القرى الحدودية.");
    List<Quote> q = run("ar", f, person("P1", "Samer Al-Khatib", f, "سامر الخطيب"),
        entity("O1", EntityType.ORGANIZATION, "Popular Front", f, "الجبهة الشعبية"));
    assertEquals("Samer Al-Khatib", speakerName(startingWith(q, "المقاتلين انسحبوا")), texts(q).toString());
  }

  @Test
  void personInsideMarksOfTheComplementIsNotTheHolder() {
    var f = fields("معارك الريف",
        "وأكد قيادي في كتائب «عمر المختار» المقاتلة في الريف، أن الهجوم صد بعد ساعات.");
    List<Quote> q = run("ar", f, person("P1", "Omar Mukhtar", f, "عمر المختار"));
    Quote clause = startingWith(q, "الهجوم صد");
    assertFalse("Omar Mukhtar".equals(speakerName(clause)), texts(q).toString());
  }
}
