package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Round 42 canonical names; the names and bodies are written for these tests. */
class CanonicalNameRound42Test {
  @Test
  void generalDirectoratesAndAuthoritiesTakeOfBeforeTheirField() {
    assertEquals("General Directorate of Passports", OrganisationName.english("المديرية العامة للجوازات", w -> null));
    assertEquals("General Authority of Civil Aviation", OrganisationName.english("الهيئة العامة للطيران المدني", w -> null));
    assertEquals("National Directorate of Security", OrganisationName.english("المديرية الوطنية للأمن", w -> null));
  }

  @Test
  void otherBodiesKeepForBeforeTheirField() {
    assertEquals("Technical Training Department for Girls", OrganisationName.english("إدارة التدريب التقني للبنات", w -> null));
    assertEquals("Supreme Committee for Relief", OrganisationName.english("اللجنة العليا للإغاثة", w -> null));
  }

  @Test
  void arabicLabourIsSpeltAsTheGulfsEnglishSpellsIt() {
    assertEquals("Ministry of Labor", OrganisationName.english("وزارة العمل", w -> null));
    assertEquals("Labour Basij", OrganisationName.english("بسیج کارگری", w -> null));
    assertEquals("United States Department of Labor",
        UnitedStatesBodies.official(OrganisationName.english("وزارة العمل الأميركية", w -> null)));
  }

  @Test
  void saudiPressSpellingsOfYousefAndEnezi() {
    assertEquals("Yousef al-Harbi", CrossScriptName.romanizePerson("يوسف الحربي", "ar"));
    assertEquals("Khalid al-Enezi", CrossScriptName.romanizePerson("خالد العنزي", "ar"));
    assertEquals("Yousef Karimi", CrossScriptName.romanizePerson("یوسف کریمی", "fa"));
  }
}
