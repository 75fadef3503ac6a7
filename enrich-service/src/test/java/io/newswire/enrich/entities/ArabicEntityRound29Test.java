package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 29 (issue 13, Arabic entities): the general staff named in a chief of staff's title (رئيس هيئة الأركان
 * العامة) is his office, no body, as وزير الخارجية names no ministry; the staff acting on its own stays a body.
 * A one-word person that is a given name takes in the father's and grandfather's given names and the family name
 * after it (the model's first word of عبدربه منصور هادي is the whole chain); the preposition على stops it.
 * A body's head with only an adjective of its field (المؤسسة العسكرية، الجمعية الخيرية، الجمعية العمومية) is a kind
 * of body, no name, unless more of a name or a place or parent follows.
 * Sentences written for these tests.
 */
class ArabicEntityRound29Test {
  private static boolean organisation(List<Entity> es, String part) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  @Test
  void theGeneralStaffInAChiefOfStaffsTitleIsNoBody() {
    List<Entity> es = run("ar", "اجتماع عسكري",
        "وحضر اللقاء رئيس هيئة الأركان العامة الفريق أول ركن سالم الدوسري، ونائب رئيس هيئة أركان الجيش.");
    assertTrue(!organisation(es, "الأركان") && !organisation(es, "أركان"), all(es));
  }

  @Test
  void theGeneralStaffActingIsStillABody() {
    List<Entity> es = run("ar", "بيان عسكري",
        "وأصدرت هيئة الأركان العامة للقوات المسلحة بيانا أمس عن نتائج التمرين المشترك.");
    assertTrue(organisation(es, "هيئة الأركان العامة"), all(es));
  }

  /** The text the one person candidate covers after {@link GivenNameChains#extend} (the model's span, given here). */
  private static String extended(String text, String person) {
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int at = text.indexOf(person);
    List<io.newswire.enrich.entities.ner.Candidate> cs = new java.util.ArrayList<>(List.of(
        new io.newswire.enrich.entities.ner.Candidate(0, at, at + person.length(), EntityType.PERSON, 0.8, false)));
    GivenNameChains.extend(List.of(f), cs);
    return f.display().substring(cs.get(0).start(), cs.get(0).end());
  }

  @Test
  void aGivenNameTakesInTheFathersNamesAndTheFamilyName() {
    assertEquals("سالم خليفة", extended("وقدم الحفل الفنان سالم خليفة مساء أمس.", "سالم"));
    assertEquals("فهد منصور ناصر الشهري", extended("وأوضح فهد منصور ناصر الشهري أن المشروع اكتمل.", "فهد"));
  }

  @Test
  void thePrepositionAlaAndOtherWordsStopTheChain() {
    assertEquals("سليمان", extended("وأصر سليمان على أن يحضر الاجتماع.", "سليمان"));
    assertEquals("خالد", extended("وقال خالد إن الفريق جاهز.", "خالد"));
  }

  @Test
  void aHeadWithOnlyItsFieldAdjectiveIsAKindOfBody() {
    List<Entity> es = run("ar", "تقرير",
        "وقال المحلل إن المؤسسة العسكرية تقف على الحياد، وإن الجمعية العمومية للنادي ستنعقد، وقدمت الجمعية الخيرية والمتطوعون المساعدات.");
    assertTrue(!organisation(es, "المؤسسة العسكرية") && !organisation(es, "الجمعية الخيرية"), all(es));
  }

  @Test
  void aFieldAdjectiveWithMoreOfTheNameIsStillABody() {
    List<Entity> es = run("ar", "انتخابات",
        "وعقدت اللجنة التنفيذية لاتحاد الكرة اجتماعها، وأعلنت اللجنة النسائية المحلية للانتخابات البلدية بمحافظة جدة خطتها.");
    assertTrue(organisation(es, "اللجنة التنفيذية") && organisation(es, "اللجنة النسائية"), all(es));
  }
}
