package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 52b: Arabic bodies named with محلية (Local) or مواصفات (Standards) get an English name; names written for this test. */
class OrganisationNameRound52bTest {
  private static final Function<String, String> PLACE = Map.of("الطائف", "Taif")::get;

  @Test
  void aLocalCommitteeIsNamedInEnglish() {
    assertEquals("Local Committee", OrganisationName.english("اللجنة المحلية", PLACE));
  }

  @Test
  void aStandardsBodyIsNamedInEnglish() {
    assertEquals("Standards Authority", OrganisationName.english("هيئة المواصفات", PLACE));
  }
}
