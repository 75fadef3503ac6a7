package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 54 (Arabic persons): a person joined by و to a found person. Sentences written for these tests. */
class JoinedPersonPairsTest {
  private static List<FieldText> fields(String text) {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
  }

  private static Mention person(String d, String text) {
    int at = d.indexOf(text);
    return new Mention(0, at, at + text.length(), "person:name:x", EntityType.PERSON, "x", false);
  }

  @Test
  void theGivenNameAfterTheGluedWawOpensASecondPerson() {
    String d = "وشارك في الشوط الثاني صالح العتيق وفيصل الدوسري بدلا من لاعبين مصابين.";
    List<Mention> out = JoinedPersonPairs.add(fields(d), List.of(person(d, "صالح العتيق")));
    assertEquals(2, out.size(), out.toString());
    assertEquals("فيصل الدوسري", d.substring(out.get(1).start(), out.get(1).end()), out.toString());
    assertEquals(EntityType.PERSON, out.get(1).type());
  }

  @Test
  void theSecondPersonIsSpeltAsAPerson() {
    // round 57: a person's spelling, the Gulf family name's diminutive (the place spelling gave no u-ai)
    String d = "وشارك في الشوط الثاني صالح العتيق وفيصل القحيطي بدلا من لاعبين مصابين.";
    List<Mention> out = JoinedPersonPairs.add(fields(d), List.of(person(d, "صالح العتيق")));
    assertEquals("Faisal al-Quhaiti", out.get(1).name(), out.toString());
  }

  @Test
  void aPrepositionAChainWordOrAFunctionWordOpensNoPerson() {
    String d1 = "وتحدث صالح العتيق وعلى الطاولة ملفات كثيرة.";
    List<Mention> n1 = List.of(person(d1, "صالح العتيق"));
    assertSame(n1, JoinedPersonPairs.add(fields(d1), n1));
    String d2 = "وحضر صالح العتيق وأحمد بن سالم الاجتماع.";
    List<Mention> n2 = List.of(person(d2, "صالح العتيق"));
    assertSame(n2, JoinedPersonPairs.add(fields(d2), n2));
    String d3 = "وحضر صالح العتيق ومحمد في الصباح.";
    List<Mention> n3 = List.of(person(d3, "صالح العتيق"));
    assertSame(n3, JoinedPersonPairs.add(fields(d3), n3));
  }
}
