package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 15: the words an Arabic name never opens or closes with, which end a model chunk's claim to be one. */
class StatisticalRecognizerEdgesTest {
  @Test
  void particlesWithTheirPronounsPrepositionsAndConjunctionsAreNoNameEdges() {
    assertTrue(StatisticalRecognizer.functionWord("إنها")); // وقالت المنظمة إنها …
    assertTrue(StatisticalRecognizer.functionWord("أنه"));
    assertTrue(StatisticalRecognizer.functionWord("لكنهم"));
    assertTrue(StatisticalRecognizer.functionWord("في"));
    assertTrue(StatisticalRecognizer.functionWord("التي"));
  }

  @Test
  void nameWordsAreNot() {
    assertFalse(StatisticalRecognizer.functionWord("الهلال"));
    assertFalse(StatisticalRecognizer.functionWord("أنس")); // a given name that opens like أن
    assertFalse(StatisticalRecognizer.functionWord("عبد"));
  }
}
