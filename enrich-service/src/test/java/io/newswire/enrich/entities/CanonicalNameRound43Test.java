package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 43 (issue 13) canonical names: a club name that clubs of several countries share is named bare
 * (Al-Ahli), under its head word too; a Saudi governorate's education office names a town the KB lacks as
 * the Arabic press spells it; the Gulf family name العطية. Sentences written for these tests, no pool text.
 */
class CanonicalNameRound43Test {
  @Test
  void aSharedClubNameWithoutItsCountryIsTheBareName() {
    List<Entity> es = run("ar", "الدوري",
        "وخاض فريق الأهلي مباراته الودية الثانية أمس، وقال مدرب الأهلي إن اللاعبين بحاجة إلى مزيد من اللياقة.");
    Entity ahli = mentioned(es, "الأهلي");
    assertNotNull(ahli, all(es));
    assertEquals("al-Ahli", ahli.getName());
  }

  @Test
  void aSharedClubNamedWithItsHeadIsTheSameBareClub() {
    List<Entity> es = run("ar", "الدوري",
        "وأعلن نادي الأهلي تعاقده مع مهاجم جديد، وسيلعب الأهلي أولى مبارياته في الدوري الأسبوع المقبل.");
    Entity headed = mentioned(es, "نادي الأهلي");
    assertNotNull(headed, all(es));
    assertEquals("al-Ahli", headed.getName(), all(es));
  }

  @Test
  void anotherUnknownClubKeepsItsClubWord() {
    List<Entity> es = run("ar", "الدوري",
        "وخاض فريق الصفا مباراته الودية الثانية أمس، وقال مدرب الصفا إن اللاعبين بحاجة إلى مزيد من اللياقة.");
    Entity club = mentioned(es, "الصفا");
    assertNotNull(club, all(es));
    assertEquals("al-Safa FC", club.getName());
  }

  @Test
  void aGovernoratesEducationOfficeSpellsAnUnknownTownTheArabicWay() {
    String name = OrganisationName.english("إدارة التعليم بمحافظة الليث", w -> null);
    assertEquals("Education Administration in al-Lith Governorate", name);
  }

  @Test
  void theGulfFamilyAttiyah() {
    assertEquals("Hamad bin Ali al-Attiyah", CrossScriptName.romanizePerson("حمد بن علي العطية", "ar"));
  }

  @Test
  void theLowerHouseIsTheHouseOfRepresentatives() {
    assertEquals("House of Representatives", OrganisationName.properName("مجلس النواب", "ar"));
    assertEquals("Council of Ministers", OrganisationName.properName("مجلس الوزراء", "ar"));
  }
}
