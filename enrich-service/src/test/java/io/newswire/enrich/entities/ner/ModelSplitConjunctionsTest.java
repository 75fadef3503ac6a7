package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.FieldText;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 42b (our own sentences): a rule's organisation run across "and" is cut where the statistical
 * model reads a name on each side; firms and bodies named after two partners or fields stay whole whatever it reads.
 */
class ModelSplitConjunctionsTest {

  private static List<FieldText> field(String text) {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
  }

  private static Candidate run(String d, String text) {
    int at = d.indexOf(text);
    return new Candidate(0, at, at + text.length(), EntityType.ORGANIZATION, 0.8, false);
  }

  /** The model's names: every given text, with its type. */
  private static ModelSplitConjunctions.Spans model(String d, Object... textThenType) {
    ModelSplitConjunctions.Spans s = new ModelSplitConjunctions.Spans();
    for (int i = 0; i < textThenType.length; i += 2) {
      String t = (String) textThenType[i];
      int at = d.indexOf(t);
      s.add(d, 0, at, at + t.length(), (EntityType) textThenType[i + 1]);
    }
    return s;
  }

  private static List<String> texts(String d, List<Candidate> cs) {
    return cs.stream().map(c -> d.substring(c.start(), c.end()) + "/" + c.type()).toList();
  }

  @Test
  void twoFirmsTheModelReadsApartAreTwo() {
    String d = "Sales fell at Corvane and Halden Motors last year, while Ann Pell and Radio Kestrel backed the show.";
    List<Candidate> cs = new ArrayList<>(List.of(run(d, "Corvane and Halden Motors"), run(d, "Ann Pell and Radio Kestrel")));
    ModelSplitConjunctions.cut(field(d), cs, model(d, "Corvane", EntityType.PLACE, "Halden Motors", EntityType.ORGANIZATION,
        "Ann Pell", EntityType.PERSON, "Radio Kestrel", EntityType.ORGANIZATION));
    assertEquals(List.of("Corvane/ORGANIZATION", "Halden Motors/ORGANIZATION", "Ann Pell/PERSON",
        "Radio Kestrel/ORGANIZATION"), texts(d, cs));
  }

  @Test
  void oneSideOnlyOrNoModelNamesLeaveTheRunWhole() {
    String d = "Shares in Tessel and Brande Foods rose.";
    List<Candidate> cs = new ArrayList<>(List.of(run(d, "Tessel and Brande Foods")));
    List<Candidate> before = List.copyOf(cs);
    ModelSplitConjunctions.cut(field(d), cs, model(d, "Brande Foods", EntityType.ORGANIZATION));
    assertEquals(before, cs);
  }

  @Test
  void partnersAndFieldsStayWhole() {
    assertTrue(oneName("Marlow and Pike Inc"));
    assertTrue(oneName("Kestrel Power and Light Co"));
    assertTrue(oneName("Harwick Travel and Leisure Council"));
    assertTrue(oneName("Tessel and Co"));
    assertTrue(oneName("Marlow and Sons"));
    assertTrue(oneName("Office for Roads and Bridges"));
    assertTrue(oneName("Pell and Pell"));
    assertFalse(oneName("Corvane and Halden Motors"));
    assertFalse(oneName("Bank of Dene and Bank of Kestrel"));
  }

  /** oneName of a whole text that is the run, "and" found in it. */
  private static boolean oneName(String run) {
    int at = run.indexOf(" and ");
    return ModelSplitConjunctions.oneName(run, 0, at, at + " and ".length(), run.length());
  }
}
