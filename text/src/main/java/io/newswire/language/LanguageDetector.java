package io.newswire.language;

/** Detects the language of a text as a BCP 47 tag. */
public final class LanguageDetector {
  /** Returns 'ar', 'fa', 'en' ... or 'und' when the text gives too little to decide. */
  public String detect(String text) {
    int arabicScript = 0, latin = 0, persianOnly = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.ARABIC) {
        arabicScript++;
        // Letters Persian uses and Arabic does not: پ چ ژ گ ک ی
        if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06A9 || cp == 0x06CC) {
          persianOnly++;
        }
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (arabicScript == 0 && latin == 0) {
      return "und";
    }
    if (arabicScript >= latin) {
      return persianOnly * 50 > arabicScript ? "fa" : "ar";
    }
    return "en";
  }
}
