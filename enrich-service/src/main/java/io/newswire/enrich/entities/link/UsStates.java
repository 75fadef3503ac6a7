package io.newswire.enrich.entities.link;

import static java.util.Map.entry;

import java.util.Map;

/**
 * US states as wire copy abbreviates them after a town (AP style: "Tacoma, Wash.", "Albany, N.Y."), with
 * the states' names: a place found as "Calif" is California, one entity with the state written out.
 */
public final class UsStates {
  private static final Map<String, String> NAMES = Map.ofEntries(entry("Ala", "Alabama"), entry("Ariz", "Arizona"),
      entry("Ark", "Arkansas"), entry("Calif", "California"), entry("Colo", "Colorado"), entry("Conn", "Connecticut"),
      entry("Del", "Delaware"), entry("Fla", "Florida"), entry("Ga", "Georgia"), entry("Ill", "Illinois"),
      entry("Ind", "Indiana"), entry("Kan", "Kansas"), entry("Kans", "Kansas"), entry("Ky", "Kentucky"),
      entry("La", "Louisiana"), entry("Md", "Maryland"), entry("Mass", "Massachusetts"), entry("Mich", "Michigan"),
      entry("Minn", "Minnesota"), entry("Miss", "Mississippi"), entry("Mo", "Missouri"), entry("Mont", "Montana"),
      entry("Neb", "Nebraska"), entry("Nev", "Nevada"), entry("N.H", "New Hampshire"), entry("N.J", "New Jersey"),
      entry("N.M", "New Mexico"), entry("N.Y", "New York"), entry("N.C", "North Carolina"), entry("N.D", "North Dakota"),
      entry("Okla", "Oklahoma"), entry("Ore", "Oregon"), entry("Pa", "Pennsylvania"), entry("R.I", "Rhode Island"),
      entry("S.C", "South Carolina"), entry("S.D", "South Dakota"), entry("Tenn", "Tennessee"), entry("Tex", "Texas"),
      entry("Va", "Virginia"), entry("Vt", "Vermont"), entry("Wash", "Washington"), entry("W.Va", "West Virginia"),
      entry("Wis", "Wisconsin"), entry("Wyo", "Wyoming"));

  private UsStates() {}

  /** Whether {@code text} (its closing full stop left off) is a state's abbreviation. */
  public static boolean isAbbreviation(String text) {
    return name(text) != null;
  }

  /**
   * The state {@code text} abbreviates in a line written in capitals after its town ("OAK BROOK, ILL.", "ST. LOUIS, MO."),
   * or null. Only after a comma: a bare "LA" in running copy is Los Angeles as often as Louisiana.
   */
  public static String nameAfterTownInCapitals(String display, int start, String text) {
    if (start < 2 || !display.startsWith(", ", start - 2) || !text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    StringBuilder b = new StringBuilder(text.length()); // ILL -> Ill, W.VA -> W.Va
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(i == 0 || text.charAt(i - 1) == '.' ? c : Character.toLowerCase(c));
    }
    return name(b.toString());
  }

  /** The state {@code text} abbreviates ("Calif", "N.Y."), or null. */
  public static String name(String text) {
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return NAMES.get(t);
  }
}
