package io.newswire.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
