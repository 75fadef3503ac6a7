package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 48b (issue 13): a KB person's surname alias (~Blair) is another bearer's after another given name or a title
 * and a name, and after Mrs/Ms when the dispatch names another bearer. Sentences written for these tests.
 */
class SurnameBearersTest {
  private static final KbEntity PM = new KbEntity("person:pm", EntityType.PERSON, "Tony Blair",
      List.of(new KbAlias("Tony Blair", "en", AliasStrength.STRONG), new KbAlias("Blair", "en", AliasStrength.PARTIAL)),
      Map.of());

  /** Whether the n-th "Blair" of the paragraphs (counted over all of them, in order) is another bearer's. */
  private static boolean another(int n, String... paragraphs) {
    return another(false, n, paragraphs);
  }

  /** As {@link #another(int, String...)}, {@code named}: whether the dispatch names the KB person in full. */
  private static boolean another(boolean named, int n, String... paragraphs) {
    List<FieldText> fields = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      fields.add(new FieldText(i, "paragraphs[" + i + "]", FieldAnalysis.of(paragraphs[i]), 0));
    }
    int seen = 0;
    for (String p : paragraphs) {
      for (int s = p.indexOf("Blair"); s >= 0; s = p.indexOf("Blair", s + 1)) {
        if (seen++ == n) {
          return SurnameBearers.another(fields, p, s, s + 5, PM, named);
        }
      }
    }
    throw new IllegalArgumentException("no such Blair");
  }

  @Test
  void anotherGivenNameOrATitledNameMakesAnotherBearer() {
    assertTrue(another(0, "Cherie Blair opened the new wing of the hospital on Tuesday."));
    assertTrue(another(0, "Sir Ian Blair said his officers had acted within the law."));
    assertTrue(another(0, "The award went to Lady Harriet Blair of the county museum."));
  }

  @Test
  void theKbPersonsOwnNameAndMrStayHis() {
    assertFalse(another(0, "Mr Blair told MPs the plan would go ahead."));
    assertFalse(another(0, "Labour voters backed Blair in the end."));
  }

  @Test
  void mrsIsAnotherBearerOnlyWhenTheDispatchNamesOne() {
    assertTrue(another(1, "Cherie Blair spoke at the dinner.", "Aides said Mrs Blair had written the speech herself."));
    assertFalse(another(0, "Aides said Mrs Blair had written the speech herself."));
  }

  @Test
  void mrIsAnotherBearerWhenTheDispatchNamesOneAndNotTheKbPersonInFull() {
    String[] text = {"The score is by Dennis Blair, who wrote two revues.", "The rights came after Mr Blair's first hit."};
    assertTrue(another(false, 1, text));
    assertFalse(another(true, 1, text));
    assertFalse(another(false, 0, "The rights came after Mr Blair's first hit."));
  }
}
