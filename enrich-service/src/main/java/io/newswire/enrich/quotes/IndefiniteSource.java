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
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, "en");
    int n = words.size();
    if (n < 2 || n > MAX_WORDS) {
      return false;
    }
    String first = words.get(0).form().toLowerCase(Locale.ROOT);
    return (first.equals("a") || first.equals("an")) && lexicon.match(words, n - 1, CueKind.ROLE) != null;
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
