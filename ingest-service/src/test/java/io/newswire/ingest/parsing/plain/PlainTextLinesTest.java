package io.newswire.ingest.parsing.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PlainTextLinesTest {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

  @Test
  void splitsAnArabicDispatchAtEveryKindOfLineBreak() {
    String text = "عاجل: زيارة رسمية\r\n* أبرز ما جاء\r\rطهران-مهر:- قال الوزير\u2028Second line\u0085\n";
    assertEquals(List.of("عاجل: زيارة رسمية", "* أبرز ما جاء", "", "طهران-مهر:- قال الوزير", "Second line", "", ""),
        PlainTextParser.lines(text));
    assertEquals(List.of(""), PlainTextParser.lines(""));
  }

  /** The loop gives what the regex split gave, empty lines and the trailing empty line included. */
  @Property(tries = 500)
  void agreesWithTheRegexSplit(@ForAll @StringLength(max = 30) @Chars({'a', 'ب', ' ', '\r', '\n', '\u2028', '\u2029', '\u0085'}) String text) {
    assertEquals(Arrays.asList(LINE_BREAK.split(text, -1)), PlainTextParser.lines(text));
  }
}
