package io.newswire.enrich.entities.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A foreign name Arabic or Persian copy writes letter by letter (تيلور, ریچارد), matched to a Latin name
 * by a vowel-aware key: Arabic papers write every vowel of a foreign name with a long-vowel letter, so the
 * Latin name's vowel slots line up with the Arabic ones, which the consonant-only phonetic key cannot see
 * (round 29: Taylor and Tyler share it). Each vowel run is a slot of one of three classes, o/u (و), i/e/y
 * (ي) or a (ا), a word's first slot any vowel (إريك Eric); i and u before a vowel are glides y and w on
 * both sides (ماريا Maria). Consonants fall into the classes Arabic script writes foreign sounds with (p as
 * b, v as f, an s between vowels as z, a soft c as s, a soft g as j; a z is no s: Moralez is not Morales). The Latin names are the English spellings of the
 * Wikidata word table (CC0) and the English given-name list; a key two of them share is no match.
 */
final class ForeignNames {
  private ForeignNames() {}

  /** Keys shared by two different Latin names: no match. */
  private static final String AMBIGUOUS = "";

  private static final class Holder {
    static final Map<String, String> BY_KEY = load();
  }

  /**
   * The Latin name whose vowel-aware key is this Arabic word's (matching form, no article), or null:
   * only a word with two written vowel slots and three consonants (a native name writes its short vowels
   * not at all, a foreign one writes them all) whose key exactly one Latin name has.
   */
  static String latin(String arabic) {
    if (arabic.length() < 4 || "اأإآ".indexOf(arabic.charAt(0)) >= 0) {
      return null; // an opening alef is as often the Arabic word's as a foreign vowel's (أخرى, أراك): no match
    }
    String key = arabicKey(arabic);
    if (key == null) {
      return null;
    }
    String hit = Holder.BY_KEY.get(key);
    return hit == null || hit.isEmpty() ? null : hit;
  }

  private static boolean vowelClass(char c) {
    return c == 'A' || c == 'I' || c == 'U' || c == '*';
  }

  /** Whether a key is long enough to match: two vowel slots and three consonants (shorter keys are shared by too many names the list lacks). */
  private static boolean enough(CharSequence key) {
    int v = 0;
    int k = 0;
    for (int i = 0; i < key.length(); i++) {
      if (vowelClass(key.charAt(i))) {
        v++;
      } else {
        k++;
      }
    }
    return v >= 2 && k >= 3;
  }

  static boolean arabicVowelLetter(char c) {
    return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى' || c == 'ی';
  }

  /** The vowel-aware key of an Arabic-script word (matching form), or null when it is too short to match. */
  static String arabicKey(String w) {
    StringBuilder b = new StringBuilder(w.length());
    int n = w.length();
    int i = 0;
    while (i < n) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      boolean glide = (c == 'و' || c == 'ي' || c == 'ی') && (i == 0 || arabicVowelLetter(next) && next != 'ى');
      if (arabicVowelLetter(c) && !glide) {
        boolean u = false;
        boolean front = false;
        while (i < n && arabicVowelLetter(w.charAt(i))) {
          char v = w.charAt(i);
          char after = i + 1 < n ? w.charAt(i + 1) : 0;
          if (v != 'ا' && v != 'ى' && arabicVowelLetter(after) && after != 'ى') {
            break; // a و or ي before another vowel letter is a glide: ماريا Maria, ماريو Mario
          }
          u |= v == 'و';
          front |= v == 'ي' || v == 'ی';
          i++;
        }
        b.append(b.length() == 0 ? '*' : u ? 'U' : front ? 'I' : 'A');
        continue;
      }
      if (c == 'ه' && i == n - 1 && i > 0) {
        if (b.length() == 0 || !vowelClass(b.charAt(b.length() - 1))) {
          b.append('A'); // a final heh is a vowel: ماريه
        }
        i++;
        continue;
      }
      String k;
      if (c == 'ت' && next == 'ش') {
        k = "C"; // تش: English ch
        i++;
      } else {
        k = switch (c) {
          case 'ب', 'پ' -> "b";
          case 'ت', 'ط', 'ث' -> "t";
          case 'ج', 'ژ' -> "j";
          case 'چ' -> "C";
          case 'ه' -> "h";
          case 'خ', 'ك', 'ک' -> "k";
          case 'د' -> "d";
          case 'ر' -> "r";
          case 'ز' -> "z";
          case 'س' -> "s";
          case 'ش' -> "S";
          case 'غ', 'گ' -> "g";
          case 'ف' -> "f";
          case 'ل' -> "l";
          case 'م' -> "m";
          case 'ن' -> "n";
          case 'و' -> "w";
          case 'ي', 'ی' -> "y";
          default -> null; // ain, hamza, ha, qaf, sad, dad, zah, dhal, teh marbuta: letters of Arabic words, not of foreign names
        };
        if (k == null) {
          return null;
        }
      }
      appendConsonant(b, k);
      i++;
    }
    return enough(b) ? b.toString() : null;
  }

  private static void appendConsonant(StringBuilder b, String k) {
    for (int j = 0; j < k.length(); j++) {
      char x = k.charAt(j);
      if (b.length() == 0 || b.charAt(b.length() - 1) != x) {
        b.append(x); // doubled letters once: Arabic script writes no doubling
      }
    }
  }

  private static boolean latinVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** The vowel-aware key of a Latin word (lower case, a to z), or null when it is too short to match. */
  static String latinKey(String l) {
    StringBuilder b = new StringBuilder(l.length());
    int n = l.length();
    if (n > 2 && l.charAt(n - 1) == 'h' && latinVowel(l.charAt(n - 2))) {
      n--; // Sarah, Hannah: the final h is the vowel's
    }
    int i = 0;
    while (i < n) {
      char c = l.charAt(i);
      char next = i + 1 < n ? l.charAt(i + 1) : 0;
      boolean nextVowel = latinVowel(next) && next != 'y';
      boolean glide = (c == 'y' || c == 'w') && (i == 0 || nextVowel) || (c == 'i' || c == 'u') && i > 0 && nextVowel;
      if ((latinVowel(c) || c == 'w' && i > 0 && latinVowel(l.charAt(i - 1))) && !glide) {
        boolean u = false;
        boolean front = false;
        while (i < n) {
          char v = l.charAt(i);
          char after = i + 1 < n ? l.charAt(i + 1) : 0;
          boolean w = v == 'w';
          if (!latinVowel(v) && !w) {
            break;
          }
          if ((v == 'i' || v == 'u' || v == 'y' || w) && latinVowel(after) && after != 'y' && i > 0 && latinVowel(l.charAt(i - 1))) {
            break; // a glide between vowels: Maria's i, Mayer's y
          }
          u |= v == 'o' || v == 'u' || w;
          front |= v == 'i' || v == 'e' || v == 'y';
          i++;
        }
        b.append(b.length() == 0 ? '*' : u ? 'U' : front ? 'I' : 'A');
        continue;
      }
      String k;
      int used = 1;
      if (l.startsWith("sch", i)) {
        k = "S";
        used = 3;
      } else if (next == 'h' && "sctpkgdz".indexOf(c) >= 0) {
        k = switch (c) {
          case 's' -> "S";
          case 'c' -> "C";
          case 't' -> "t";
          case 'p' -> "f";
          case 'k' -> "k";
          case 'g' -> "g";
          case 'd' -> "d";
          default -> "j";
        };
        used = 2;
      } else if (c == 'c' && next == 'k' || c == 'q' && next == 'u') {
        k = "k";
        used = 2;
      } else {
        boolean soft = next == 'e' || next == 'i' || next == 'y';
        k = switch (c) {
          case 'b', 'p' -> "b";
          case 'c' -> soft ? "s" : "k";
          case 'g' -> soft ? "j" : "g";
          case 'k', 'q' -> "k";
          case 'v', 'f' -> "f";
          case 'z' -> "z";
          case 's' -> i > 0 && latinVowel(l.charAt(i - 1)) && latinVowel(next) ? "z" : "s"; // between vowels s sounds z: Moses موزيس
          case 'x' -> "ks";
          case 'w' -> "w";
          case 'y' -> "y";
          default -> String.valueOf(c);
        };
      }
      appendConsonant(b, k);
      i += used;
    }
    return enough(b) ? b.toString() : null;
  }

  /**
   * Adds a Latin name's keys; {@code candidate}: whether it may be the answer (else it only makes a key
   * ambiguous: an Arabic name's Latin form is no foreign name, but a foreign name that shares its key
   * cannot be told from it).
   */
  private static void add(Map<String, String> out, String name, boolean candidate) {
    if (name.length() < 3) {
      return;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return; // one plain Latin word only
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    put(out, latinKey(lower), name, candidate);
    String unvoiced = withoutSilentE(lower);
    if (unvoiced != null) {
      put(out, latinKey(unvoiced), name, candidate);
    }
  }

  /** The word without a silent final e after a consonant (Steve ستيف, Thicke ثيك), or null when it has none. */
  private static String withoutSilentE(String lower) {
    int n = lower.length();
    return n > 4 && lower.charAt(n - 1) == 'e' && !latinVowel(lower.charAt(n - 2)) ? lower.substring(0, n - 1) : null;
  }

  private static void put(Map<String, String> out, String key, String name, boolean candidate) {
    if (key == null) {
      return;
    }
    String had = out.get(key);
    if (had == null) {
      out.put(key, candidate ? name : AMBIGUOUS);
    } else if (!had.equalsIgnoreCase(name)) {
      out.put(key, AMBIGUOUS);
    } else if (!candidate) {
      out.put(key, AMBIGUOUS); // the same letters as an Arabic name's Latin form: not known to be foreign
    }
  }

  /**
   * Whether Wikidata's Arabic spelling of a Latin name writes it letter by letter as the words this class
   * reads do (تايلور Taylor): then it is a foreign name. An Arabic name's Latin form (عبود Abboud, دماك
   * Dammak: a short vowel or an Arabic letter the Latin form renders) would otherwise stand in for foreign
   * names it only shares the key with.
   */
  private static boolean lettered(String arabic, String latin) {
    String a = arabicKey(arabic);
    if (a == null) {
      return false;
    }
    String lower = latin.toLowerCase(Locale.ROOT);
    if (a.equals(latinKey(lower))) {
      return true;
    }
    String unvoiced = withoutSilentE(lower);
    return unvoiced != null && a.equals(latinKey(unvoiced));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>(65536);
    // the table NameWords has loaded already (the same rows, in the file's order)
    for (Map.Entry<String, String> e : NameWords.wikidataPairs().entrySet()) {
      add(out, e.getValue(), lettered(e.getKey(), e.getValue()));
    }
    for (String[] r : TsvRows.of("/entities/given-names-en.txt")) {
      String name = r[0].strip();
      if (!name.isEmpty()) {
        add(out, name, true);
      }
    }
    return out;
  }
}
