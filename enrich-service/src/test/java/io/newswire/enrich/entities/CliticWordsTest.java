package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.normalization.MatchingForm;
import org.junit.jupiter.api.Test;

class CliticWordsTest {
  private static String key(String word) {
    return MatchingForm.key(word);
  }

  @Test
  void aWordIsFoundAloneAndBehindAGluedConjunctionOrPreposition() {
    CliticWords words = new CliticWords(MatchingForm.keys("الفنان", "قال", "وزير", "في"));
    assertEquals(key("الفنان"), words.word(key("الفنان")));
    assertEquals(key("الفنان"), words.word(key("والفنان")));
    assertEquals(key("الفنان"), words.word(key("بالفنان")));
    assertEquals(key("الفنان"), words.word(key("للفنان"))); // ل + الفنان, the article's alef dropped
    assertEquals(key("قال"), words.word(key("وقال")));
    assertEquals(key("قال"), words.word(key("فقال")));
    assertEquals(key("وزير"), words.word(key("ووزير")));
    assertNull(words.word(key("وفي"))); // three letters: too short to be read as و + في
    assertNull(words.word(key("الفنانة")));
    assertNull(words.word(key("كقال"))); // ك is not one of the glued words
  }

  @Test
  void aListedWordIsItselfBeforeAClitic() {
    CliticWords words = new CliticWords(MatchingForm.keys("لبنان", "بنان", "لجنة", "اللجنة"));
    assertEquals(key("لبنان"), words.word(key("لبنان")));
    assertEquals(key("لجنة"), words.word(key("للجنة"))); // ل + لجنة before ل + (ا)للجنة
  }
}
