package io.newswire.enrich.entities.link;

import java.util.Map;

/**
 * The official English names of United States federal bodies that Arabic and Persian copy name generically, by
 * their field and the country (وزارة الدفاع الأميركية, وزارت دفاع آمریکا, القوات الأميركية): the word table gives
 * "Ministry of Defense (United States)" or "American Forces", while English copy, reference works and the
 * annotations name them "United States Department of Defense", "United States Armed Forces". Written for this
 * project from the departments' own names.
 */
final class UnitedStatesBodies {
  private static final String US = " (United States)";

  /** The field of a "Ministry of X" the word table writes, and the department's official name. */
  private static final Map<String, String> DEPARTMENTS = Map.ofEntries(
      Map.entry("Defense", "Defense"),
      Map.entry("Foreign Affairs", "State"),
      Map.entry("Finance", "the Treasury"),
      Map.entry("Treasury", "the Treasury"),
      Map.entry("Justice", "Justice"),
      Map.entry("Labour", "Labor"), // Persian کار
      Map.entry("Labor", "Labor"), // Arabic عمل (round 42: the Gulf's English spelling)
      Map.entry("Commerce", "Commerce"),
      Map.entry("Agriculture", "Agriculture"),
      Map.entry("Energy", "Energy"),
      Map.entry("Interior", "the Interior"),
      Map.entry("Internal Security", "Homeland Security"),
      Map.entry("Education", "Education"),
      Map.entry("Health", "Health and Human Services"),
      Map.entry("Transport", "Transportation"),
      Map.entry("Housing", "Housing and Urban Development"));

  /** The armed services by the names the word table gives them with the American adjective. */
  private static final Map<String, String> SERVICES = Map.of(
      "American Forces", "United States Armed Forces",
      "American Armed Forces", "United States Armed Forces",
      "American Air Forces", "United States Air Force",
      "American Air Force", "United States Air Force",
      "American Navy", "United States Navy",
      "American Naval Forces", "United States Navy");

  private UnitedStatesBodies() {}

  /** The official name of a US body the word table named generically, or {@code name} itself. */
  static String official(String name) {
    if (name.endsWith(US) && name.startsWith("Ministry of ")) {
      String field = DEPARTMENTS.get(name.substring(12, name.length() - US.length()));
      return field == null ? name : "United States Department of " + field;
    }
    return SERVICES.getOrDefault(name, name);
  }
}
