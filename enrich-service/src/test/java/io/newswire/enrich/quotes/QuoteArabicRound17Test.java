package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, seventeenth round: Arabic speakers and cues, on invented sentences. */
class QuoteArabicRound17Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  private static Entity place(List<ArticleField> f, String name, String surface) {
    return entity("L" + surface.length(), EntityType.PLACE, name, f, surface);
  }

  @Test
  void aConstructRoleClosedByACountryIsThatCountrysMinisterNotTheOtherOne() {
    var f = fields("مباحثات أردنية عراقية",
        "أكد وزير الخارجية الأردني، أيمن الصفدي، خلال مؤتمر صحافي مع نظيره العراقي، فؤاد حسين، في عمان أمس، أن العلاقات بين البلدين متينة.",
        "وقال وزير خارجية العراق إن بغداد تريد توسيع التبادل التجاري مع الأردن.");
    List<Quote> q = run(f, person("P1", "Ayman Safadi", f, "أيمن الصفدي"), place(f, "Amman", "عمان"),
        place(f, "Iraq", "العراق"), place(f, "Jordan", "الأردن"));
    assertEquals("Ayman Safadi", speakerName(startingWith(q, "العلاقات")), texts(q).toString());
    assertEquals("فؤاد حسين", speakerName(startingWith(q, "بغداد")));
  }

  @Test
  void aSpeechVerbInAClauseOfTimeLeavesTheParticipleToTheSentencesSpeaker() {
    var f = fields("برنامج للتأهيل",
        "أوضح مدير البرنامج الدكتور سامي العلي أن البرنامج يخدم ألف أسرة في المنطقة.",
        "وعدّ العلي البرنامج من أنجح البرامج بعد أن أثبتت التجارب الميدانية التي أجريت في ثلاث مدن خلال العامين الماضيين على الأسر المستفيدة منه جدواه، موضحا أن المرحلة الثانية تبدأ في الخريف.");
    List<Quote> q = run(f, person("P1", "Sami al-Ali", f, "سامي العلي"), place(f, "Region", "المنطقة"));
    assertEquals("Sami al-Ali", speakerName(startingWith(q, "المرحلة الثانية")), texts(q).toString());
  }

  @Test
  void abanIsASpeechVerb() {
    var f = fields("مهرجان صيفي في الطائف",
        "وأبان مدير المهرجان خالد السعيد أن الفعاليات تستمر أسبوعين في حدائق الطائف.");
    List<Quote> q = run(f, person("P1", "Khalid al-Saeed", f, "خالد السعيد"), place(f, "Taif", "الطائف"));
    Quote clause = startingWith(q, "الفعاليات");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Khalid al-Saeed", speakerName(clause));
  }
}
