package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-fifth round, on invented sentences: the present tense of رأى (يرى، ترى، يرون) reports an
 * opinion clause after its subject and a complementizer, as the past رأى / رأت does; with no complementizer
 * (يرى X المدينة, a plain object of seeing) it reports nothing. A feminine cue with no subject of its own
 * (وأكدت أن, مضيفة) does not go on from a speaker a masculine verb named; a masculine one still does.
 */
class QuoteArabicPersianRound25Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static boolean noneStarts(List<Quote> q, String prefix) {
    return q.stream().noneMatch(x -> x.getText().toString().startsWith(prefix));
  }

  @Test
  void presentYaraWithItsSubjectAndAnReportsTheOpinionClause() {
    var f = fields("أسواق الذهب",
        "ويرى الخبير الاقتصادي سامر الحداد أن أسعار الذهب ستواصل الارتفاع خلال الأشهر المقبلة.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Samer al-Haddad", f, "سامر الحداد"));
    Quote clause = startingWith(q, "أسعار الذهب");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Samer al-Haddad", speakerName(clause), texts(q).toString());
  }

  @Test
  void feminineTaraWithABodyAsSubjectReportsTheBodysClause() {
    var f = fields("خطة النقل",
        "وترى وزارة النقل أن الخطة الجديدة ستخفف الازدحام في شوارع المدينة.");
    List<Quote> q = run(f, entity("O1", EntityType.ORGANIZATION, "Ministry of Transport", f, "وزارة النقل"));
    Quote clause = startingWith(q, "الخطة الجديدة");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals("Ministry of Transport", speakerName(clause), texts(q).toString());
  }

  @Test
  void yaraWithUnnamedObserversKeepsNoNamedSpeaker() {
    var f = fields("الانتخابات المقبلة",
        "ويرى مراقبون أن نسبة المشاركة في الانتخابات المقبلة ستكون أعلى من سابقتها.");
    List<Quote> q = run(f);
    Quote clause = startingWith(q, "نسبة المشاركة");
    assertEquals(QuoteKind.INDIRECT, clause.getKind(), texts(q).toString());
    assertEquals(null, speakerName(clause), texts(q).toString());
  }

  @Test
  void yaraWithAPlainObjectAndNoComplementizerReportsNothing() {
    var f = fields("رحلة صيفية",
        "يرى الزائر من أعلى البرج المدينة كلها وشاطئ البحر في الصباح الباكر.");
    List<Quote> q = run(f);
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void taraAddressingTheReaderWithNoComplementizerReportsNothing() {
    var f = fields("حديقة الحي",
        "والحديقة كما ترى واسعة وجميلة وفيها ملعب صغير للأطفال ومقاعد للزوار.");
    List<Quote> q = run(f);
    assertTrue(noneStarts(q, "واسعة"), texts(q).toString());
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void feminineCueWithNoSubjectDoesNotGoOnFromAManNamedByAMasculineVerb() {
    var f = fields("مفاوضات السلام",
        "وقال الوسيط كريم الناصر إن الجولة المقبلة ستعقد في الشهر القادم. وكانت اللجنة قد سلمت الطرفين مسودة الاتفاق، وأكدت أن التوقيع سيتم قبل نهاية العام.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim al-Nasser", f, "كريم الناصر"));
    assertEquals("Karim al-Nasser", speakerName(startingWith(q, "الجولة المقبلة")), texts(q).toString());
    Quote feminine = startingWith(q, "التوقيع سيتم");
    assertEquals(null, speakerName(feminine), texts(q).toString());
  }

  @Test
  void masculineCueWithNoSubjectStillGoesOnFromTheSameMan() {
    var f = fields("مفاوضات السلام",
        "وقال الوسيط كريم الناصر إن الجولة المقبلة ستعقد في الشهر القادم. وأكد أن التوقيع سيتم قبل نهاية العام.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Karim al-Nasser", f, "كريم الناصر"));
    assertEquals("Karim al-Nasser", speakerName(startingWith(q, "التوقيع سيتم")), texts(q).toString());
  }

  @Test
  void feminineCueGoesOnFromAWomanNamedByAFeminineVerb() {
    var f = fields("المعرض الفني",
        "وقالت الفنانة سلمى العلي إن المعرض يضم أربعين لوحة جديدة. وأضافت أن ريعه سيذهب إلى جمعية خيرية.");
    List<Quote> q = run(f, entity("P1", EntityType.PERSON, "Salma al-Ali", f, "سلمى العلي"));
    assertEquals("Salma al-Ali", speakerName(startingWith(q, "ريعه سيذهب")), texts(q).toString());
  }
}
