package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 48 (issue 13): a province's organisation is "X Province + field + Organization" whether or not the copy writes
 * استان (the convention of eval/annotations/README.md, round 48). Names written for these tests.
 */
class CanonicalNameRound48Test {
  /** The KB's places for OrganisationName, by matching form (a stand-in for the linker's lookup). */
  private static final Function<String, String> PLACES = w -> Map.of(
      MatchingForm.key("خراسان جنوبی"), "South Khorasan Province",
      MatchingForm.key("گیلان"), "Gilan Province",
      MatchingForm.key("قم"), "Qom",
      MatchingForm.key("مشهد"), "Mashhad").get(w);

  @Test
  void aProvincesOrganisationTakesProvinceWithoutاستان() {
    assertEquals("South Khorasan Province Agricultural Jihad Organization",
        OrganisationName.english("سازمان جهاد کشاورزی خراسان جنوبی", PLACES));
    assertEquals("Gilan Province Industry, Mine and Trade Organization",
        OrganisationName.english("سازمان صنعت، معدن و تجارت گیلان", PLACES));
  }

  @Test
  void aTownsOrganisationStaysTheTowns() {
    // Qom is a province named like its town: without استان the copy may mean the town's (a municipal) body
    assertEquals("Qom Agricultural Jihad Organization", OrganisationName.english("سازمان جهاد کشاورزی قم", PLACES));
    assertEquals("Mashhad Transportation Organization", OrganisationName.english("سازمان حمل و نقل مشهد", PLACES));
  }
}
