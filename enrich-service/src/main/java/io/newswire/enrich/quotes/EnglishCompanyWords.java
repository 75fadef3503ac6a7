package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Locale;
import java.util.Set;

/**
 * English words that make a source a firm or a body, which 'it' may go on from. Wire copy names a firm by
 * what it does ('The utility said …. It said', 'The glassmaker said') or by a name closed with its legal
 * form ('New Jersey Resources corp said …. It said'); neither is a person, so 'he' never means them and
 * 'it' does. Round 47.
 */
final class EnglishCompanyWords {
  /**
   * Trades a story calls a business it named before ('Northern Indiana Public Service Co said …. The utility
   * said'), beyond {@link EnglishDefiniteSpeakers}' company nouns: 'the' and one of these goes on with the
   * last business that spoke, as does any maker of something ('the glassmaker'). A trade two firms of one story may
   * share ('the brewer' bidding for 'the winemaker') is left out.
   */
  private static final Set<String> TRADES = StringSet.of("utility");
  /** Heads of noun phrases naming a firm or a body, beyond {@link Pronouns}' general list ('he' never means them). */
  private static final Set<String> HEADS = StringSet.of("utility", "utilities", "lender", "insurer", "carrier",
      "airline", "retailer", "subsidiary", "affiliate", "exchange", "commission", "institute", "authority",
      "magazine", "broadcaster", "publisher", "manufacturer", "conglomerate", "corporation", "bulletin");
  /** Legal forms closing a firm's name, as Reuters writes them ('Technigen Platinum corp', 'Harwood Inc'). */
  private static final Set<String> LEGAL_FORMS = StringSet.of("corp", "corp.", "inc", "inc.", "co", "co.", "ltd",
      "ltd.", "plc", "llc", "corporation", "incorporated", "limited");

  private EnglishCompanyWords() {}

  /** A head noun of a firm's or body's description: the list, or a maker of something ('glassmaker'). */
  static boolean head(String lower) {
    return HEADS.contains(lower) || maker(lower);
  }

  /** A trade 'the' and which goes on with the last business that spoke: {@link #TRADES} or a maker. */
  static boolean trade(String lower) {
    return TRADES.contains(lower) || maker(lower);
  }

  /** 'glassmaker', 'chipmaker': a maker of something, a business. */
  private static boolean maker(String lower) {
    return lower.length() > 5 && lower.endsWith("maker");
  }

  /** A source whose last word is a legal form ('Freymiller Trucking inc'): a firm, whatever its other words. */
  static boolean legalName(String[] words) {
    return words.length >= 2 && LEGAL_FORMS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
