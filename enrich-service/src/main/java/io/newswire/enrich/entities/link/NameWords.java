package io.newswire.enrich.entities.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * English spellings of single Arabic and Persian name words learned from the knowledge base's aligned
 * names ({@code /kb/generated/name-words.tsv}, built by {@code kb.NameWordsBuilder}; ODbL): the most
 * frequent spelling per word, one for Arabic names and one for Persian names. Loaded on first use.
 * Keys are in the matching form, without the article ال.
 */
final class NameWords {
  private NameWords() {}

  private static final class Holder {
    static final Map<String, String[]> TABLE = load();
  }

  private static final class WikidataHolder {
    static final Map<String, String> TABLE = new LinkedHashMap<>(16384); // file order: ForeignNames reads it in order
    static final Set<String> WELL_ATTESTED = new HashSet<>(2048);

    static {
      for (String[] r : TsvRows.of("/kb/generated/name-words-wikidata.tsv")) {
        if (r.length >= 2 && !r[1].isEmpty()) {
          TABLE.put(r[0], r[1]);
          if (r.length >= 3 && count(r[2]) >= WELL_ATTESTED_PAIRS) {
            WELL_ATTESTED.add(r[0]);
          }
        }
      }
    }
  }

  /**
   * Word pairs from which a Wikidata spelling counts as a personal name's own: 20 people or more spell the
   * word so (نيل Neil, مارتن Martin, رايس Rice), while the knowledge base's spelling of the same letters
   * comes from a place (the Nile, Maarten) and a word seen a few times may be a namesake's.
   */
  private static final int WELL_ATTESTED_PAIRS = 20;

  private static int count(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      n = Math.min(n * 10 + (c - '0'), 1_000_000);
    }
    return n;
  }

  /** Wikidata's Arabic-script name words and their English spellings, in the file's order (read-only). */
  static Map<String, String> wikidataPairs() {
    return java.util.Collections.unmodifiableMap(WikidataHolder.TABLE);
  }

  /**
   * Whether Wikidata's spelling of this Arabic word (matching form, no article) is a well-attested
   * personal name's: it then comes before the spelling learned from the knowledge base's aligned names.
   */
  static boolean wellAttested(String word) {
    return WikidataHolder.WELL_ATTESTED.contains(word);
  }

  /**
   * The English spelling of one Arabic-script name word learned from Wikidata's English and Arabic
   * personal names ({@code /kb/generated/name-words-wikidata.tsv}, built by
   * {@code kb.WikidataNameWordsBuilder}; CC0), or null. Keys are Arabic spellings in the matching form,
   * without the article. A Persian word is looked up as Arabic writes the same name: پ as ب, چ as تش,
   * ژ as ج and گ as غ (Wikidata's Arabic names write foreign p, ch, j and hard g so: پیتر / بيتر Peter,
   * گوردون / غوردون Gordon); a word with none of these letters is looked up as it is.
   */
  static String wikidata(String word, boolean persian) {
    Map<String, String> t = WikidataHolder.TABLE;
    String s = t.get(word);
    if (!persian) {
      return s;
    }
    if (word.charAt(word.length() - 1) == '\u0639') {
      return null; // a final ع: Persian copy's convention (زارع Zare) is the letter rules'; Wikidata's vary (Zaree, Zarea)
    }
    if (s != null) {
      return PersianDesk.respell(word, persianSpelling(s)); // Wikidata spells Arabic-script names the Arab way
    }
    StringBuilder b = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String m = switch (c) {
        case '\u067E' -> "\u0628"; // پ -> ب
        case '\u0686' -> "\u062A\u0634"; // چ -> تش
        case '\u0698' -> "\u062C"; // ژ -> ج
        case '\u06AF' -> "\u063A"; // گ -> غ
        default -> null;
      };
      if (m != null && b == null) {
        b = new StringBuilder(word.length() + 2).append(word, 0, i);
      }
      if (b != null) {
        if (m != null) {
          b.append(m);
        } else {
          b.append(c);
        }
      }
    }
    if (b == null) {
      return null;
    }
    String arabic = t.get(b.toString());
    return arabic == null || !keepsPersianLetters(word, arabic) ? null : PersianDesk.respell(word, persianSpelling(arabic));
  }

  /**
   * Whether an English spelling found through Arabic's letters still writes the Persian letters the word
   * has (پ a p, گ a g, چ a c, ژ a j or z): بور is Burr for Arabic, but پور (Kavehpour) is no Burr.
   */
  private static boolean keepsPersianLetters(String word, String english) {
    String e = english.toLowerCase(java.util.Locale.ROOT);
    return (word.indexOf('\u067E') < 0 || e.indexOf('p') >= 0)
        && (word.indexOf('\u06AF') < 0 || e.indexOf('g') >= 0)
        && (word.indexOf('\u0686') < 0 || e.indexOf('c') >= 0)
        && (word.indexOf('\u0698') < 0 || e.indexOf('j') >= 0 || e.indexOf('z') >= 0);
  }

  /**
   * A Wikidata spelling for Persian copy, or null where it spells the Arabic way: a q for ق (Persian
   * names write gh: نقی Naghi, not Naqi), which the Persian letter rules then spell.
   */
  private static String persianSpelling(String s) {
    return s == null || s.indexOf('q') >= 0 || s.indexOf('Q') >= 0 ? null : s;
  }

  static int wikidataSize() {
    return WikidataHolder.TABLE.size();
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> out = new HashMap<>(8192);
    for (String[] r : TsvRows.of("/kb/generated/name-words.tsv")) {
      if (r.length >= 3) {
        out.put(r[0], new String[] {r[1].isEmpty() ? null : r[1], r[2].isEmpty() ? null : r[2]});
      }
    }
    return out;
  }

  /** The learned spelling of one word (matching form, no article), or null. */
  static String spelling(String word, boolean persian) {
    String[] s = Holder.TABLE.get(word);
    return s == null ? null : s[persian ? 1 : 0];
  }

  /**
   * A learned spelling, or for a nisba (the word and a final ي) its stem's spelling and -i when the stem
   * ends in a consonant: قحطاني Qahtani from قحطان Qahtan.
   */
  static String spellingOrNisba(String word, boolean persian) {
    String s = spelling(word, persian);
    if (s != null || word.length() < 4 || word.charAt(word.length() - 1) != 'ي') {
      return s;
    }
    String stem = spelling(word.substring(0, word.length() - 1), persian);
    if (stem == null || stem.length() < 3 || "aeiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0 || stem.endsWith("h")) {
      return null;
    }
    return stem + "i";
  }

  static int size() {
    return Holder.TABLE.size();
  }
}
