package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The speaker's words cut without a regex are the words {@code strip().split("\\s+")} gave. */
class PronounsWordsTest {
  @Test
  void wordsAreTheRegexSplitsWords() {
    String[] texts = {"the firm", "  The report \t of\nthe  inquiry ", "Analysts", "a\u2003b", "x\u000By\fz\r",
        "\u2003 the council \u3000", "Mr.  Grassley and Mr. Leahy", "وی", "a\u001Cb c"};
    for (String t : texts) {
      assertArrayEquals(t.strip().split("\\s+"), Pronouns.wordsOf(new SpeakerRef(null, null, t)), t);
      assertArrayEquals(t.strip().split("\\s+"), Pronouns.wordsOf(new SpeakerRef(null, t, "he")), t);
    }
    assertArrayEquals(new String[0], Pronouns.wordsOf(new SpeakerRef(null, null, " \t ")));
    assertArrayEquals(new String[0], Pronouns.wordsOf(new SpeakerRef("Q1", null, "the firm")));
  }
}
