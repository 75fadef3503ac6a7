package io.newswire.enrich.entities.names;

/** Headline styles that capitalise every word (Title Case, or all capitals as on old wires). */
public final class TitleCase {
  private TitleCase() {}

  public static boolean isTitleCase(String s) {
    int words = 0;
    int caps = 0;
    boolean anyLower = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        words++;
        if (Character.isUpperCase(c)) {
          caps++;
        }
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '-')) {
          anyLower |= Character.isLowerCase(s.charAt(i));
          i++;
        }
      } else {
        i++;
      }
    }
    return (words >= 2 && !anyLower) || (words > 3 && caps * 4 >= words * 3);
  }
}
