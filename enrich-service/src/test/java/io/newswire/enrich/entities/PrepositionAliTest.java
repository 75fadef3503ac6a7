package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** على (alef maqsura) + a definite word is the preposition and its object, not a man named Ali. Sentences written for these tests. */
class PrepositionAliTest {
  private static List<FieldText> fields(String text) {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
  }

  private static Mention mention(String d, String text, int from, String id, EntityType type) {
    int at = d.indexOf(text, from);
    return new Mention(0, at, at + text.length(), id, type, "x", false);
  }

  private static List<String> texts(String d, List<Mention> ms) {
    return ms.stream().map(m -> d.substring(m.start(), m.end())).toList();
  }

  @Test
  void thePrepositionsPhraseAndItsBareRepeatsGoTheGivenNameStays() {
    String d = "وقال الوزير إن على الأطراف المعنية احترام الاتفاق، وإن الأطراف ستجتمع غدا في القاهرة مع علي حسن.";
    String repeat = "الأطراف";
    List<Mention> in = List.of(mention(d, "على الأطراف", 0, "person:a", EntityType.PERSON),
        mention(d, repeat, d.indexOf("وإن"), "person:a", EntityType.PERSON),
        mention(d, "القاهرة", 0, "place:cairo", EntityType.PLACE),
        mention(d, "علي حسن", 0, "person:b", EntityType.PERSON));
    assertEquals(List.of("القاهرة", "علي حسن"), texts(d, PrepositionAli.drop(fields(d), in)));
  }

  @Test
  void aPersonWithAnotherLongerNameKeepsItsRepeats() {
    String d = "وقال سالم الشمري إن على الشمري أن يحضر، وأكد الشمري ذلك.";
    List<Mention> in = List.of(mention(d, "سالم الشمري", 0, "person:s", EntityType.PERSON),
        mention(d, "على الشمري", 0, "person:s", EntityType.PERSON),
        mention(d, "الشمري", d.indexOf("وأكد"), "person:s", EntityType.PERSON));
    assertEquals(List.of("سالم الشمري", "الشمري"), texts(d, PrepositionAli.drop(fields(d), in)),
        "only the phrase itself goes");
  }

  @Test
  void nothingToDropGivesTheSameList() {
    String d = "وصل علي حسن إلى القاهرة.";
    List<Mention> in = List.of(mention(d, "علي حسن", 0, "person:b", EntityType.PERSON));
    assertSame(in, PrepositionAli.drop(fields(d), in));
  }
}
