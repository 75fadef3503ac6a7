package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The title cues found by one lookup per token: a title's first word as it is, or with a conjunction or preposition
 * glued before it (والشيخ، بالشيخ), in one table since round 55. Sentences written for these tests.
 */
class CueRecognizerTest {
  private static CueRecognizer cues;

  @BeforeAll
  static void load() {
    cues = new CueRecognizer(KnowledgeBase.load((Path) null).titles());
  }

  private static List<String> persons(String language, String text) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
    List<String> out = new ArrayList<>();
    for (Candidate c : cues.recognize(fields, language)) {
      if (c.type() == EntityType.PERSON && c.cued()) {
        out.add(text.substring(c.start(), c.end()));
      }
    }
    return out;
  }

  @Test
  void aTitleAsItIsAndWithAGluedConjunctionCueTheSameName() {
    List<String> plain = persons("ar", "استقبل الشيخ خالد المنصوري الوفد في مكتبه.");
    List<String> glued = persons("ar", "حضر الوزراء والشيخ خالد المنصوري الاجتماع في مكتبه.");
    assertTrue(plain.stream().anyMatch(p -> p.startsWith("خالد")), plain.toString());
    assertEquals(plain, glued);
  }

  @Test
  void aTitleWithAGluedPrepositionCuesTheName() {
    List<String> plain = persons("ar", "استقبل الشيخ خالد المنصوري الوفد في مكتبه.");
    List<String> glued = persons("ar", "اتصل الوفد بالشيخ خالد المنصوري في مكتبه.");
    assertEquals(plain, glued);
  }

  @Test
  void aPersianTitleCuesTheName() {
    List<String> found = persons("fa", "آقای رضا کریمی در جلسه حاضر شد.");
    assertTrue(found.stream().anyMatch(p -> p.startsWith("رضا")), found.toString());
  }

  @Test
  void aWordThatIsNoTitleCuesNothing() {
    assertEquals(List.of(), persons("ar", "وخالد المنصوري في مكتبه منذ الصباح."));
  }
}
