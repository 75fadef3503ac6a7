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
    assertEquals("تبوك", extract("تبوك4 رجب 1437هـ الموافق 11 أبريل 2016 م واس").dateline().getCity());
    DatelineMatch m = extract("بيروت 4 رجب 1437ه لموافق 11 ابريل 2016م .واس");
    assertEquals("بيروت", m.dateline().getCity());
    assertEquals("2016-04-11", m.dateline().getDate());
    assertEquals("المدينة المنورة", extract("المدينة المنورة 3 رجب 1437هـ الموافق 10 أبريل 2016م واس").dateline().getCity());
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
