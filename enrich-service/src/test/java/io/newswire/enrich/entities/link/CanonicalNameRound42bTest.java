package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 42b canonical names of Saudi education directorates; the names are written for these tests. */
class CanonicalNameRound42bTest {
  private static final Map<String, String> KB = Map.of("ينبع", "Yanbu", "جدة", "Jeddah", "نجران", "Najran",
      "مكة المكرمة", "Mecca", "القصيم", "Al-Qassim Region", "حائل", "Ha'il");
  /** The place lookup as the linker gives it: by a word's matching form. */
  private static final Function<String, String> PLACE = w -> KB.entrySet().stream()
      .filter(e -> MatchingForm.key(e.getKey()).equals(w)).map(Map.Entry::getValue).findFirst().orElse(null);

  @Test
  void aGovernoratesDirectorateIsAnEducationAdministration() {
    assertEquals("Education Administration in Yanbu Governorate", OrganisationName.english("إدارة التعليم بمحافظة ينبع", PLACE));
    assertEquals("Education Administration in Yanbu Governorate", OrganisationName.english("تعليم محافظة ينبع", PLACE));
    assertEquals("Education Administration in Jeddah Governorate", OrganisationName.english("تعليم جدة", PLACE));
    assertEquals("Education Administration in Jeddah Governorate", OrganisationName.english("إدارة تعليم جدة", PLACE));
  }

  @Test
  void aRegionsDirectorateIsAGeneralAdministration() {
    assertEquals("General Administration of Education in Najran Region", OrganisationName.english("تعليم نجران", PLACE));
    assertEquals("General Administration of Education in Ha'il Region",
        OrganisationName.english("الإدارة العامة للتعليم بمنطقة حائل", PLACE));
    assertEquals("General Administration of Education in Al-Qassim Region", OrganisationName.english("إدارة تعليم القصيم", PLACE));
    assertEquals("General Administration of Education in Jeddah Governorate",
        OrganisationName.english("الإدارة العامة للتعليم بمحافظة جدة", PLACE));
  }

  @Test
  void meccasRegionIsMakkahRegion() {
    assertEquals("General Administration of Education in Makkah Region",
        OrganisationName.english("الإدارة العامة للتعليم بمنطقة مكة المكرمة", PLACE));
    assertEquals("General Administration of Education in Makkah Region", OrganisationName.english("تعليم منطقة مكة المكرمة", PLACE));
  }
}
