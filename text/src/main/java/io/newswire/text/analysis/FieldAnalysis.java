package io.newswire.text.analysis;

import io.newswire.normalization.MatchingForm;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Everything the enrichment steps read about one field's display text, computed once per field:
 * the ANERcorp-style tokens (words, punctuation as tokens of its own) with their sentence bounds, the
 * word runs the quote finder reads, the matching form with its offset map, the script, and code-point
 * offsets. Steps that need their own typed view of it (token records, folded keys) build it once
 * through {@link #derived}.
 *
 * <p>Each part is computed on first use from pure functions; a part computed twice by racing threads is
 * equal, and parts are published through final fields, so sharing an instance between threads is safe.
 * Offsets are UTF-16 indices into {@link #text()} unless a method says otherwise.
 */
public final class FieldAnalysis {
  /** A view built once per field from the analysis (token records, folded keys, ...). */
  public static final class Key<T> {
    private final Function<FieldAnalysis, T> build;

    private Key(Function<FieldAnalysis, T> build) {
      this.build = build;
    }
  }

  public static <T> Key<T> key(Function<FieldAnalysis, T> build) {
    return new Key<>(build);
  }

  private final String text;
  private volatile MatchingForm form;
  private volatile Tokens tokens;
  private volatile Spans words;
  private volatile String[] wordTexts;
  private volatile Facts facts;
  private volatile byte capitals; // 0 not yet asked, 1 no, 2 yes: {@link #mostlyUpperCase()}
  private Object[] derived; // key, value, key, value ... (made on the first view: many analyses of short texts have none)

  private FieldAnalysis(String text) {
    this.text = text;
  }

  public static FieldAnalysis of(String text) {
    return new FieldAnalysis(text == null ? "" : text);
  }

  public String text() {
    return text;
  }

  /** The matching form (see {@link MatchingForm}) with its map back to this text. */
  public MatchingForm matchingForm() {
    MatchingForm f = form;
    if (f == null) {
      form = f = MatchingForm.of(text);
    }
    return f;
  }

  // ---- ANERcorp-style tokens and sentences -------------------------------------------------------

  /** Number of tokens: words (clitics left on) and single punctuation chars, whitespace skipped. */
  public int tokenCount() {
    return tokens().count;
  }

  public int tokenStart(int token) {
    return tokens().start[token];
  }

  public int tokenEnd(int token) {
    return tokens().end[token];
  }

  /**
   * The text of token {@code token}. A token that is also a word run (most are) gets that word's {@link #wordText}:
   * one String per word for both tokenizations instead of a substring each.
   */
  public String tokenText(int token) {
    Tokens t = tokens();
    int start = t.start[token];
    int end = t.end[token];
    Spans w = words();
    int word = Arrays.binarySearch(w.start, 0, w.count, start);
    return word >= 0 && w.end[word] == end ? wordText(word) : text.substring(start, end);
  }

  /** Number of sentences; a sentence ends after a . ! ? ؟ or ؛ token, or at the end of the text. */
  public int sentenceCount() {
    return tokens().sentences;
  }

  /** First token of sentence {@code s}. */
  public int sentenceFirstToken(int s) {
    return s == 0 ? 0 : tokens().sentenceEnd[s - 1];
  }

  /** Token index after the last token of sentence {@code s}. */
  public int sentenceEndToken(int s) {
    return tokens().sentenceEnd[s];
  }

  // ---- word runs ---------------------------------------------------------------------------------

  /**
   * Number of word runs: letters, marks and digits, with a ZWNJ, apostrophe or hyphen between two word
   * chars kept inside (می‌گوید, don't); punctuation is not a word here.
   */
  public int wordCount() {
    return words().count;
  }

  public int wordStart(int word) {
    return words().start[word];
  }

  public int wordEnd(int word) {
    return words().end[word];
  }

  /** The text of word run {@code word}, cut once per field (all words at once) and shared. */
  public String wordText(int word) {
    String[] t = wordTexts;
    if (t == null) {
      Spans w = words();
      t = new String[w.count];
      for (int i = 0; i < t.length; i++) {
        t[i] = text.substring(w.start[i], w.end[i]);
      }
      wordTexts = t;
    }
    return t[word];
  }

  // ---- script and code points --------------------------------------------------------------------

  public Script script() {
    return facts().script;
  }

  /**
   * More upper- than lower-case letters ({@link LetterCase#mostlyUpperCase}): a line in capitals. Kept, since many English
   * passes ask it of every field for every mention they try.
   */
  public boolean mostlyUpperCase() {
    byte c = capitals;
    if (c == 0) {
      capitals = c = LetterCase.mostlyUpperCase(text) ? (byte) 2 : (byte) 1;
    }
    return c == 2;
  }

  /** Code-point offset of UTF-16 index {@code charIndex} (the unit of every published offset). */
  public int codePointOffset(int charIndex) {
    return facts().surrogates ? text.codePointCount(0, charIndex) : charIndex;
  }

  /** The view {@code key} builds from this analysis, built on first request and kept. */
  @SuppressWarnings("unchecked")
  public synchronized <T> T derived(Key<T> key) {
    Object[] d = derived;
    if (d == null) {
      derived = d = new Object[4];
    }
    int i = 0;
    for (; i < d.length && d[i] != null; i += 2) {
      if (d[i] == key) {
        return (T) d[i + 1];
      }
    }
    T value = key.build.apply(this);
    if (derived != d || i < d.length && d[i] != null) { // the build derived other views from this analysis: find the free slot again
      d = derived;
      for (i = 0; i < d.length && d[i] != null; i += 2) {
      }
    }
    if (i == d.length) {
      derived = d = Arrays.copyOf(d, d.length * 2);
    }
    d[i] = key;
    d[i + 1] = value;
    return value;
  }

  // ---- computation -------------------------------------------------------------------------------

  private Tokens tokens() {
    Tokens t = tokens;
    if (t == null) {
      tokens = t = Tokens.of(text);
    }
    return t;
  }

  private Spans words() {
    Spans w = words;
    if (w == null) {
      words = w = Spans.wordsOf(text);
    }
    return w;
  }

  private Facts facts() {
    Facts f = facts;
    if (f == null) {
      facts = f = Facts.of(text);
    }
    return f;
  }

  /** Script of a field's letters. */
  public enum Script {
    /** No letters. */
    NONE,
    /** Arabic-script letters only (Arabic, Persian, Urdu). */
    ARABIC,
    /** Latin letters only. */
    LATIN,
    /** Both, or letters of another script. */
    MIXED
  }

  private static final class Facts {
    final Script script;
    final boolean surrogates;

    private Facts(Script script, boolean surrogates) {
      this.script = script;
      this.surrogates = surrogates;
    }

    static Facts of(String text) {
      boolean arabic = false;
      boolean latin = false;
      boolean other = false;
      boolean surrogates = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int k = CharClass.of(c);
        if ((k & CharClass.LETTER) != 0) {
          if ((k & CharClass.ARABIC) != 0) {
            arabic = true;
          } else if ((k & CharClass.LATIN) != 0) {
            latin = true;
          } else {
            other = true;
          }
        } else if (Character.isSurrogate(c)) {
          surrogates = true;
        }
      }
      Script s = other || (arabic && latin) ? Script.MIXED : arabic ? Script.ARABIC : latin ? Script.LATIN : Script.NONE;
      return new Facts(s, surrogates);
    }
  }

  /** ANERcorp-style tokens and sentence ends. */
  private static final class Tokens {
    final int[] start;
    final int[] end;
    final int count;
    final int[] sentenceEnd;
    final int sentences;

    private Tokens(int[] start, int[] end, int count, int[] sentenceEnd, int sentences) {
      this.start = start;
      this.end = end;
      this.count = count;
      this.sentenceEnd = sentenceEnd;
      this.sentences = sentences;
    }

    static Tokens of(String text) {
      int n = text.length();
      int cap = Math.max(4, n / 4);
      int[] start = new int[cap];
      int[] end = new int[cap];
      int count = 0;
      int[] sentenceEnd = new int[8];
      int sentences = 0;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        int k = CharClass.of(c);
        if ((k & CharClass.SKIP) != 0) {
          i++;
          continue;
        }
        if (count == start.length) {
          start = Arrays.copyOf(start, count * 2);
          end = Arrays.copyOf(end, count * 2);
        }
        if ((k & CharClass.NER_WORD) != 0) {
          int s = i;
          while (i < n && ((CharClass.of(text.charAt(i)) & CharClass.NER_WORD) != 0 || isInnerJoiner(text, i))) {
            i++;
          }
          start[count] = s;
          end[count++] = i;
          continue;
        }
        start[count] = i;
        end[count++] = ++i;
        if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛') {
          if (sentences == sentenceEnd.length) {
            sentenceEnd = Arrays.copyOf(sentenceEnd, sentences * 2);
          }
          sentenceEnd[sentences++] = count;
        }
      }
      if (sentences == 0 || sentenceEnd[sentences - 1] != count) {
        if (count > (sentences == 0 ? 0 : sentenceEnd[sentences - 1])) {
          if (sentences == sentenceEnd.length) {
            sentenceEnd = Arrays.copyOf(sentenceEnd, sentences + 1);
          }
          sentenceEnd[sentences++] = count;
        }
      }
      return new Tokens(start, end, count, sentenceEnd, sentences);
    }

    /**
     * An apostrophe, hyphen, dot or ZWNJ between two letters stays inside the word (O'Brien, U.S.,
     * رئیس‌جمهور); a possessive 's does not (Brown's is Brown).
     */
    private static boolean isInnerJoiner(String t, int i) {
      char c = t.charAt(i);
      if (c != '\'' && c != '’' && c != '-' && c != '\u200C' && c != '.') {
        return false;
      }
      int n = t.length();
      if (i == 0 || i + 1 >= n) {
        return false;
      }
      char next = t.charAt(i + 1);
      boolean possessive = (c == '\'' || c == '’') && (next == 's' || next == 'S')
          && (i + 2 == n || (CharClass.of(t.charAt(i + 2)) & CharClass.LETTER) == 0);
      if (possessive) {
        return false;
      }
      int before = CharClass.of(t.charAt(i - 1));
      int after = CharClass.of(next);
      if ((before & CharClass.LETTER) == 0 || (after & CharClass.LETTER) == 0) {
        return false;
      }
      return c != '.' || ((before & CharClass.UPPER) != 0 && (after & CharClass.UPPER) != 0);
    }
  }

  /** Word runs. */
  private static final class Spans {
    final int[] start;
    final int[] end;
    final int count;

    private Spans(int[] start, int[] end, int count) {
      this.start = start;
      this.end = end;
      this.count = count;
    }

    static Spans wordsOf(String text) {
      int n = text.length();
      int cap = Math.max(4, n / 5);
      int[] start = new int[cap];
      int[] end = new int[cap];
      int count = 0;
      int i = 0;
      while (i < n) {
        if (!isWordChar(text, i)) {
          i++;
          continue;
        }
        int s = i;
        while (i < n) {
          if (isWordChar(text, i)) {
            i++;
          } else if (isJoiner(text.charAt(i)) && i + 1 < n && i > s && isWordChar(text, i + 1)) {
            i++;
          } else {
            break;
          }
        }
        if (count == start.length) {
          start = Arrays.copyOf(start, count * 2);
          end = Arrays.copyOf(end, count * 2);
        }
        start[count] = s;
        end[count++] = i;
      }
      return new Spans(start, end, count);
    }

    private static boolean isWordChar(String s, int i) {
      char c = s.charAt(i);
      if ((CharClass.of(c) & CharClass.QUOTE_WORD) != 0) {
        return true;
      }
      // a letter outside the BMP (rare scripts, mathematical letters) is two chars; emoji are not words
      if (Character.isHighSurrogate(c)) {
        return Character.isLetterOrDigit(s.codePointAt(i));
      }
      return Character.isLowSurrogate(c) && i > 0 && Character.isLetterOrDigit(s.codePointAt(i - 1));
    }

    private static boolean isJoiner(char c) {
      return c == '\u200C' || c == '\'' || c == '\u2019' || c == '-';
    }
  }
}
