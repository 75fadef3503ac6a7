package io.newswire.enrich.entities.link;

import java.util.HashMap;
import java.util.Map;

/**
 * The short vowels and doubled consonants that Arabic script does not write, for a name word no table
 * holds: a vocalisation model learned from the project's word tables ({@code /kb/generated/vowel-patterns.tsv},
 * built by {@code tools/vowel-patterns/build.py} from {@code romanization.tsv}, dr5hn's aligned names (ODbL)
 * and Wikidata's personal names (CC0)). A word is reduced to its letter-class pattern (C a consonant, E
 * ain, M an opening meem, A alef, W waw, Y yeh, h a medial heh, H a final heh): مسند is MCCC, whose
 * template spells it Musnad; صباغ is CCAC, Sabbagh (the فعّال of trade names); خنيزان CCYCAC. The
 * consonants are spelled as the letter rules spell them; the template gives the vowels after each letter,
 * the doubling and the spelling of alef, waw and yeh. Loaded on first use; one hash probe per word.
 */
final class VowelPatterns {
  private VowelPatterns() {}

  private static final class Holder {
    static final Map<String, String[]> TABLE = load();
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> out = new HashMap<>(4096);
    for (String[] r : TsvRows.of("/kb/generated/vowel-patterns.tsv")) {
      if (r.length >= 2) {
        String[] tokens = r[1].split(" ");
        if (tokens.length == r[0].length()) {
          out.put(r[0], tokens);
        }
      }
    }
    return out;
  }

  /** The letter-class pattern of one Arabic word in the matching form. */
  static String pattern(String w) {
    char[] p = new char[w.length()];
    for (int i = 0; i < p.length; i++) {
      char c = w.charAt(i);
      p[i] = switch (c) {
        case 'ه' -> i == p.length - 1 ? 'H' : 'h';
        case 'ا' -> 'A';
        case 'و' -> 'W';
        case 'ي' -> 'Y';
        case 'م' -> i == 0 ? 'M' : 'C';
        case 'ع' -> 'E';
        default -> 'C';
      };
    }
    return new String(p);
  }

  /**
   * The word (Arabic, matching form, no article) spelled by its pattern's template, capitalised, or null
   * when its pattern is not in the table, a letter is outside the Arabic alphabet, or the spelling does
   * not look like a romanized Arabic name ({@link #plausible}).
   */
  static String spell(String w) {
    if (w.length() < 2) {
      return null;
    }
    String[] tokens = Holder.TABLE.get(glidePattern(pattern(w)));
    if (tokens == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(w.length() * 2 + 2);
    for (int i = 0; i < tokens.length; i++) {
      char c = w.charAt(i);
      String t = tokens[i];
      int bar = t.indexOf('|');
      if (bar < 0) {
        return null;
      }
      char kind = t.charAt(0);
      if (bar == 1 && (kind == '1' || kind == '2')) {
        String k = spelling(c);
        if (k == null) {
          return null;
        }
        b.append(k);
        if (kind == '2' && k.length() == 1) {
          b.append(k);
        }
      } else {
        b.append(t, 0, bar);
      }
      b.append(t, bar + 1, t.length());
    }
    if (b.length() == 0 || !plausible(b)) {
      return null;
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  /**
   * The pattern whose template spells a word: an opening ain, alef and yeh (عايش, عايد, the hamza of فاعل written
   * as yeh) reads as the same shape after any other consonant (فايز Fayez, نايف Nayef: Ayesh, Ayed), whose template
   * the tables learned from many words, where the ain's own was learned from two (one Wikidata bearer's Aaish).
   * Only in place of a template the ain's pattern has: without one the letter rules already spell the glide (Ayouni).
   */
  static String glidePattern(String p) {
    if (p.startsWith("EAY") && Holder.TABLE.containsKey(p)) {
      String shared = "C" + p.substring(1);
      if (Holder.TABLE.containsKey(shared)) {
        return shared;
      }
    }
    return p;
  }

  /** A consonant's spelling in Arabic names (ain and hamza: nothing), or null for a letter outside the alphabet. */
  static String spelling(char c) {
    return switch (c) {
      case 'ب' -> "b";
      case 'ت', 'ط' -> "t";
      case 'ث' -> "th";
      case 'ج' -> "j";
      case 'ح', 'ه' -> "h";
      case 'خ' -> "kh";
      case 'د', 'ض' -> "d";
      case 'ذ' -> "dh";
      case 'ر' -> "r";
      case 'ز', 'ظ' -> "z";
      case 'س', 'ص' -> "s";
      case 'ش' -> "sh";
      case 'ع', 'ء', 'ئ', 'ؤ' -> "";
      case 'غ' -> "gh";
      case 'ف' -> "f";
      case 'ق' -> "q";
      case 'ك' -> "k";
      case 'ل' -> "l";
      case 'م' -> "m";
      case 'ن' -> "n";
      default -> null;
    };
  }

  /**
   * Whether a lower-case spelling has the shape of a romanized Arabic name: no c, p, v or x, no two
   * consonants opening it (sh, kh, th, gh and dh count as one), no three in a row, no consonant and a
   * final y, no e as the first vowel, no final ee or oe. The training words were filtered so; a template that still breaks it is left to the letter rules.
   */
  static boolean plausible(CharSequence s) {
    int run = 0;
    boolean opening = true;
    boolean firstVowel = true;
    int n = s.length();
    if (n >= 2 && s.charAt(n - 1) == 'e' && (s.charAt(n - 2) == 'e' || s.charAt(n - 2) == 'o')) {
      return false; // Robee, Shoree: a final ee or oe is European
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 'c' || c == 'p' || c == 'v' || c == 'x' || c < 'a' || c > 'z') {
        return false;
      }
      boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
      if (vowel && firstVowel) {
        if (c == 'e') {
          return false; // Berghouthi, Mehshadi: the first vowel of an Arabic name in English is not e
        }
        firstVowel = false;
      }
      if (vowel) {
        run = 0;
        opening = false;
        continue;
      }
      if (c == 'h' && i > 0 && run > 0 && "sktgd".indexOf(s.charAt(i - 1)) >= 0) {
        continue; // the h of a digraph: one consonant
      }
      if (c == 'y') {
        if (i == n - 1 && run > 0) {
          return false; // Hazmy: the nisba is -i
        }
        run = i == 0 ? 1 : 0; // an opening y is a glide; after a consonant or a vowel it counts as neither
        opening = i == 0;
        continue;
      }
      run++;
      if (run >= 3 || (opening && run >= 2)) {
        return false;
      }
    }
    return true;
  }
}
