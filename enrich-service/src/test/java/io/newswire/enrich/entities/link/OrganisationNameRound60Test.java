package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 60 ruling: an Arabic الإدارة العامة لـX is the General Administration of X, a plain إدارة X the X Department;
 * names written for this test.
 */
class OrganisationNameRound60Test {
  private static final Function<String, String> PLACE = Map.of("الرياض", "Riyadh")::get;

  @Test
  void aGeneralAdministrationIsNamedSo() {
    assertEquals("General Administration of Social Affairs", OrganisationName.english("الإدارة العامة للشؤون الاجتماعية", PLACE));
    assertEquals("General Administration of Training", OrganisationName.english("الإدارة العامة للتدريب", PLACE));
  }

  @Test
  void otherGeneralOfficesAndPlainDepartmentsKeepTheirForms() {
    assertEquals("Training Department", OrganisationName.english("إدارة التدريب", PLACE));
    assertEquals("General Authority of Training", OrganisationName.english("الهيئة العامة للتدريب", PLACE));
  }
}
