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
    assertArrayEquals(new int[] {5, 13}, WordSpans.after("سپاه پاسداران انقلاب", 4));
    assertArrayEquals(new int[] {3, 9}, WordSpans.after("او می‌رود", 2), "می‌رود, its ZWNJ inside");
  }

  @Test
  void findsNoWordAcrossPunctuationDigitsOrAGluedLetter() {
    String fa = "تهران، شیراز";
    assertNull(WordSpans.before(fa, fa.indexOf("شیراز")), "the comma sets the word apart");
    assertNull(WordSpans.after(fa, "تهران".length()), "the comma is glued to the name");
    String ar = "في 2024 قال";
    assertNull(WordSpans.wordBefore(ar, ar.indexOf("قال")), "a number is no word");
    assertNull(WordSpans.after(ar, 2));
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

  @Test
  void readsTheRunOneSpaceBeforeOfTheCharsNamed() {
    String d = "talks in West Germany";
    int at = d.indexOf("Germany");
    assertArrayEquals(new int[] {d.indexOf("West"), d.indexOf("West") + 4}, WordSpans.beforeSpace(d, at, Character::isLetter));
    assertArrayEquals(new int[] {6, 8}, WordSpans.beforeSpace(d, d.indexOf("West"), Character::isLowerCase), "in");
    String yt = "on YouTube channels";
    int[] tail = WordSpans.beforeSpace(yt, yt.indexOf("channels"), Character::isLowerCase);
    assertEquals("ube", yt.substring(tail[0], tail[1]), "only the lower-case run: what precedes it is the caller's to judge");
  }

  @Test
  void readsTheRunBeforeOnlyAcrossExactlyOneSpace() {
    assertNull(WordSpans.beforeSpace("West  Germany", 6, Character::isLetter), "two spaces");
    assertNull(WordSpans.beforeSpace("West,Germany", 5, Character::isLetter), "a comma");
    assertNull(WordSpans.beforeSpace("1990 Germany", 5, Character::isLetter), "digits are not letters");
    assertNull(WordSpans.beforeSpace(" Germany", 1, Character::isLetter), "the field's start");
    assertNull(WordSpans.beforeSpace("Germany", 0, Character::isLetter));
  }

  @Test
  void readsTheRunOneSpaceAfter() {
    String ar = "محمد بن سلمان";
    int[] w = WordSpans.afterSpace(ar, 4, Character::isLetter);
    assertEquals("بن", ar.substring(w[0], w[1]));
    int[] zwnj = WordSpans.afterSpace("علی می‌رود", 3, Character::isLetter);
    assertArrayEquals(new int[] {4, 6}, zwnj, "a ZWNJ is no letter: the run ends before it");
    String en = "Germany Telecom 1990";
    assertEquals("Telecom", en.substring(8, WordSpans.afterSpace(en, 7, Character::isLetter)[1]));
    assertNull(WordSpans.afterSpace(en, 15, Character::isLetter), "digits are not letters");
    assertNull(WordSpans.afterSpace("Germany  Telecom", 7, Character::isLetter), "two spaces");
    assertNull(WordSpans.afterSpace("Germany ", 7, Character::isLetter), "the field's end after the space");
    assertNull(WordSpans.afterSpace("Germany", 7, Character::isLetter), "the field's end");
  }

  @Test
  void readsARunGluedOnOrAcrossTheGapNamed() {
    assertArrayEquals(new int[] {0, 3}, WordSpans.runBefore("شهرگلستان", 3, WordSpans.SPACE, Character::isLetter), "glued on");
    String count = "33 مرکز دانشگاهی";
    assertArrayEquals(new int[] {0, 2}, WordSpans.runBefore(count, 3, WordSpans.SPACE, Character::isLetterOrDigit));
    assertArrayEquals(new int[] {2, 2}, WordSpans.runBefore(count, 3, WordSpans.SPACE, Character::isLetter), "empty: digits");
    String zwnj = "صدا‌و‌سیمای جمهوری اسلامی";
    int[] w = WordSpans.runBefore(zwnj, zwnj.indexOf("جمهوری"), c -> c == ' ' || c == '\u200c', Character::isLetter);
    assertEquals("سیمای", zwnj.substring(w[0], w[1]), "a ZWNJ is no letter: the run is the compound's last part");
    String club = "بزرگ‌ترین باشگاه";
    assertArrayEquals(new int[] {0, 9}, WordSpans.runBefore(club, 10, WordSpans.SPACE, WordSpans.WORD), "the compound whole");
    String mark = "تهران، شیراز";
    assertArrayEquals(new int[] {6, 6}, WordSpans.runBefore(mark, 7, WordSpans.SPACE, Character::isLetter), "a comma");
    assertArrayEquals(new int[] {0, 0}, WordSpans.runBefore("قال", 0, WordSpans.SPACE, Character::isLetter));
  }

  @Test
  void readsTheRunAfterAsTheMirror() {
    String d = "گلستان  سعدی، the book";
    assertArrayEquals(new int[] {8, 12}, WordSpans.runAfter(d, 6, WordSpans.SPACE, Character::isLetter));
    assertArrayEquals(new int[] {12, 12}, WordSpans.runAfter(d, 12, WordSpans.SPACE, Character::isLetter), "a comma");
    assertArrayEquals(new int[] {14, 17}, WordSpans.runAfter(d, 13, WordSpans.SPACE, Character::isLetter));
    assertArrayEquals(new int[] {0, 6}, WordSpans.runAfter(d, 0, WordSpans.SPACE, Character::isLetter), "no gap to skip");
    assertArrayEquals(new int[] {22, 22}, WordSpans.runAfter(d, 22, WordSpans.SPACE, Character::isLetter), "the field's end");
  }

  @Test
  void walksAFieldWordByWordOverMarksDigitsAndSpaces() {
    String d = "«تیم استقلال»، 3 بازی‌ها!";
    java.util.List<String> words = new java.util.ArrayList<>();
    for (int[] w = WordSpans.next(d, 0, WordSpans.WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], WordSpans.WORD)) {
      words.add(d.substring(w[0], w[1]));
    }
    assertEquals(java.util.List.of("تیم", "استقلال", "بازی‌ها"), words, "a ZWNJ inside the word, the rest skipped");
    assertArrayEquals(new int[] {1, 4}, WordSpans.next(d, 1, WordSpans.WORD), "a word starting where the walk stands");
    assertArrayEquals(new int[] {5, 12}, WordSpans.next(d, 4, WordSpans.WORD), "the space before it skipped");
    assertArrayEquals(new int[] {d.length(), d.length()}, WordSpans.next(d, d.length() - 1, WordSpans.WORD), "none left");
    assertArrayEquals(new int[] {0, 0}, WordSpans.next("", 0, WordSpans.WORD), "an empty field");
  }
}
