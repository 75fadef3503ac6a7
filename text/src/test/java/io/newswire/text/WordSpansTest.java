package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WordSpansTest {
  @Test
  void readsTheWordBeforeAcrossSpacesWithAZwnjInside() {
    String d = "وزیر خارجه می‌گوید  که مذاکرات ادامه دارد";
    int at = d.indexOf("که");
    assertArrayEquals(new int[] {d.indexOf("می"), d.indexOf("می") + "می‌گوید".length()}, WordSpans.before(d, at));
    assertEquals("می‌گوید", WordSpans.wordBefore(d, at));
    assertEquals("خارجه", WordSpans.wordBefore(d, d.indexOf("می")));
    assertEquals("minister", WordSpans.wordBefore("the foreign minister said", "the foreign minister said".indexOf("said")));
  }

  @Test
  void readsTheWordAfterAsTheMirror() {
    String d = "قال   الوزير إن المحادثات مستمرة";
    assertArrayEquals(new int[] {6, 12}, WordSpans.after(d, 3));
    assertEquals("الوزير", WordSpans.wordAfter(d, 3));
    String fa = "سپاه پاسداران انقلاب";
    assertEquals("پاسداران", WordSpans.wordAfter(fa, 4));
    assertEquals("می‌رود", WordSpans.wordAfter("او می‌رود", 2));
  }

  @Test
  void findsNoWordAcrossPunctuationDigitsOrAGluedLetter() {
    String fa = "تهران، شیراز";
    assertNull(WordSpans.before(fa, fa.indexOf("شیراز")), "the comma sets the word apart");
    assertNull(WordSpans.after(fa, "تهران".length()), "the comma is glued to the name");
    String ar = "في 2024 قال";
    assertNull(WordSpans.wordBefore(ar, ar.indexOf("قال")), "a number is no word");
    assertNull(WordSpans.wordAfter(ar, 2));
    assertNull(WordSpans.before("بتهران", 1), "a clitic glued on: no space between");
    assertNull(WordSpans.after("الوزيرة قالت", 6), "inside a word");
  }

  @Test
  void findsNoWordAtTheFieldsEdges() {
    assertNull(WordSpans.before("قال", 0));
    assertNull(WordSpans.before("  قال", 2), "only spaces before");
    assertNull(WordSpans.after("قال", 3));
    assertNull(WordSpans.after("قال  ", 3), "only spaces after");
  }
}
