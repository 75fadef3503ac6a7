package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
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
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, ninth round: Arabic direct quotes after a body named in marks, and speakers named after a long
 * role description, on invented sentences.
 */
class QuoteRound9Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Arabic: the role's holder named last

  @Test
  void arabicRoleWithPlaceAdjunctThenTitledNameBeforeTheClause() {
    var f = fields("الجمعية توزع السلال على الأسر",
        "وزعت الجمعية الخيرية أمس ألف سلة غذائية على الأسر المحتاجة في الأحياء الجنوبية.",
        "وأوضح المدير الإقليمي للجمعية الخيرية في الرياض الدكتور سالم عبد الله القحطاني أن الجمعية توزع السلال الغذائية كل شهر.");
    Entity salem = person("P1", "Salem al-Qahtani", f, "سالم عبد الله القحطاني");
    List<Quote> q = run("ar", f, salem, entity("O1", EntityType.ORGANIZATION, "Charity Society", f, "الجمعية الخيرية"),
        entity("L1", EntityType.PLACE, "Riyadh", f, "الرياض"));
    assertEquals("Salem al-Qahtani", speakerName(startingWith(q, "أن الجمعية توزع")));
  }

  @Test
  void arabicRoleThenNameBetweenCommasBeforeTheClause() {
    var f = fields("برنامج صيفي للشباب في جدة",
        "انطلق البرنامج الصيفي للشباب أمس بمشاركة مئتي متدرب في عشر دورات.",
        "بدوره ، أكد رئيس لجنة الشباب بحي النسيم في جدة ، فهد المطيري، أن البرنامج يواجه تحديات كبيرة هذا العام.",
        "وأوضح المشرف العام على البرنامج خالد العتيبي ، أن عدد المتدربين تجاوز المتوقع.");
    Entity fahd = person("P1", "Fahd al-Mutairi", f, "فهد المطيري");
    Entity khaled = person("P2", "Khaled al-Otaibi", f, "خالد العتيبي");
    List<Quote> q = run("ar", f, fahd, khaled, entity("O1", EntityType.ORGANIZATION, "Youth Committee", f, "لجنة الشباب"),
        entity("L1", EntityType.PLACE, "Jeddah", f, "جدة"));
    assertEquals("Fahd al-Mutairi", speakerName(startingWith(q, "أن البرنامج يواجه")));
    assertEquals("Khaled al-Otaibi", speakerName(startingWith(q, "أن عدد المتدربين")));
  }

  @Test
  void arabicMeetingPartnerAfterACommaIsNotTheSpeaker() {
    var f = fields("الوزير يبحث التعاون",
        "استقبل وزير الصحة أمس وفدا من المنظمة الدولية.",
        "وأكد وزير الصحة، خلال لقائه الرئيس التنفيذي للمنظمة جون سميث، أن التعاون بين الجانبين يتوسع.");
    Entity smith = person("P1", "John Smith", f, "جون سميث");
    List<Quote> q = run("ar", f, smith);
    Quote c = startingWith(q, "أن التعاون");
    assertTrue(!"John Smith".equals(speakerName(c)), "the one met is not the speaker: " + Articles.speakerText(c));
  }
}
