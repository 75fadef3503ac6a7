package io.newswire.enrich.entities.link;

/**
 * The diminutive فُعَيْل of Arabic family names (العتيبي Al-Otaibi, القميزي Al-Qumaizi, الخنيزان Al-Khunaizan,
 * النقير Al-Nuqair, الثويني Al-Thuwaini), spelt as the Gulf's English press spells it: u after the first
 * consonant (o after an opening ain: Otaibi, Owais, Omair), ai for the yeh, then -i for a nisba or -an.
 * The script writes the diminutive as it writes the فَعِيل adjective (رشيد Rashid, خليج Khaleej), so only a
 * nisba or an -ان name after the article whose stem and base no word table holds is read so: such family
 * names are mostly diminutives, while a bare فعيل after the article is as often a common word (الخطيب the
 * preacher, العميد the brigadier; a pool check found as many wrong as right) and is left to the templates.
 */
final class Diminutives {
  private Diminutives() {}

  /**
   * The stem (matching form, no article) as a diminutive, lower case, or null when its letters are not
   * C C ي C followed by a nisba ي or by ان, with consonants the letter rules spell (a weak
   * letter, a hamza or a heh in a consonant's place is no diminutive; ain only opens one; و only as the
   * second consonant, Thuwaini).
   */
  static String spell(String stem) {
    int n = stem.length();
    String tail;
    if (n == 5 && stem.charAt(4) == 'ي') {
      tail = "i";
    } else if (n == 6 && stem.charAt(4) == 'ا' && stem.charAt(5) == 'ن') {
      tail = "an";
    } else if (n == 4) {
      tail = ""; // bare: only a family name closing a chain with بن (the caller's check)
    } else {
      return null;
    }
    if (stem.charAt(2) != 'ي') {
      return null;
    }
    char c1 = stem.charAt(0);
    char c2 = stem.charAt(1);
    char c3 = stem.charAt(3);
    String first = c1 == 'ع' ? "o" : consonant(c1);
    String second = c2 == 'و' ? "w" : c2 == 'ه' ? "h" : consonant(c2); // a heh between consonants is one: فهيد Fuhaid, سهيل Suhail
    String third = consonant(c3);
    if (first == null || second == null || third == null) {
      return null;
    }
    return c1 == 'ع' ? first + second + "ai" + third + tail : first + "u" + second + "ai" + third + tail;
  }

  /**
   * A consonant's spelling in an Arabic name ({@link VowelPatterns#spelling}), null for a weak letter, hamza, ain
   * or heh: none of them is a diminutive's consonant here.
   */
  private static String consonant(char c) {
    return c == 'ه' || c == 'ع' || c == 'ء' || c == 'ئ' || c == 'ؤ' ? null : VowelPatterns.spelling(c);
  }
}
