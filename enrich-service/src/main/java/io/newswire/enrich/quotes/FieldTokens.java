package io.newswire.enrich.quotes;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A field's tokens (unmodifiable), with room for what {@link CueLexicon} found for each: the quote rules
 * ask the lexicon about the same token again and again (one kind at a time, rule after rule), and each
 * question hashed the token's form anew. With the answer kept per token, a field's form is looked up once.
 */
final class FieldTokens extends AbstractList<Token> implements RandomAccess {
  private final Token[] tokens;
  /** The field text the tokens index into. */
  private final String text;
  /** The look-ups of the first lexicon that asked (a field is read in one language); null before. */
  private CueMemo memo;

  FieldTokens(Token[] tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  String text() {
    return text;
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int size() {
    return tokens.length;
  }

  /**
   * Per token, the entries {@code lexicon} keeps under its form ({@code clitic}: under the form without its
   * first letter), null where not looked up yet; null altogether when another lexicon owns the memo (then
   * the caller looks up as before). Filled by {@link CueLexicon} only, with what its pure look-up returns,
   * so a thread that sees a slot still empty merely looks up again.
   */
  Object[] cueMemo(CueLexicon lexicon, boolean clitic) {
    CueMemo m = memo;
    if (m == null) {
      m = new CueMemo(lexicon, tokens.length);
      memo = m;
    }
    if (m.lexicon != lexicon) {
      return null;
    }
    if (!clitic) {
      return m.plain;
    }
    if (m.clitic == null) {
      m.clitic = new Object[tokens.length]; // only Arabic fields ask for the form without its و/ف
    }
    return m.clitic;
  }

  private static final class CueMemo {
    final CueLexicon lexicon;
    final Object[] plain;
    Object[] clitic;

    CueMemo(CueLexicon lexicon, int n) {
      this.lexicon = lexicon;
      this.plain = new Object[n];
    }
  }
}
