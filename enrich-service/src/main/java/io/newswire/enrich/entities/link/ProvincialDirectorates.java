package io.newswire.enrich.entities.link;

/**
 * The files' English wording of the Iranian provincial offices whose English name is not "… Directorate" word for
 * word (round 47, counted in the Persian development files before any rule changed): a province's weather office is
 * its Meteorological Administration (3 names of 3), a customs office is "X Customs" (Zanjan Province Customs, Urmia
 * Customs: 2 of 2), and the endowments body is the Endowment and Charity Affairs Organization and its directorates
 * (4 of 4), the organisation's own English name, singular.
 */
final class ProvincialDirectorates {
  private ProvincialDirectorates() {}

  /**
   * {@code english}, a name {@link OrganisationName} made, in the files' wording; {@code office}: the name opens with
   * the Persian اداره (the weather and customs wording is for those offices only).
   */
  static String wording(String english, boolean office) {
    if (office && english.endsWith(" Meteorology Directorate")) {
      return english.substring(0, english.length() - " Meteorology Directorate".length()) + " Meteorological Administration";
    }
    if (office && english.endsWith(" Customs Directorate")) {
      return english.substring(0, english.length() - " Directorate".length());
    }
    int endowments = english.indexOf("Endowments and Charity Affairs");
    if (endowments >= 0) {
      return english.substring(0, endowments) + "Endowment" + english.substring(endowments + 10);
    }
    return english;
  }
}
