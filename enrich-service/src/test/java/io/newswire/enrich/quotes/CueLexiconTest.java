package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  private final CueLexicon en = CueLexicon.forLanguage("en");

  @Test
  void theLongestEntryOfTheAskedKindMatches() {
    List<Token> t = Tokenizer.tokenize("The minister has said, according to the agency, that Mr Smith left.", "en");
    // "has said" (two words) before "said"; "has" alone is no verb.
    assertEquals(new CueLexicon.Hit(CueKind.VERB, 2, 3), en.match(t, 2, CueKind.VERB));
    assertEquals(new CueLexicon.Hit(CueKind.VERB, 3, 3), en.match(t, 3, CueKind.VERB));
    assertEquals(new CueLexicon.Hit(CueKind.SOURCE, 4, 5), en.match(t, 4, CueKind.SOURCE));
    assertEquals(new CueLexicon.Hit(CueKind.HONORIFIC, 9, 9), en.match(t, 9, CueKind.HONORIFIC));
  }

  @Test
  void anotherKindsEntryDoesNotMatch() {
    List<Token> t = Tokenizer.tokenize("The minister has said, according to the agency, that Mr Smith left.", "en");
    assertNull(en.match(t, 4, CueKind.VERB));
    assertNull(en.match(t, 9, CueKind.SOURCE));
    assertNull(en.match(t, 1, CueKind.HONORIFIC));
    assertEquals(new CueLexicon.Hit(CueKind.SOURCE, 4, 5), en.matchAny(t, 4, CueKind.VERB, CueKind.SOURCE));
  }

  @Test
  void anArabicCueTakesAConjunctionClitic() {
    CueLexicon ar = CueLexicon.forLanguage("ar");
    List<Token> t = Tokenizer.tokenize("وقال الوزير إن المحادثات انتهت", "ar");
    assertEquals(new CueLexicon.Hit(CueKind.VERB, 0, 0), ar.match(t, 0, CueKind.VERB));
  }
}
