package io.newswire.language;

import java.util.Set;

/**
 * Detects the language of a dispatch as a BCP 47 tag, or 'und'.
 *
 * <p>Arabic script (ar, fa, ur) is decided here, by the evidence below. Latin-script text goes to
 * {@link LatinLanguages} (en, fr, de, es, it, pt, nl, sv, no, da, fi, pl, tr and other European
 * languages, by n-gram profiles); Cyrillic too (ru, uk, bg, sr, mk); other scripts name their
 * language by script alone (he, el, hi, ko, ja, zh, th, hy, ka).
 *
 * <p>A small evidence scorer rather than an n-gram model, because the hard cases on the wire are
 * short (a headline) and script-internal: Arabic, Persian and Urdu share a script, and Persian is
 * often typed on Arabic keyboards (ي/ك instead of ی/ک), which defeats letter-only rules. Evidence:
 * <ul>
 *   <li>letters only Persian (and Urdu) use: پ چ ژ گ, and the Persian forms ی ک;</li>
 *   <li>letters only Urdu uses: ٹ ڈ ڑ ں ے ۓ ھ ہ and the Urdu full stop ۔;</li>
 *   <li>letters Arabic uses and Persian/Urdu almost never do: ة ى إ ؤ;</li>
 *   <li>function words of each language (Persian ones matched after folding ي/ك to ی/ک);</li>
 *   <li>ZWNJ inside words and joined plural "های" (Persian), the article "ال" (Arabic); a few
 *       words with none of this evidence at all are Persian: Arabic seldom writes three words
 *       without an article or a function word.</li>
 * </ul>
 * Text with at least a third as many Arabic-script letters as Latin ones is Arabic-script (film lists
 * in Arabic copy).
 * Thread-safe and allocation-light: no state, sets are built once.
 */
public final class LanguageDetector {
  private static final WordSet ARABIC_WORDS = new WordSet(Set.of(
      "في", "من", "على", "إلى", "الى", "الذي", "التي", "الذين", "أن", "إن", "ان", "عن", "مع", "هذا",
      "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "بين", "حيث", "أو", "او",
      "كما", "بعد", "قبل", "عند", "حتى", "إنه", "أنه", "انه", "التى", "وفي", "وقال", "قال", "اليوم",
      "خلال", "منذ", "هو", "هي", "وهو", "وهي", "ولا", "فى", "علي", "الي", "مليون", "مليار", "دولار"));
  // Persian function words, in the folded (ی/ک) spelling.
  private static final WordSet PERSIAN_WORDS = new WordSet(Set.of(
      "است", "می", "را", "این", "که", "برای", "از", "با", "در", "شد", "کرد", "های", "ها", "آن", "یک",
      "تا", "خود", "شده", "بود", "نیز", "وی", "اند", "کند", "شود", "دارد", "باید", "گفت", "کرده",
      "بر", "اینکه", "هر", "نمی", "یا", "اما", "دیگر", "بین", "پس", "همه", "چه", "کنند", "شوند",
      "گزارش", "ما", "هستند", "نیست", "داشت", "بیش", "کشور", "شدند", "کردند", "یافت", "درصد",
      "میلیارد", "میلیون", "سراسری", "استان", "شهرستان", "طی", "نفر", "امروز", "دیروز", "سال", "ماه"));
  private static final WordSet URDU_WORDS = new WordSet(Set.of(
      "کے", "کی", "ہے", "میں", "نے", "کو", "سے", "اور", "کا", "یہ", "ہیں", "بھی", "ایک", "گیا", "تھا",
      "تھی", "ہو", "کہ", "وہ", "کر", "لیے", "ساتھ", "کیا", "گئی", "رہے", "والے"));

  /**
   * Like {@link #detect(String)}, with the language the dispatch declares as a hint: used when the
   * text gives too little ('und'), and for Latin-script text the detector left as English for lack
   * of certainty when the declared language fits it. A declaration never overrules a confident call.
   */
  public String detect(String text, String declared) {
    String detected = detect(text);
    String hint = baseTag(declared);
    if (hint == null) {
      return detected;
    }
    if (detected.equals("und")) {
      return hint;
    }
    if (detected.equals("en") && LatinLanguages.plausible(hint, text)) {
      return hint;
    }
    return detected;
  }

  /** "de-DE" → "de", "nb"/"nn"/"no-NO" → "no"; null when absent. */
  static String baseTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    int dash = t.indexOf('-');
    String base = dash > 0 ? t.substring(0, dash) : t;
    return base.equals("nb") || base.equals("nn") ? "no" : base;
  }

  /** Returns a language tag, or 'und' when the text gives too little to decide. */
  public String detect(String text) {
    if (text == null) {
      return "und";
    }
    int arabicLetters = 0;
    int latinLetters = 0;
    int[] otherScripts = new int[OTHER_SCRIPTS.length];
    int arabicWords = 0;
    double ar = 0;
    double fa = 0;
    double ur = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        if (cp == 0x06D4) {
          ur += 3; // Urdu full stop
        } else if (cp == 0x200C && i > 1 && i < n && isArabicLetter(text.charAt(i - 2)) && isArabicLetter(text.charAt(i))) {
          fa += 2; // ZWNJ inside a word: Persian spelling (می‌شود, جناح‌ها); Arabic has no use for it
        }
        continue;
      }
      int start = i;
      boolean arabicWord = false;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
        if (isArabicScript(cp)) {
          if (cp <= 0x064A && cp >= 0x0620 || Character.isLetter(cp)) { // U+0620–U+064A: letters and tatweel
            arabicLetters++;
            arabicWord = true;
          }
          switch (cp) {
            case 0x067E, 0x0686, 0x0698, 0x06AF -> { fa += 2; ur += 1.5; } // پ چ ژ گ
            case 0x06CC, 0x06A9 -> { fa += 0.5; ur += 0.5; }                // ی ک
            case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06D3 -> ur += 4; // ٹ ڈ ڑ ں ے ۓ
            case 0x06BE, 0x06C1 -> ur += 2;                                 // ھ ہ
            case 0x0629, 0x0649, 0x0625, 0x0624 -> ar += 1.5;               // ة ى إ ؤ
            default -> { }
          }
        } else if (isLatinLetter(cp)) {
          latinLetters++;
        } else if (cp >= 0x0370 && Character.isLetter(cp)) {
          countOtherScript(cp, otherScripts);
        }
      }
      if (arabicWord) {
        arabicWords++;
        if (text.startsWith("ال", start) || text.startsWith("وال", start) || text.startsWith("بال", start)
            || text.startsWith("لل", start) || text.startsWith("فال", start)) {
          ar += 1; // the Arabic article; Persian has it only in Arabic loans
        }
        if (text.startsWith("أ", start) || text.startsWith("وأ", start)) {
          ar += 1; // hamza-on-alef opening a word: Arabic verbs and plurals, rare in Persian
        }
        if (i - start > 4 && (text.startsWith("های", i - 3) || text.startsWith("هاي", i - 3))) {
          fa += 2; // Persian plural + ezafe, written joined
        }
      }
      if (arabicWord && i - start <= 8) {
        if (ARABIC_WORDS.contains(text, start, i)) {
          ar += 3;
        }
        int folded = WordSet.foldedHash(text, start, i); // one hash for both folded sets
        if (PERSIAN_WORDS.containsFolded(text, start, i, folded)) {
          fa += 3;
        }
        if (URDU_WORDS.containsFolded(text, start, i, folded)) {
          ur += 3;
        }
      }
    }
    int other = 0;
    for (int k = 1; k < otherScripts.length; k++) {
      if (otherScripts[k] > otherScripts[other]) {
        other = k;
      }
    }
    if (otherScripts[other] >= 2 && otherScripts[other] > arabicLetters && otherScripts[other] > latinLetters) {
      return otherScript(other, text);
    }
    if (arabicLetters < 2 && latinLetters < 2) {
      return "und";
    }
    // Arabic-script feeds quote English names and titles; English copy almost never holds a quarter
    // as much Arabic script. So a third as many Arabic letters as Latin ones already means Arabic script,
    // and so do Arabic-script sentences (three function words) among English lists.
    if (arabicLetters * 3 < latinLetters && Math.max(ar, Math.max(fa, ur)) < 9) {
      return LatinLanguages.detect(text, latinLetters);
    }
    if (ur > fa && ur > ar && ur >= 4) {
      return "ur";
    }
    if (fa > ar) {
      return "fa";
    }
    if (ar == 0 && fa == 0 && arabicWords >= 3) {
      return "fa"; // three words and no article, no function word: Arabic would have shown one
    }
    return "ar"; // the majority language of Arabic-script feeds; also the answer on no evidence
  }

  /** Scripts other than Arabic and Latin, each told apart by its letters alone (Cyrillic by n-grams). */
  private static final Character.UnicodeScript[] OTHER_SCRIPTS = {
      Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.GREEK,
      Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.HANGUL, Character.UnicodeScript.HIRAGANA,
      Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HAN, Character.UnicodeScript.THAI,
      Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN};
  private static final String[] OTHER_TAGS = {"ru", "he", "el", "hi", "ko", "ja", "ja", "zh", "th", "hy", "ka"};

  private static void countOtherScript(int cp, int[] counts) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    for (int k = 0; k < OTHER_SCRIPTS.length; k++) {
      if (OTHER_SCRIPTS[k] == script) {
        counts[k]++;
        return;
      }
    }
  }

  private static String otherScript(int index, String text) {
    if (OTHER_SCRIPTS[index] == Character.UnicodeScript.CYRILLIC) {
      return LatinLanguages.detectCyrillic(text);
    }
    return OTHER_TAGS[index];
  }

  private static boolean isArabicLetter(char c) {
    return c >= 0x0620 && c <= 0x06FF && Character.isLetter(c);
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    if (cp >= 0x0620 && cp <= 0x065F) {
      return true; // Arabic letters, tatweel and harakat: the bulk of Arabic-script text, no property lookup
    }
    return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x0640;
  }

  /** The Arabic script blocks (base, supplement, extended-A, presentation forms); a range test, not a script lookup, for speed. */
  private static boolean isArabicScript(int cp) {
    return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)
        || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
  }

  private static boolean isLatinLetter(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    return cp <= 0x024F && Character.isLetter(cp) || (cp >= 0x1E00 && cp <= 0x1EFF);
  }

}
