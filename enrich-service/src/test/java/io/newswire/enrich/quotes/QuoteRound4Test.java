package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * Issue 9, fourth round: house styles and speaker patterns that held on the development dispatches but
 * not across agencies, on invented sentences.
 */
class QuoteRound4Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }


  @Test
  void reopenedQuotationWithoutCloserStartsANewPiece() {
    // BBC style: the speaker goes on and each new sentence of the quote is opened again, never closed
    var f = fields("Headline",
        "\"Our defence has been solid all season,\" Kerr told the club website. \"We have worked hard on the "
            + "training ground. \"The young players deserve the credit for that.\"");
    List<Quote> q = ofKind(run("en", f, person("P1", "Dylan Kerr", f, "Kerr")), QuoteKind.DIRECT);
    assertEquals(List.of("Our defence has been solid all season", "We have worked hard on the training ground.",
        "The young players deserve the credit for that."), texts(q));
    q.forEach(x -> assertEquals("Dylan Kerr", speakerName(x), x.getText().toString()));
  }

  @Test
  void paragraphLeftOpenThenReopenedKeepsItsSpeaker() {
    var f = fields("Headline",
        "\"The river rose faster than anyone expected,\" said Mayor Ruth Hale. \"We moved families out before "
            + "midnight. \"Nobody was hurt and that is what matters most.",
        "\"We will ask the council for new flood walls. \"The old ones were built in 1970.\"");
    List<Quote> q = ofKind(run("en", f, person("P1", "Ruth Hale", f, "Ruth Hale")), QuoteKind.DIRECT);
    assertEquals(List.of("The river rose faster than anyone expected", "We moved families out before midnight.",
        "Nobody was hurt and that is what matters most.", "We will ask the council for new flood walls.",
        "The old ones were built in 1970."), texts(q));
    q.forEach(x -> assertEquals("Ruth Hale", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicColonQuotationLeftUnclosedRunsToTheParagraphEnd() {
    var f = fields("عنوان",
        "وقال المتحدث باسم الشرطة العقيد فهد السالم: \" إن الحادث وقع في ساعة متأخرة من الليل ولم يسفر عن أي إصابات بين السكان .",
        "وأضاف أن التحقيق ما زال جاريا.");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Fahd Al-Salem", f, "فهد السالم")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertTrue(q.get(0).getText().toString().startsWith("إن الحادث وقع"), q.get(0).getText().toString());
    assertTrue(q.get(0).getText().toString().contains("بين السكان"), q.get(0).getText().toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().contains("التحقيق")));
    assertEquals("Fahd Al-Salem", speakerName(q.get(0)));
  }

  @Test
  void staffTitleAfterTheFirmNamesThePersonNotTheFirm() {
    var f = fields("Headline",
        "\"Orders picked up sharply in the autumn,\" said Northwind Logistics finance director Carla Mendes.",
        "\"We expect the same in spring,\" she said.");
    Entity firm = entity("O1", EntityType.ORGANIZATION, "Northwind Logistics", f, "Northwind Logistics");
    List<Quote> q = run("en", f, firm);
    assertEquals(2, q.size());
    assertEquals("Carla Mendes", speakerText(q.get(0)));
    assertTrue(q.stream().noneMatch(x -> x.getSpeaker() != null && "O1".equals(String.valueOf(x.getSpeaker().getEntityId()))));
    // with the person known, it is linked
    Entity mendes = person("P1", "Carla Mendes", f, "Carla Mendes");
    List<Quote> linked = run("en", f, firm, mendes);
    assertEquals("Carla Mendes", speakerName(linked.get(0)));
    assertEquals("Carla Mendes", speakerName(linked.get(1)));
  }

  @Test
  void heSaidAfterANarrativeSentenceMeansItsSubject() {
    var f = fields("Headline",
        "\"We respect the ruling and will not appeal,\" Aldridge said after the hearing. Transport minister "
            + "Peter Vance defended the new timetable on Monday. \"Nobody will lose their bus route,\" he said.");
    List<Quote> q = run("en", f, person("P1", "Tom Aldridge", f, "Aldridge"), person("P2", "Peter Vance", f, "Peter Vance"));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals(2, direct.size());
    assertEquals("Tom Aldridge", speakerName(direct.get(0)));
    assertEquals("Peter Vance", speakerName(direct.get(1)));
    assertEquals("he", speakerText(direct.get(1)));
    // a name the entity step missed, introduced by its role, still counts
    List<Quote> unknown = ofKind(run("en", f, person("P1", "Tom Aldridge", f, "Aldridge")), QuoteKind.DIRECT);
    assertEquals("Transport minister Peter Vance", speakerName(unknown.get(1)));
    // 'he added' continues the speaker of the quotes
    var g = fields("Headline",
        "\"We respect the ruling and will not appeal,\" Aldridge said after the hearing. Transport minister "
            + "Peter Vance defended the new timetable on Monday. \"Nobody will lose their bus route,\" he added.");
    List<Quote> added = ofKind(run("en", g, person("P1", "Tom Aldridge", g, "Aldridge"),
        person("P2", "Peter Vance", g, "Peter Vance")), QuoteKind.DIRECT);
    assertEquals("Tom Aldridge", speakerName(added.get(1)));
  }

  @Test
  void arabicQuotedAddresseeBeforeTheClause() {
    // أكد مصدر لـ«صحيفة»: the marks hold whom it was told, the clause after أن/إن is reported speech
    var f = fields("عنوان",
        "أكد مصدر حكومي لـ«الوطن» أن المفاوضات مع النقابات ستستأنف الأسبوع المقبل في العاصمة.",
        "وقال مسؤول في الوزارة لـ\"واس\"، إن الخطة الجديدة تشمل جميع المناطق الريفية دون استثناء.");
    List<Quote> q = run("ar", f);
    List<Quote> indirect = ofKind(q, QuoteKind.INDIRECT);
    assertEquals(2, indirect.size(), texts(q).toString());
    assertTrue(indirect.get(0).getText().toString().contains("المفاوضات مع النقابات ستستأنف"));
    assertTrue(indirect.get(1).getText().toString().contains("الخطة الجديدة تشمل"));
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), texts(q).toString());
    // an unnamed source: no name, and the preposition is not part of one
    indirect.forEach(x -> assertTrue(x.getSpeaker() == null || x.getSpeaker().getName() == null,
        String.valueOf(x.getSpeaker())));
  }

  @Test
  void arabicRoleAfterASwitchMarkerIsSomeoneNew() {
    // من جانبه، قال رئيس البعثة: the head of the mission is not the minister quoted before
    var f = fields("عنوان",
        "وقال وزير الزراعة خالد المنصور في بيان إن «المحصول هذا العام تجاوز التوقعات في جميع المحافظات».",
        "من جانبه، قال رئيس البعثة الفنية إن «الفريق أنهى فحص العينات قبل الموعد المحدد بأسبوعين».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Khaled Al-Mansour", f, "خالد المنصور")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    assertEquals("Khaled Al-Mansour", speakerName(q.get(0)));
    assertTrue(q.get(1).getSpeaker() == null || q.get(1).getSpeaker().getEntityId() == null
        && q.get(1).getSpeaker().getName() == null, String.valueOf(q.get(1).getSpeaker()));
  }

  @Test
  void arabicUnnamedSourceInTheLeadIsNotTheNextNamedSpeaker() {
    var f = fields("عنوان",
        "أكد مصدر دبلوماسي لـ«الوطن» أن وزير الخارجية سيزور العاصمة الروسية بعد غد لاستكمال المباحثات.",
        "كما أوضح المصدر أن الملف السوري سيكون على الطاولة مجددا خلال الزيارة.",
        "في المقابل، أكدت وزارة الخارجية الروسية أن الجانبين سيبحثان ملفات التجارة والنقل.");
    Entity ministry = entity("O1", EntityType.ORGANIZATION, "Ministry of Foreign Affairs (Russia)", f, "وزارة الخارجية الروسية");
    List<Quote> q = ofKind(run("ar", f, ministry), QuoteKind.INDIRECT);
    assertEquals(3, q.size(), texts(q).toString());
    for (int i = 0; i < 2; i++) {
      var s = q.get(i).getSpeaker();
      assertTrue(s == null || s.getEntityId() == null && s.getName() == null, String.valueOf(s));
    }
    assertEquals("O1", String.valueOf(q.get(2).getSpeaker().getEntityId()));
  }

  @Test
  void arabicRoleOfABodyThenTitleThenNameIsThePerson() {
    // VSO with a long title: عميد كلية … الدكتور X: the dean, not the college
    var f = fields("عنوان",
        "وأوضح عميد كلية الهندسة بجامعة الملك سعود الدكتور سامي بن علي الراشد أن الكلية ستفتتح ثلاثة مختبرات جديدة العام المقبل.");
    Entity college = entity("O1", EntityType.ORGANIZATION, "College of Engineering", f, "كلية الهندسة");
    List<Quote> q = run("ar", f, college, person("P1", "Sami bin Ali Al-Rashed", f, "سامي بن علي الراشد"));
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Sami bin Ali Al-Rashed", speakerName(q.get(0)));
  }

  @Test
  void nameAfterKnownAsIsNoQuotation() {
    var f = fields("Headline",
        "The minister said the new rail link, known as \"Northern Arc\", would open in 2027.");
    List<Quote> q = run("en", f);
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), texts(q).toString());
    assertEquals(1, ofKind(q, QuoteKind.INDIRECT).size(), texts(q).toString());
  }

  @Test
  void persianClauseWithIneke() {
    // با بیان اینکه X، افزود: Y: the statement after the colon is found on its own
    var f = fields("تیتر",
        "وی با بیان اینکه بودجه امسال کافی نیست، افزود: ساخت مدرسه‌های جدید در روستاها تا پایان سال ادامه دارد.");
    List<Quote> q = ofKind(run("fa", f), QuoteKind.INDIRECT);
    assertTrue(q.stream().anyMatch(x -> x.getText().toString().startsWith("ساخت مدرسه")), texts(q).toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().contains("افزود")), texts(q).toString());
  }

  @Test
  void appositiveNamesTheDescription() {
    var f = fields("Headline",
        "A senior treasury official said the levy would stay. But the official, Deputy Finance Minister Karen Holt, "
            + "said the rate could be cut next year.");
    List<Quote> q = ofKind(run("en", f), QuoteKind.INDIRECT);
    Quote cut = q.stream().filter(x -> x.getText().toString().contains("rate could be cut")).findFirst().orElseThrow();
    assertEquals("Karen Holt", speakerText(cut));
  }

  @Test
  void arabicRelativeClauseSpeakerIsItsAntecedent() {
    // …بحسب المحافظ X، الذي قال لوكالة Y: «…»: X speaks, the agency is only told
    var f = fields("عنوان",
        "وتضررت عشرات المنازل في القرية، بحسب المحافظ ناصر العلي، الذي قال لوكالة رويترز: «فرق الإنقاذ تعمل منذ الفجر لإخلاء السكان».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Nasser Al-Ali", f, "ناصر العلي"),
        entity("O1", EntityType.ORGANIZATION, "Reuters", f, "رويترز")), QuoteKind.DIRECT);
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Nasser Al-Ali", speakerName(q.get(0)));
  }
}
