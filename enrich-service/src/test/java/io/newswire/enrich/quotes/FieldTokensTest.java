package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FieldTokens}: a field's tokens that keep the cue lexicon's look-up per token; same hits as a plain list. */
class FieldTokensTest {
  private static final CueKind[] KINDS = CueKind.values();

  @Test
  void isAnUnmodifiableListOfTheTokens() {
    List<Token> t = Tokenizer.tokenize("The minister said that talks ended.", "en");
    assertInstanceOf(FieldTokens.class, t);
    assertEquals(6, t.size());
    assertEquals("minister", t.get(1).form());
    assertEquals(List.copyOf(t), t);
    assertThrows(UnsupportedOperationException.class, () -> t.set(0, t.get(1)));
    assertThrows(UnsupportedOperationException.class, () -> t.add(t.get(1)));
    assertThrows(IndexOutOfBoundsException.class, () -> t.get(6));
  }

  @Test
  void everyKindAtEveryTokenMatchesAsOnAPlainList() {
    assertSameHits("en", "The minister has said, according to the agency, that Mr Smith left, and added that he would return.");
    assertSameHits("ar", "وقال الوزير إن المحادثات انتهت، وأضاف أن الوفد سيعود فقال المتحدث إنه لا تعليق");
    assertSameHits("fa", "وزیر امور خارجه گفت که مذاکرات ادامه دارد و افزود که هیئت بازمی‌گردد");
  }

  @Test
  void askedTwiceTheSameAnswerAlsoThroughAClitic() {
    CueLexicon ar = CueLexicon.forLanguage("ar");
    List<Token> t = Tokenizer.tokenize("وقال الوزير إن المحادثات انتهت", "ar");
    CueLexicon.Hit first = ar.match(t, 0, CueKind.VERB);
    assertEquals(new CueLexicon.Hit(CueKind.VERB, 0, 0), first);
    assertEquals(first, ar.match(t, 0, CueKind.VERB));
    assertNull(ar.match(t, 1, CueKind.VERB));
    assertNull(ar.match(t, 1, CueKind.VERB));
  }

  @Test
  void aSecondLexiconOnTheSameTokensLooksUpItsOwnEntries() {
    List<Token> t = Tokenizer.tokenize("The minister said that talks ended.", "en");
    CueLexicon en = CueLexicon.forLanguage("en");
    CueLexicon ar = CueLexicon.forLanguage("ar");
    assertNotNull(en.match(t, 2, CueKind.VERB));
    // The memo belongs to the English lexicon: the Arabic one has no "said" and must not read it.
    assertNull(ar.match(t, 2, CueKind.VERB));
    assertNotNull(t instanceof FieldTokens f ? f.cueMemo(en, false) : null);
    assertNull(((FieldTokens) t).cueMemo(ar, false));
  }

  private static void assertSameHits(String lang, String text) {
    CueLexicon lexicon = CueLexicon.forLanguage(lang);
    List<Token> memo = Tokenizer.tokenize(text, lang);
    List<Token> plain = new ArrayList<>(memo);
    int hits = 0;
    for (int round = 0; round < 2; round++) { // the second round reads the memo
      for (int i = 0; i < memo.size(); i++) {
        for (CueKind k : KINDS) {
          CueLexicon.Hit hit = lexicon.match(plain, i, k);
          assertEquals(hit, lexicon.match(memo, i, k), lang + " token " + i + " " + k);
          hits += hit == null ? 0 : 1;
        }
      }
    }
    assertTrue(hits >= 4, lang + ": the sentence has cues of several kinds, found " + hits / 2);
  }
}
