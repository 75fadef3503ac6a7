package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;

/**
 * Round 54: a name the KB gives both a country and a city of another name ({@code عمان} Oman and Amman), read by the
 * words around it, which outweigh the article's anchors and the ranks: right after {@code العاصمة} (one adjective may
 * stand between: {@code العاصمة الأردنية عمان}) it is the capital; as an item of a list of places ({@code بالقاهرة ودمشق
 * وبغداد وعمان}, {@code من الصين، وبولندا، وعمان}) it is of the kind of a neighbour that is only a country or only a
 * city. The rank alone made every such name the country, and an anchor the city wherever the article named Jordan.
 */
final class CountryOrCity {
  /** Over an anchor (100) and a country's rank (30): the words right there say which. */
  static final int CAPITAL_CUE = 200;
  /** Over the rank, under an anchor of the article's own. */
  static final int LIST_KIND = 60;

  private static final String CAPITAL = MatchingForm.key("العاصمة");

  private CountryOrCity() {}

  /**
   * The points {@code e}, one of {@code m}'s targets, gets from the words around {@code m} in the matching-form text
   * {@code t} ({@code ws} the start of {@code m}'s word, clitics included; {@code fieldMatches} the field's matches in
   * reading order); 0 unless {@code m} names both a country and a city.
   */
  static int bonus(String t, int ws, NameMatch m, KbEntity e, List<NameMatch> fieldMatches) {
    if (e.type() != EntityType.PLACE || !countryAndCity(m)) {
      return 0;
    }
    if (afterCapitalWord(t, ws)) {
      return "true".equals(e.attr("capital")) ? CAPITAL_CUE : 0;
    }
    if (bracketed(t, ws, m.mEnd())) {
      return country(e) ? CAPITAL_CUE : 0;
    }
    int kind = 0; // > 0: the neighbours are countries, < 0: cities
    int i = fieldMatches.indexOf(m);
    if (i > 0 && joined(t, fieldMatches.get(i - 1), m)) {
      kind += kindOf(fieldMatches.get(i - 1));
    }
    if (i >= 0 && i + 1 < fieldMatches.size() && joined(t, m, fieldMatches.get(i + 1))) {
      kind += kindOf(fieldMatches.get(i + 1));
    }
    if (kind > 0 && country(e) || kind < 0 && e.attr("within") != null) {
      return LIST_KIND;
    }
    return 0;
  }

  /**
   * Round 55: in an Arabic dateline such a name is the city ({@code عمان 26 شوال 1436 هـ … واس}: Amman, where the
   * article about Zaatari camp names no Jordan to anchor it): a dateline names the town the dispatch is filed from,
   * Oman's being مسقط. Persian copy spells Amman امان and its عمان is Oman, so Arabic datelines only (the caller's).
   */
  static int datelineBonus(NameMatch m, KbEntity e) {
    return e.type() == EntityType.PLACE && e.attr("within") != null && countryAndCity(m) ? CAPITAL_CUE : 0;
  }

  /**
   * Whether {@code m} names a country and a city of another name. A city-state's or territory's name (Singapore,
   * Djibouti, Puerto Rico, Hong Kong) is one place to the reader: it keeps the country's id wherever it stands.
   */
  private static boolean countryAndCity(NameMatch m) {
    for (AliasTarget a : m.targets()) {
      if (country(a.entity())) {
        for (AliasTarget b : m.targets()) {
          KbEntity city = b.entity();
          if (city.type() == EntityType.PLACE && city.attr("within") != null && !city.name().equals(a.entity().name())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean country(KbEntity e) {
    return e.type() == EntityType.PLACE && e.attr("within") == null && e.rank() >= 3;
  }

  /** العاصمة right before the word, or before one adjective (a word with the article) before it. */
  static boolean afterCapitalWord(String t, int ws) {
    int[] w = WordSpans.before(t, ws);
    if (w == null) {
      return false;
    }
    String word = t.substring(w[0], w[1]);
    if (word.equals(CAPITAL)) {
      return true;
    }
    if (!word.startsWith("ال") || word.length() < 4) {
      return false;
    }
    int[] v = WordSpans.before(t, w[0]);
    return v != null && t.substring(v[0], v[1]).equals(CAPITAL);
  }

  /**
   * Round 56: the name alone in brackets ({@code أحمد الشكيلي (عمان)}, {@code (الكويت)} after a player or a delegate) is
   * a nationality, the country; the article's anchors made it the city where it named the other country's capital.
   */
  static boolean bracketed(String t, int ws, int end) {
    return ws > 0 && t.charAt(ws - 1) == '(' && end < t.length() && t.charAt(end) == ')';
  }

  /** Whether two matches stand as items of one list: only a comma, a و or both, spaces and the later name's clitics between. */
  private static boolean joined(String t, NameMatch prev, NameMatch next) {
    return prev.mEnd() <= next.mStart() && listGap(t.substring(prev.mEnd(), next.mStart()));
  }

  static boolean listGap(String gap) {
    boolean joined = false;
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (c == '،' || c == ',' || c == 'و') {
        joined = true;
      } else if (c != ' ' && c != 'ب' && c != 'ل' && c != 'ف') {
        return false;
      }
    }
    return joined;
  }

  private static int kindOf(NameMatch m) {
    boolean country = false;
    boolean city = false;
    for (AliasTarget t : m.targets()) {
      KbEntity e = t.entity();
      if (e.type() != EntityType.PLACE) {
        return 0;
      }
      country |= country(e);
      city |= e.attr("within") != null;
    }
    return country == city ? 0 : country ? 1 : -1;
  }
}
