package io.newswire.enrich.quotes;

import java.util.List;

/**
 * 'our correspondent' (the broadcaster's own reporter, 'said our correspondent', 'our correspondent added') is the
 * correspondent the story named before ('BBC labour affairs correspondent Stephen Cape said …', 'speaking to the
 * BBC's defence correspondent Paul Adams'): the person mention right after the word 'correspondent', the last one
 * before the cue. Null when the story named none, so an unnamed correspondent stays as written.
 */
final class EnglishCorrespondents {
  private EnglishCorrespondents() {}

  /** Whether the speaker's words are 'our correspondent' with at most one word between ('our political correspondent'). */
  static boolean ours(String text) {
    List<Token> words = Tokenizer.tokenize(text, "en");
    return (words.size() == 2 || words.size() == 3) && words.get(0).form().equals("our")
        && words.get(words.size() - 1).form().equals("correspondent");
  }

  /** The person named right after 'correspondent' last before {@code position} of field {@code fieldIndex}. */
  static SpeakerRef named(List<FieldView> views, int fieldIndex, int position) {
    MentionRef found = null;
    for (int v = 0; v <= fieldIndex; v++) {
      FieldView f = views.get(v);
      List<Token> toks = f.tokens;
      for (int k = 0; k + 1 < toks.size(); k++) {
        if (v == fieldIndex && toks.get(k + 1).start() >= position) {
          break;
        }
        if (!toks.get(k).form().equals("correspondent") || f.insideQuote(toks.get(k))) {
          continue;
        }
        MentionRef m = f.mentionAt(toks.get(k + 1));
        if (m != null && m.person() && m.start() == toks.get(k + 1).start()
            && f.text.substring(toks.get(k).end(), m.start()).strip().matches(",?")) {
          found = m;
        }
      }
    }
    return found == null ? null : SpeakerRef.of(found, found.text());
  }
}
