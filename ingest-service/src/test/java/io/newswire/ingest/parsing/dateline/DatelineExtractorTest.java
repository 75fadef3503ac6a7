package io.newswire.ingest.parsing.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineExtractorTest {
  private static DatelineMatch extract(String first) {
    return DatelineExtractor.extract(List.of(first), null);
  }

  @Test
  void spaVariants() {
    assertEquals("ينبع", extract("ينبع26 شوال 1436هـ الموافق 11 أغسطس 2015 م واس").dateline().getCity());
    DatelineMatch m = extract("طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس");
    assertEquals("طرابلس", m.dateline().getCity());
    assertEquals("2015-08-11", m.dateline().getDate());
    assertEquals("المدينة المنورة", extract("المدينة المنورة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس").dateline().getCity());
  }

  @Test
  void reutersVariants() {
    assertEquals("NEWARK", extract("NEWARK, N.J., MARCH 5 - The company said").dateline().getCity());
    assertEquals("ROCKVILLE", extract("ROCKVILLE, Md, - March 6 - Shr profit one ct").dateline().getCity());
    assertEquals("AMSTERDAM", extract("AMSTERDAM, 2 March - The Dutch Central Bank said").dateline().getCity());
    assertEquals("LONDON", extract("LONDON (Reuters) - Shares fell.").dateline().getCity());
    assertEquals("ALBANY", extract("ALBANY, N.Y., Marc 3 - KeyCorp said").dateline().getCity(), "misspelt month after an all-caps city");
    assertNull(extract("ALBANY, N.Y., Marc 3 - KeyCorp said").dateline().getDate());
  }

  @Test
  void ordinarySentencesAreNotDatelines() {
    assertNull(extract("The company said - in a statement - that it would grow."));
    assertNull(extract("قال الوزير إن الاجتماع سيعقد غدا."));
    assertNull(extract("He left."));
    assertNull(extract("England beat Fiji 26 - 16 in a tense match."), "a score is not a date");
  }

  @Test
  void persianAgencyNames() {
    DatelineMatch m = extract("تهران- ایرنا - رئیس جمهور امروز به استان سفر کرد.");
    assertEquals("تهران", m.dateline().getCity());
    assertEquals("IRNA", m.dateline().getAgency());
  }
}
