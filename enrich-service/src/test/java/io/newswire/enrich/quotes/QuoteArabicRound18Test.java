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

/** Issue 9, eighteenth round: Arabic speakers and clauses, on invented sentences. */
class QuoteArabicRound18Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static Entity org(List<ArticleField> f, String name, String surface) {
    return entity("O" + surface.length(), EntityType.ORGANIZATION, name, f, surface);
  }

  @Test
  void aDescriptionClosedByAnUnknownNameBeforeACommaIsTheSpeakerNotTheClubAfterIt() {
    var f = fields("نجم الوسط يتحدث عن انتقاله",
        "قال نجم الوسط كريم سالم، لاعب نادي الزمالك السابق والمنتقل حديثا إلى الدوري القطري، إنه أراد تجربة جديدة بعد سنوات طويلة في مصر.");
    List<Quote> q = run(f, org(f, "Zamalek SC", "الزمالك"));
    assertEquals("كريم سالم", speakerName(startingWith(q, "إنه أراد")), texts(q).toString());
  }

  @Test
  void aRelayingVerbFindsItsSourceAfterATimeAdjunct() {
    var f = fields("حملة تطعيم جديدة",
        "أعلنت وزارة الصحة الأردنية عن حملة تطعيم في المدارس، فيما يشكل حسب ما نقلت وكالة الأنباء الأردنية اليوم عن الوزارة \"خطوة ضرورية لحماية الأطفال في فصل الشتاء\".");
    List<Quote> q = run(f, org(f, "Ministry of Health (Jordan)", "وزارة الصحة الأردنية"),
        org(f, "Jordan News Agency", "وكالة الأنباء الأردنية"));
    assertEquals("Ministry of Health (Jordan)", speakerName(startingWith(q, "خطوة ضرورية")), texts(q).toString());
  }

  @Test
  void aRelayingMediumsNameInMarksDoesNotHideWhomItQuotes() {
    var f = fields("روبوت يساعد المرضى",
        "ونقلت وكالة «رويترز» عن البروفسور تاكيشي ناكامورا في مؤتمر صحافي في أوساكا أمس أن «الروبوت الجديد يساعد المرضى على الكلام مع أسرهم كل يوم».");
    List<Quote> q = run(f, person("P1", "Takeshi Nakamura", f, "تاكيشي ناكامورا"), org(f, "Reuters", "رويترز"),
        entity("L1", EntityType.PLACE, "Osaka", f, "أوساكا"));
    assertEquals("Takeshi Nakamura", speakerName(startingWith(q, "الروبوت الجديد")), texts(q).toString());
  }

  @Test
  void aVerbalNounClauseClosingItsParagraphIsStillReported() {
    var f = fields("حريق في مستودع",
        "قالت الشرطة المحلية إن الحريق اندلع في مستودع قديم قرب الميناء، وأكدت فتح تحقيق بهذا الشأن.");
    List<Quote> q = run(f);
    assertTrue(q.stream().anyMatch(x -> x.getText().toString().startsWith("فتح تحقيق")), texts(q).toString());
  }
}
