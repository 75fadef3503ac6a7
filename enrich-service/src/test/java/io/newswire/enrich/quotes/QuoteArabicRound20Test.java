package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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

/** Issue 9, twentieth round: Arabic subjects and names in marks, on invented sentences. */
class QuoteArabicRound20Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  /** Published as nobody known: no entity and no name, only the article's words. */
  private static boolean unnamed(Quote q) {
    return q.getSpeaker() == null || q.getSpeaker().getEntityId() == null && q.getSpeaker().getName() == null;
  }

  @Test
  void forcesLoyalToANamedLeaderAreNotThatLeader() {
    var f = fields("معارك قرب الميناء",
        "قال وزير الدفاع سامي الراشد إن الجيش يسيطر على المطار.",
        "وواصلت القوات الموالية للرئيس كمال ناصر تقدمها نحو الميناء، مشيرة إلى أنها ستسيطر عليه خلال أيام.",
        "وقالت الفصائل التابعة للزعيم كمال ناصر إن الهدنة انتهت.");
    List<Quote> q = run(f, person("P1", "Sami al-Rashed", f, "سامي الراشد"), person("P2", "Kamal Nasser", f, "كمال ناصر"));
    assertEquals("Sami al-Rashed", speakerName(startingWith(q, "الجيش")), texts(q).toString());
    Quote forces = startingWith(q, "أنها ستسيطر");
    assertTrue(unnamed(forces), speakerName(forces) + " / " + speakerText(forces));
    Quote factions = startingWith(q, "الهدنة");
    assertTrue(unnamed(factions), speakerName(factions) + " / " + speakerText(factions));
  }

  @Test
  void aLeaderNamedBeforeHisForcesStillSpeaksForHimself() {
    var f = fields("تصريحات",
        "وأكد الرئيس كمال ناصر أن قواته الموالية للحكومة ستبقى في المدينة.");
    List<Quote> q = run(f, person("P2", "Kamal Nasser", f, "كمال ناصر"));
    assertEquals("Kamal Nasser", speakerName(startingWith(q, "قواته")), texts(q).toString());
  }

  @Test
  void dottedInitialsInMarksNameTheBodyWhoseClauseFollows() {
    var f = fields("سوق الأسمدة",
        "قال المدير التنفيذي كريم داوود إن المبيعات ارتفعت. من جانبها، تقول شركة الأبحاث \"إي.دي.إم\" ان الطلب على الأسمدة سيرتفع العام المقبل.");
    // the entity step took one letter group of the initials for a body of its own
    List<Quote> q = run(f, person("P1", "Karim Daoud", f, "كريم داوود"),
        entity("O1", EntityType.ORGANIZATION, "Dee", f, "دي."));
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), texts(q).toString());
    Quote clause = startingWith(q, "الطلب");
    assertEquals(QuoteKind.INDIRECT, clause.getKind());
    assertEquals("إي.دي.إم", speakerText(clause), texts(q).toString());
  }

  @Test
  void aCueWhoseSentenceEndedDoesNotTakeTheNextSpeakersClause() {
    var f = fields("اشتباكات في الشمال",
        "ذكر المتحدث باسم الشرطة ماركو بيانكي أمس أن الشرطة اعتقلت عشرين شخصا. ولم يتم تأكيد عدد الجرحى حتى الآن. وقال بيانكي إن ثلاثة من رجال الشرطة أصيبوا.");
    List<Quote> q = run(f, person("P1", "Marco Bianchi", f, "بيانكي"));
    Quote clause = startingWith(q, "ثلاثة");
    assertEquals("Marco Bianchi", speakerName(clause), speakerText(clause) + " " + texts(q));
  }
}
