package io.newswire.enrich.entities.ner;

import io.newswire.normalization.MatchingForm;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sentences of tokens the way ANERcorp is tokenized: on whitespace, with punctuation as tokens of its
 * own, and attached clitics left on the word; char offsets kept. The tokenization itself is the shared
 * {@link FieldAnalysis}; this is its typed view for the recognizers, built once per field.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /**
   * A token, its display char span and its {@link MatchingForm#key}: several recognizers look tokens up by key, so it
   * is folded once, with the token.
   */
  public record Token(String text, int start, int end, String key) {
    public Token(String text, int start, int end) {
      this(text, start, end, MatchingForm.key(text));
    }
  }

  /** The sentences of an analysed field, built once per field and shared (unmodifiable). */
  public static final FieldAnalysis.Key<List<List<Token>>> SENTENCES = FieldAnalysis.key(Tokenizer::build);

  public static List<List<Token>> sentences(FieldAnalysis analysis) {
    return analysis.derived(SENTENCES);
  }

  /**
   * The {@link MatchingForm#key} of every token of {@link #sentences(FieldAnalysis)}, one array per sentence, built
   * once per field: several recognizers look tokens up by key. Shared, so read only, never written into.
   */
  public static final FieldAnalysis.Key<List<String[]>> KEYS = FieldAnalysis.key(Tokenizer::buildKeys);

  public static List<String[]> keys(FieldAnalysis analysis) {
    return analysis.derived(KEYS);
  }

  public static List<List<Token>> sentences(String text) {
    return build(FieldAnalysis.of(text));
  }

  private static List<List<Token>> build(FieldAnalysis a) {
    int n = a.sentenceCount();
    List<List<Token>> out = new ArrayList<>(n);
    char[] scratch = new char[32]; // the keys' fold buffer, shared by the field's tokens (a longer one makes its own)
    for (int s = 0; s < n; s++) {
      int from = a.sentenceFirstToken(s);
      int to = a.sentenceEndToken(s);
      Token[] tokens = new Token[to - from];
      for (int t = from; t < to; t++) {
        int start = a.tokenStart(t);
        int end = a.tokenEnd(t);
        String text = a.tokenText(t);
        tokens[t - from] = new Token(text, start, end, MatchingForm.key(text, scratch));
      }
      out.add(List.of(tokens));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<String[]> buildKeys(FieldAnalysis a) {
    List<List<Token>> sentences = sentences(a);
    List<String[]> out = new ArrayList<>(sentences.size());
    for (List<Token> s : sentences) {
      String[] keys = new String[s.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = s.get(i).key();
      }
      out.add(keys);
    }
    return Collections.unmodifiableList(out);
  }

  public static String[] texts(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).text();
    }
    return out;
  }
}
