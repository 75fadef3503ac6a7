package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 28 (issue 13, Arabic entities): a body's name joins a second field by و (التجارة والصناعة), never a
 * plural of bodies (والجهات المعنية: other bodies beside it). A town's chamber of commerce, named with the town
 * after ب (الغرفة التجارية الصناعية بجدة) or as غرفة + the town, is one organisation, the town inside it.
 * A person's first word that is ب/ل + a given name, and no given name itself, leaves the preposition out.
 * "The Italian club" (النادي + a nationality) refers back to a club and names none.
 * The region of Asir is named as the files and the other regions are (Asir, as Al Bahah, Najran), not "Asir Region".
 * الإدارة with one adjective in -ية and nothing after (الإدارة المدرسية، الإدارة الأهلاوية) is a management, not a department.
 * Sentences written for these tests.
 */
class ArabicEntityRound28Test {
  private static boolean organisation(List<Entity> es, String part) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  private static boolean place(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getType() == EntityType.PLACE).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().equals(text));
  }

  @Test
  void otherBodiesJoinedByWawStayOutOfTheName() {
    List<Entity> es = run("ar", "اتفاق",
        "ووقعت وزارة الصحة والجهات المعنية اتفاقية لتطوير الخدمات.");
    assertTrue(organisation(es, "وزارة الصحة") && !organisation(es, "والجهات"), all(es));
  }

  @Test
  void aSecondFieldJoinedByWawStaysInTheName() {
    List<Entity> es = run("ar", "برنامج",
        "وأطلقت وزارة الثقافة والإعلام برنامجا جديدا للشباب.");
    assertTrue(organisation(es, "وزارة الثقافة والإعلام"), all(es));
  }

  @Test
  void aChamberNamedWithItsTownIsOneBody() {
    List<Entity> es = run("ar", "غرفة جدة تفتتح معرضا",
        "وافتتحت الغرفة التجارية الصناعية بجدة معرضا للأسر المنتجة يستمر أسبوعا.");
    Entity c = mentioned(es, "الغرفة التجارية الصناعية بجدة");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType(), all(es));
    assertEquals("Jeddah Chamber of Commerce and Industry", c.getName(), all(es));
    assertTrue(organisation(es, "غرفة جدة") && !place(es, "جدة"), all(es));
  }

  @Test
  void aRoomIsNoChamber() {
    List<Entity> es = run("ar", "فندق",
        "ودخل الضيف غرفة نومه في الفندق، ثم عقد لقاء في الغرفة التجارية أمس.");
    assertTrue(!organisation(es, "غرفة"), all(es));
  }

  /** The text the one person candidate covers after {@link CliticNames#trim} (the model's spans, given here). */
  private static String trimmed(String text, String person) {
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int at = text.indexOf(person);
    List<io.newswire.enrich.entities.ner.Candidate> cs = new java.util.ArrayList<>(List.of(
        new io.newswire.enrich.entities.ner.Candidate(0, at, at + person.length(), EntityType.PERSON, 0.8, false)));
    CliticNames.trim(List.of(f), cs);
    return f.display().substring(cs.get(0).start(), cs.get(0).end());
  }

  @Test
  void aPrepositionJoinedToTheGivenNameStaysOutOfTheName() {
    assertEquals("محمد القحطاني", trimmed("وفي الشوط الثاني زج المدرب بمحمد القحطاني في الملعب.", "بمحمد القحطاني"));
    assertEquals("أحمد الزهراني", trimmed("وقدم النادي درعا تذكارية لأحمد الزهراني أمس.", "لأحمد الزهراني"));
  }

  @Test
  void aGivenNameThatStartsWithTheLetterKeepsIt() {
    assertEquals("بدر العساف", trimmed("واستقبل الوزير بدر العساف في مكتبه أمس.", "بدر العساف"));
    assertEquals("بحنان", trimmed("وتحدثت الأم بحنان عن ابنها.", "بحنان"));
  }

  @Test
  void theClubWithANationalityIsNoName() {
    List<Entity> es = run("ar", "انتقال",
        "وأعلن النادي الإيطالي موافقته على انتقال اللاعب بعد مفاوضات طويلة.");
    assertTrue(!organisation(es, "النادي الإيطالي"), all(es));
  }

  @Test
  void theClubWithItsOwnNameStaysABody() {
    List<Entity> es = run("ar", "مباراة",
        "وفاز النادي الأهلي في المباراة على ضيفه بهدفين.");
    assertTrue(organisation(es, "الأهلي"), all(es));
  }

  @Test
  void asirIsNamedWithoutRegion() {
    List<Entity> es = run("ar", "أمطار",
        "وهطلت أمطار غزيرة على منطقة عسير، كما شملت منطقة الحدود الشمالية.");
    Entity asir = mentioned(es, "عسير");
    assertNotNull(asir, all(es));
    assertEquals("Asir", asir.getName(), all(es));
    Entity north = mentioned(es, "الحدود الشمالية");
    assertTrue(north == null || north.getName().equals("Northern Borders Region"), all(es));
  }

  @Test
  void theManagementWithItsAdjectiveIsNoDepartment() {
    List<Entity> es = run("ar", "تدريب",
        "وناقش اللقاء دور الإدارة المدرسية في رفع مستوى الطلاب.");
    assertTrue(!organisation(es, "الإدارة المدرسية"), all(es));
  }

  @Test
  void theGeneralAdministrationWithItsFieldStaysABody() {
    List<Entity> es = run("ar", "اجتماع",
        "وعقدت الإدارة العامة للتعليم بمنطقة تبوك اجتماعها الأول.");
    assertTrue(organisation(es, "الإدارة العامة للتعليم"), all(es));
  }
}
