package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.RULES;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.RoleTerm;
import io.newswire.schema.Entity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An office phrase alone names the person who held the office on the day the dispatch was written (round 48: a 2015
 * SPA dispatch's وزير خارجية الولايات المتحدة had become Marco Rubio, today's holder).
 */
class DatedOfficesTest {
  private static List<String> names(String lang, LocalDate date, String... paragraphs) {
    return RULES.extract(fields(paragraphs), lang, date).stream().map(Entity::getName).toList();
  }

  @Test
  void anOfficeNamesItsHolderOnTheDispatchsDay() {
    String p = "قال وزير خارجية الولايات المتحدة الأمريكية في مؤتمر صحفي مساء اليوم إن المحادثات ستستمر أسبوعا آخر.";
    List<String> in2015 = names("ar", LocalDate.of(2015, 8, 11), "عنوان", p);
    assertTrue(in2015.contains("John Kerry"), in2015.toString());
    assertFalse(in2015.contains("Marco Rubio"), in2015.toString());
    List<String> in2025 = names("ar", LocalDate.of(2025, 6, 1), "عنوان", p);
    assertTrue(in2025.contains("Marco Rubio"), in2025.toString());
  }

  @Test
  void noOneHoldsTheOfficeOnAnUnknownDayOrBetweenKnownTerms() {
    String p = "The foreign minister of France will visit Cairo next week, officials said.";
    List<String> undated = names("en", null, "Visit", p);
    assertFalse(undated.contains("Jean-Noël Barrot"), undated.toString());
    // 1987: before every term the knowledge base lists for the office
    List<String> in1987 = names("en", LocalDate.of(1987, 3, 3), "Visit", p);
    assertFalse(in1987.contains("Jean-Noël Barrot"), in1987.toString());
    assertTrue(in1987.contains("France"), in1987.toString());
  }

  @Test
  void theOfficeBackReferenceNeedsATermOnTheDay() {
    String named = "التقى الرئيس باراك أوباما الوفد في البيت الأبيض.";
    String back = "وقال رئيس الجمهورية إن اللقاء كان مثمرا.";
    var in2015 = RULES.analyze(fields("عنوان", named, back), "ar", LocalDate.of(2015, 8, 11));
    assertEquals(1, in2015.mentions().stream().filter(m -> m.role() && "person:barack-obama".equals(m.entityId())).count(),
        all(in2015.entities()));
    var in2019 = RULES.analyze(fields("عنوان", named, back), "ar", LocalDate.of(2019, 5, 1));
    assertTrue(in2019.mentions().stream().noneMatch(m -> m.role()), all(in2019.entities()));
  }

  @Test
  void aPersianOfficeAfterAMarkedNameIsThatNamesOnAnUnknownDay() {
    String p = "به گزارش خبرگزاری فارس، «بوریس جانسون» نخست وزیر انگلستان درباره بودجه سخن گفت.";
    Entity johnson = RULES.extract(fields("تیتر", p), "fa", null).stream()
        .filter(e -> e.getType() == io.newswire.schema.EntityType.PERSON).findFirst().orElseThrow();
    assertEquals(2, johnson.getMentions().size(), johnson.toString());
    // a former holder the knowledge base lists too: the office phrase stays his mention, which the quote step reads
    String q = "به گزارش خبرگزاری فارس، «دیوید کامرون» نخست وزیر انگلستان درباره بودجه سخن گفت.";
    Entity cameron = RULES.extract(fields("تیتر", q), "fa", null).stream()
        .filter(e -> e.getName().equals("David Cameron")).findFirst().orElseThrow();
    assertEquals(2, cameron.getMentions().size(), cameron.toString());
  }

  @Test
  void aTermRunsFromItsFirstDayToTheDayBeforeItsEnd() {
    RoleTerm t = RoleTerm.parse("foreign-minister@US>2013-02-01<2017-01-20");
    assertEquals("foreign-minister@US", t.role());
    assertFalse(t.heldOn(LocalDate.of(2013, 1, 31)));
    assertTrue(t.heldOn(LocalDate.of(2013, 2, 1)));
    assertTrue(t.heldOn(LocalDate.of(2017, 1, 19)));
    assertFalse(t.heldOn(LocalDate.of(2017, 1, 20)));
    assertFalse(t.heldOn(null));
    assertFalse(RoleTerm.parse("emir@QA").heldOn(LocalDate.of(2020, 1, 1)), "an undated term holds on no known day");
  }

  @Test
  void everyTermInTheKnowledgeBaseHasAFirstDay() {
    for (KbEntity e : EntityExtractorTest.KB.entities()) {
      for (RoleTerm t : e.roleTerms()) {
        assertTrue(t.from() != null && (t.until() == null || t.from().isBefore(t.until())), e.id() + " " + t);
      }
    }
  }
}
