package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
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

/** Issue 9, twenty-first round: where an Arabic clause starts, and plural participles, on invented sentences. */
class QuoteArabicRound21Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  /** Published as nobody known: no entity and no name, only the article's words. */
  private static boolean unnamed(Quote q) {
    return q.getSpeaker() == null || q.getSpeaker().getEntityId() == null && q.getSpeaker().getName() == null;
  }

  @Test
  void aClauseStartsAfterABareComplementizerAndAtOneCarryingAPronoun() {
    var f = fields("زيارة مرتقبة",
        "قال وزير الخارجية سامي الراشد إنه سيزور القاهرة الأسبوع المقبل.",
        "وأكد الراشد أن المحادثات مع الجانب المصري ستتناول ملف المياه، مشيرا إلى أنها ستستمر يومين.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد", "الراشد"));
    Quote visit = startingWith(q, "إنه سيزور");
    assertEquals("إنه سيزور القاهرة الأسبوع المقبل", visit.getText().toString());
    assertEquals("Sami al-Rashed", speakerName(visit), texts(q).toString());
    assertEquals("المحادثات مع الجانب المصري ستتناول ملف المياه", startingWith(q, "المحادثات").getText().toString());
    assertEquals("أنها ستستمر يومين", startingWith(q, "أنها ستستمر").getText().toString());
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().matches("^(أن|إن) .*")), texts(q).toString());
  }

  @Test
  void onlyAComplementizerWithMoreThanItsTwoLettersCarriesAPronoun() {
    for (String bare : List.of("أن", "إنّ", "بأن", "فإن", "ان")) {
      assertFalse(IndirectSpeechFinder.carriesPronoun(bare, 0, bare.length()), bare);
    }
    for (String withPronoun : List.of("أنه", "إنّها", "بأنهم", "انهما", "أننا")) {
      assertTrue(IndirectSpeechFinder.carriesPronoun(withPronoun, 0, withPronoun.length()), withPronoun);
    }
  }

  @Test
  void aClauseOpeningWithAQuotationKeepsItsComplementizer() {
    var f = fields("خطة الإصلاح",
        "وقال الوزير سامي الراشد إن «الحكومة ماضية في خطتها» رغم انتقادات النواب.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد"));
    assertEquals("الحكومة ماضية في خطتها", ofKind(q, QuoteKind.DIRECT).get(0).getText().toString(), texts(q).toString());
    Quote clause = ofKind(q, QuoteKind.INDIRECT).get(0);
    assertTrue(clause.getText().toString().startsWith("إن «الحكومة"), texts(q).toString());
  }

  @Test
  void aPluralParticipleContinuesAClauseWithNoSingleSpeaker() {
    var f = fields("علاج جديد",
        "قال الطبيب كريم داوود إن المستشفى استقبل عشرين مريضا.",
        "وذكر باحثون في جامعة القاهرة أن النتائج الأولية مشجعة، مؤكدين أن العلاج الجديد آمن للأطفال.");
    List<Quote> q = run(f, person("P1", "Karim Daoud", f, "كريم داوود"));
    Quote plural = startingWith(q, "العلاج الجديد");
    assertEquals(QuoteKind.INDIRECT, plural.getKind());
    assertTrue(unnamed(plural), speakerName(plural) + " / " + speakerText(plural));
    assertEquals("Karim Daoud", speakerName(startingWith(q, "المستشفى")), texts(q).toString());
  }

  @Test
  void aPluralParticipleAfterANamedSpeakerIsNotHis() {
    var f = fields("انتقادات",
        "قال المدرب ماركو بيانكي إن الفريق جاهز للمباراة.",
        "ولم تعجب تصريحاته جماهير النادي على مواقع التواصل، معتبرين أن المدرب يقلل من شأن اللاعبين.");
    List<Quote> q = run(f, person("P1", "Marco Bianchi", f, "ماركو بيانكي"));
    Quote fans = startingWith(q, "المدرب يقلل");
    assertTrue(unnamed(fans), speakerName(fans) + " / " + speakerText(fans) + " " + texts(q));
  }
}
