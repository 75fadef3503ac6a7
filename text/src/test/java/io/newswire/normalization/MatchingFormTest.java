package io.newswire.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.text.StringSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MatchingFormTest {
  @Test
  void foldsArabicAlefHamzaTehMarbutaAndAlefMaksura() {
    assertEquals(MatchingForm.key("إيران"), MatchingForm.key("ايران"));
    assertEquals(MatchingForm.key("أمير"), MatchingForm.key("امير"));
    assertEquals(MatchingForm.key("مدينة"), MatchingForm.key("مدينه"));
    assertEquals(MatchingForm.key("مصطفى"), MatchingForm.key("مصطفي"));
  }

  @Test
  void foldsPersianYehAndKafToArabic() {
    assertEquals(MatchingForm.key("ایران"), MatchingForm.key("ايران"));
    assertEquals(MatchingForm.key("کشور"), MatchingForm.key("كشور"));
  }

  @Test
  void removesDiacriticsAndTatweelButMapsBack() {
    String display = "في مَدِيـنَةِ دمشق";
    MatchingForm m = MatchingForm.of(display);
    assertEquals("في مدينه دمشق", m.text());
    int start = m.text().indexOf("دمشق");
    assertEquals(display.indexOf("دمشق"), m.displayIndex(start));
    assertEquals(display.length(), m.displayEnd(start + 4));
    int word = m.text().indexOf("مدينه");
    // The span ends after the final kasra the matching form dropped.
    assertEquals(display.indexOf(" دمشق"), m.displayEnd(word + 5));
  }

  @Test
  void digitsToAscii() {
    assertEquals("2026", MatchingForm.key("٢٠٢٦"));
    assertEquals("1404", MatchingForm.key("۱۴۰۴"));
  }

  @Test
  void lowercasesLatinAndCollapsesSpaces() {
    MatchingForm m = MatchingForm.of("  The  Hague ");
    assertEquals("the hague", m.text());
    assertEquals(7, m.displayIndex(4));
  }

  @Test
  void zeroWidthNonJoinerBecomesSpace() {
    assertEquals("رييس جمهور", MatchingForm.key("رئیس‌جمهور").replace('ئ', 'ي'));
  }

  @Test
  void keysFoldedIntoOneReusedBufferStayApart() {
    char[] scratch = new char[6];
    String first = MatchingForm.key("أحمد", scratch);
    String second = MatchingForm.key("Doha", scratch);
    String longer = MatchingForm.key("الرئاسة", scratch); // longer than the buffer: folds into its own
    assertEquals(MatchingForm.key("أحمد"), first); // not overwritten by the later keys
    assertEquals("احمد", first);
    assertEquals("doha", second);
    assertEquals(MatchingForm.key("الرئاسة"), longer);
    String plain = "doha";
    org.junit.jupiter.api.Assertions.assertSame(plain, MatchingForm.key(plain, scratch));
  }

  @Test
  void aSpansKeyIsTheKeyOfItsSubstring() {
    String line = "  قال  الرئيس أحمد   بن علي ، Mr  Smith said  ";
    for (int start = 0; start <= line.length(); start++) {
      for (int end = start; end <= line.length(); end++) {
        assertEquals(MatchingForm.key(line.substring(start, end)), MatchingForm.key(line, start, end), start + ".." + end);
      }
    }
  }

  @Test
  void keyInFindsTheFoldedKeyOfARangeWithoutCuttingIt() {
    StringSet words = StringSet.of("مدينه", "امير المؤمنين", "دار الكتب", "new york", "");
    String d = "  قال أميرُ   المؤمنين في مَدِيـنَةِ New  York ودار\u200cالكتب ";
    assertTrue(MatchingForm.keyIn(words, d, d.indexOf("أمير"), d.indexOf(" في")));
    assertTrue(MatchingForm.keyIn(words, d, d.indexOf("مَد"), d.indexOf(" New")));
    assertTrue(MatchingForm.keyIn(words, d, d.indexOf("مَد") - 1, d.indexOf(" New") + 1)); // spaces at either end fold away
    assertTrue(MatchingForm.keyIn(words, d, d.indexOf("New"), d.indexOf(" ودار")));
    assertTrue(MatchingForm.keyIn(words, d, d.indexOf("دار"), d.length()));
    assertTrue(MatchingForm.keyIn(words, d, 0, 2)); // only spaces: the empty key
    assertFalse(MatchingForm.keyIn(words, d, d.indexOf("أمير"), d.indexOf("   ")));
    assertFalse(MatchingForm.keyIn(words, d, d.indexOf("New"), d.indexOf("York") + 2));
    assertFalse(MatchingForm.keyIn(words, d, d.indexOf("قال"), d.indexOf(" أمير")));
  }

  @Test
  void keyInAnswersAsTheKeyOfTheRangeDoesForEveryRange() {
    String d = " وزيرُ الخارجيّة\u0640 في  إيران، Foreign Minister  ی\u200cک; ١٢ ";
    Set<String> keys = new HashSet<>();
    for (int a = 0; a <= d.length(); a++) {
      for (int b = a; b <= d.length(); b += 3) {
        keys.add(MatchingForm.key(d, a, b));
      }
    }
    StringSet words = StringSet.copyOf(keys);
    Set<String> plain = Set.copyOf(keys);
    for (int a = 0; a <= d.length(); a++) {
      for (int b = a; b <= d.length(); b++) {
        boolean expected = keys.contains(MatchingForm.key(d, a, b));
        assertEquals(expected, MatchingForm.keyIn(words, d, a, b), a + "-" + b);
        assertEquals(expected, MatchingForm.keyIn(plain, d, a, b), a + "-" + b);
      }
    }
  }
}
