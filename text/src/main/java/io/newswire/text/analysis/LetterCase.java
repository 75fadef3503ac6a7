package io.newswire.text.analysis;

/** Letter case of a whole line, as wire copy uses it (Reuters headlines and slugs come in capitals). */
public final class LetterCase {
  private LetterCase() {}

  /** More upper- than lower-case letters: a line in capitals. */
  public static boolean mostlyUpperCase(CharSequence s) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isUpperCase(ch)) {
        upper++;
      } else if (Character.isLowerCase(ch)) {
        lower++;
      }
    }
    return upper > lower;
  }

  /** Every character upper-case, and at least one: a word in capitals (DVD, MP, NATO). */
  public static boolean allUpperCase(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return s.length() > 0;
  }

  /** At least one lower-case letter. */
  public static boolean hasLowerCase(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
