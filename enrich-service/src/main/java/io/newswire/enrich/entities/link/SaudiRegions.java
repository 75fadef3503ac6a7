package io.newswire.enrich.entities.link;

import java.util.Map;
import java.util.Set;

/**
 * Saudi Arabia's thirteen regions, by the English name the knowledge base gives the place after منطقة (the
 * region's seat town for most: Riyadh, Najran; the region itself where its name is not a town's: Asir,
 * Al-Qassim, Northern Borders). Education and other directorates are run per region and per governorate, so
 * the level of a body named after its town follows from whether the town is a region's seat. A region is
 * named as its seat (the annotation conventions write منطقة الرياض Riyadh), except where English gives the
 * region a name of its own: منطقة مكة المكرمة is Makkah Region, the city Mecca.
 */
public final class SaudiRegions {
  private static final Set<String> SEATS = Set.of("Riyadh", "Mecca", "Medina", "Al-Qassim", "Eastern Province", "Asir",
      "Tabuk", "Ha'il", "Hail", "Northern Borders", "Jizan", "Jazan", "Najran", "Al Bahah", "Al-Jawf", "Al-Jouf");

  /** Regions whose English name is not their seat's: the seat's KB id to the region's id and name. */
  private static final Map<String, String[]> OWN_NAMES = Map.of("place:sa:mecca", new String[] {"place:sa:makkah-region", "Makkah Region"});

  private SaudiRegions() {}

  /** Whether a place's English name (without Region) is that of a Saudi region or its seat. */
  public static boolean isSeat(String town) {
    return SEATS.contains(town);
  }

  /** The region's English name with Region (Najran Region, Makkah Region for Mecca). */
  public static String regionName(String town) {
    return "Mecca".equals(town) ? "Makkah Region" : town + " Region";
  }

  /** The region's id and name when its seat (by KB id) names it after منطقة under another name, else null. */
  static String[] ownName(String seatId) {
    return OWN_NAMES.get(seatId);
  }
}
