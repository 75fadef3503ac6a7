package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Locale;

/**
 * An English source brought in unnamed ('a Norvale official told reporters', 'A Harlow Industries official
 * later said') whom the very next quote names: the next speaker is a person whose sentence repeats the
 * description's organisation or its role word ('Norvale attorney Tom Reyes said', 'But the official,
 * Deputy Trade Secretary Ann Ridley, told', '…," Harlow's Dana Whitlock told reporters').
 */
final class IndefiniteSource {
  /** Longest description read: 'A senior Defense Department official' is five words. */
  private static final int MAX_WORDS = 6;

  private IndefiniteSource() {}

  /** 'a/an …ROLE': an indefinite article first and a role head last, nothing longer than {@link #MAX_WORDS}. */
  static boolean is(String text, CueLexicon lexicon) {
    List<Token> words = indefinite(text);
    return words != null && lexicon.match(words, words.size() - 1, CueKind.ROLE) != null;
  }

  /** The words of {@code text} when an indefinite article opens them and they are 2 to {@link #MAX_WORDS}, else null. */
  private static List<Token> indefinite(String text) {
    if (text == null) {
      return null;
    }
    List<Token> words = Tokenizer.tokenize(text, "en");
    int n = words.size();
    if (n < 2 || n > MAX_WORDS) {
      return null;
    }
    String first = words.get(0).form().toLowerCase(Locale.ROOT);
    return first.equals("a") || first.equals("an") ? words : null;
  }

  /**
   * 'a senior Polish banker', 'A senior economic planner': an indefinite article and a few plain words, the
   * head not a role the lexicon knows. Such a source is only taken for a person introduced next with an
   * apposed description ({@link #introducedApposed}).
   */
  static boolean describesSomeone(String text) {
    List<Token> words = indefinite(text);
    if (words == null || words.get(words.size() - 1).capitalized()) {
      return false;
    }
    for (Token w : words) {
      if (!w.form().chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /** Most characters of the description apposed to the name ('vice-chairman of the council for …'). */
  private static final int MAX_APPOSITION = 90;

  /**
   * The sentence of the cue at {@code cue} opens with {@code name} and a description set off by commas right
   * before the cue: 'Wang Chao-Ming, vice-chairman of the council …, told Reuters' (round 37). A Reuters lead's
   * unnamed source is the person its next paragraph introduces so.
   */
  static boolean introducedApposed(String name, FieldView f, int cue) {
    String before = f.text.substring(f.sentenceStart(cue), cue).trim();
    if (!before.startsWith(name + ",") || !before.endsWith(",")) {
      return false;
    }
    String apposition = before.substring(name.length() + 1, before.length() - 1);
    return !apposition.isBlank() && apposition.length() <= MAX_APPOSITION && apposition.indexOf('"') < 0;
  }

  /**
   * The sentence of field {@code f} around {@code position} repeats a capitalised word of the description
   * {@code text} (its organisation: 'Norvale', 'Harlow') or its role word ('official').
   */
  static boolean namedIn(String text, FieldView f, int position) {
    List<Token> words = Tokenizer.tokenize(text, "en");
    String sentence = f.text.substring(f.sentenceStart(position), f.sentenceEnd(position));
    String role = words.get(words.size() - 1).raw().toLowerCase(Locale.ROOT);
    if (QuoteExtractor.containsWords(sentence.toLowerCase(Locale.ROOT), role)) {
      return true;
    }
    for (int k = 1; k < words.size() - 1; k++) {
      Token w = words.get(k);
      if (w.capitalized() && QuoteExtractor.containsWords(sentence, w.raw())) {
        return true;
      }
    }
    return false;
  }
}
