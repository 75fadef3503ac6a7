package io.newswire.normalization;

import java.text.Normalizer;

/**
 * The <em>display form</em> of dispatch text: faithful to the source, but clean enough to publish.
 *
 * <ol>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are folded to base letters with
 *       NFKC applied to those code points only: old wire systems send shaped glyphs, but a full NFKC
 *       would also rewrite superscripts, ligatures and full-width forms the source meant.</li>
 *   <li>NFC.</li>
 *   <li>Control (Cc) and format (Cf) characters are removed, which drops LRM/RLM, ALM, bidi
 *       embeddings/overrides/isolates, soft hyphens and BOMs. The one exception is ZWNJ (U+200C):
 *       it is spelling in Persian (می‌شود); it is kept inside words, dropped next to spaces or at the
 *       ends, where it means nothing, and runs of it are reduced to one. An RLM (U+200F) between two
 *       Arabic-script letters is read as that ZWNJ: Persian typed on keyboards without a ZWNJ key has it
 *       there (سال‏ها، می‏شود), and dropping it would run two words into one.</li>
 *   <li>Unpaired surrogates, private-use and unassigned code points are removed.</li>
 *   <li>Every run of whitespace (including NBSP, narrow NBSP, ideographic space, tabs and line
 *       breaks) becomes one ASCII space; the result is trimmed.</li>
 * </ol>
 *
 * Tatweel, diacritics (harakat), letter variants (ي/ی, ك/ک) and digits are left as they are: that
 * folding belongs to the <em>matching form</em>, used for entity lookup, never for display.
 */
public final class DisplayNormalizer {
  private static final int ZWNJ = 0x200C;
  private static final int RLM = 0x200F;

  private DisplayNormalizer() {}

  /** Normalizes one line or paragraph (line breaks become spaces). Never returns null. */
  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String folded = foldPresentationForms(raw);
    // The quick check is a cheap scan; most wire text is already NFC and skips the normalizer.
    String nfc = Normalizer.isNormalized(folded, Normalizer.Form.NFC) ? folded : Normalizer.normalize(folded, Normalizer.Form.NFC);
    if (alreadyClean(nfc)) {
      return nfc; // most lines, and every paragraph normalized a second time: no copy
    }
    // Into a char array the size of the input: the output is never longer (a run of spaces or ZWNJs becomes one
    // char, every other char is copied or dropped), and per-char StringBuilder appends were most of this loop.
    char[] out = new char[nfc.length()];
    int len = 0;
    boolean pendingSpace = false;
    boolean pendingZwnj = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.charAt(i);
      if (cp > 0x20 && cp < 0x7F || isPlainArabicScript(cp)) { // the common cases, nothing to decide
        if (pendingSpace) {
          out[len++] = ' ';
          pendingSpace = false;
        } else if (pendingZwnj) {
          out[len++] = (char) ZWNJ;
        }
        pendingZwnj = false;
        out[len++] = (char) cp;
        i++;
        continue;
      }
      cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ZWNJ) {
        pendingZwnj = len > 0 && !pendingSpace;
        continue;
      }
      if (cp == RLM && !pendingSpace && len > 0 && isArabicLetter(out[len - 1]) && i < nfc.length()
          && isArabicLetter(nfc.charAt(i))) {
        pendingZwnj = true; // Persian typed on old keyboards: an RLM inside a word stands for the ZWNJ (می‏شود)
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = len > 0;
        pendingZwnj = false; // a ZWNJ next to a space joins nothing
        continue;
      }
      if (isRemoved(cp)) {
        continue;
      }
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      } else if (pendingZwnj) {
        out[len++] = (char) ZWNJ;
      }
      pendingZwnj = false;
      len += Character.toChars(cp, out, len);
    }
    // Dropping a format char or a space can bring two combining marks together out of canonical
    // order (a grave, a zero-width space, a grave below): NFC once more, so that a second pass
    // changes nothing. A quick check; it normalizes only when that happened.
    String cleaned = new String(out, 0, len);
    return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
  }

  /**
   * Whether the loop of {@link #normalize} would give {@code s} back: only the chars it copies without
   * deciding (printable ASCII, plain Arabic script) and single spaces between them.
   */
  private static boolean alreadyClean(String s) {
    int n = s.length();
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!(c > 0x20 && c < 0x7F || isPlainArabicScript(c) || c == ' ' && prev != ' ')) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** True when the string holds at least one letter or digit once normalized. */
  public static boolean hasVisibleText(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRemoved(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return true;
      default:
        return false;
    }
  }

  /**
   * U+0620–U+06DC: Arabic and Persian letters, harakat and digits, all assigned and none of them
   * whitespace, control or format (the Cf ones, U+0600–U+0605, U+061C and U+06DD, lie outside), so
   * they are kept as they are without asking for their character properties.
   */
  private static boolean isPlainArabicScript(int c) {
    return c >= 0x0620 && c <= 0x06DC;
  }

  /** Arabic-script letters (hamza to yeh barree): the two sides of a word an RLM may join. */
  private static boolean isArabicLetter(char c) {
    return c >= 0x0621 && c <= 0x064A || c >= 0x066E && c <= 0x06D3 && c != 0x06D4;
  }

  /** Arabic Presentation Forms-A (U+FB50 to U+FDFF) and -B (U+FE70 to U+FEFF). */
  public static boolean isArabicPresentationForm(int cp) {
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
  }

  /** NFKC on the Arabic presentation-form code points only; everything else is copied. */
  static String foldPresentationForms(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !isArabicPresentationForm(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s; // the common case: nothing to fold, no copy
    }
    StringBuilder out = new StringBuilder(n + 8).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isArabicPresentationForm(c)) {
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
