package io.newswire.enrich.quotes;

import java.util.List;

/**
 * The Persian contrast 'this while' opening a sentence (این در حالی است که X … گفت, اين در حاليست كه …): the
 * sentence turns to someone new, named after it. The connector is no part of the subject, and its این is no
 * demonstrative standing for the speaker before.
 */
final class PersianContrastOpening {
  private PersianContrastOpening() {}

  /** The connector's spellings as folded tokens: در حالی است, در حالیست, درحالی است, each then که. */
  private static final String[][] FORMS = {
      folded("این", "در", "حالی", "است", "که"),
      folded("این", "در", "حالیست", "که"),
      folded("این", "درحالی", "است", "که")};

  private static String[] folded(String... words) {
    String[] out = new String[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = MatchForm.fold(words[k], "fa");
    }
    return out;
  }

  /**
   * The token after the connector opening at {@code i} when a subject follows it before the cue at
   * {@code cueFirst}; else {@code i}. A second که before the cue (… قرار دارد که می‌گوید: a relative clause) or a
   * relay (X به نقل از Y گفت) leaves the window as it was: there the words after the connector name no plain
   * subject.
   */
  static int subjectStart(FieldView f, int i, int cueFirst) {
    List<Token> toks = f.tokens;
    if (!"fa".equals(f.lang()) || i >= cueFirst || !toks.get(i).form().equals(FORMS[0][0])) {
      return i;
    }
    for (String[] form : FORMS) {
      int j = i + form.length;
      if (j >= cueFirst || !matches(toks, i, form)) {
        continue;
      }
      for (int k = j; k < cueFirst; k++) {
        String w = toks.get(k).form();
        if (w.equals(FORMS[0][4]) || w.equals(RELAY)) {
          return i;
        }
      }
      return j;
    }
    return i;
  }

  /** نقل in به نقل از: the subject relays someone else's words. */
  private static final String RELAY = MatchForm.fold("نقل", "fa");

  private static boolean matches(List<Token> toks, int i, String[] form) {
    for (int k = 0; k < form.length; k++) {
      if (!toks.get(i + k).form().equals(form[k])) {
        return false;
      }
    }
    return true;
  }
}
