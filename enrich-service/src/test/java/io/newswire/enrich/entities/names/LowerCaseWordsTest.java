package io.newswire.enrich.entities.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.FieldText;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
  private static LowerCaseWords of(String... texts) {
    List<FieldText> fields = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      fields.add(new FieldText(i, i == 0 ? "headline" : "body", FieldAnalysis.of(texts[i]), 0));
    }
    return new LowerCaseWords(fields);
  }

  @Test
  void aWordWrittenWholeInLowerCaseInAnyField() {
    LowerCaseWords w = of("Harbour Lights open", "Lanterns were lit along the harbour, and the lanterns swayed.");
    assertTrue(w.contains("harbour"));
    assertTrue(w.contains("lanterns"));
    assertTrue(w.contains("open")); // the headline counts too
  }

  @Test
  void onlyWholeRunsOfLettersThatOpenInLowerCase() {
    LowerCaseWords w = of("Ferries sailed at dawn; tea-rooms opened. Harbourmaster Quill waved.");
    assertFalse(w.contains("ferries")); // written only with a capital
    assertFalse(w.contains("harbour")); // only inside a longer word
    assertFalse(w.contains("sail")); // a prefix of "sailed"
    assertTrue(w.contains("rooms")); // a run after the hyphen
    assertFalse(w.contains("tea-rooms")); // no run of letters holds a hyphen
    assertFalse(w.contains("Dawn")); // asked with a capital
    assertFalse(w.contains(""));
  }

  @Test
  void aLaterWholeOccurrenceAfterOneInsideAWord() {
    assertTrue(of("The seashore and the shore").contains("shore"));
  }
}
