package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 40b (our own sentences): an organisation or place run holding one "and" between two names that
 * each end in their own head word is two names; a body named after its fields, a firm named after its partners and a
 * run with a one-word side stay whole.
 */
class ConjoinedBodiesTest {

  private static Candidate candidate(List<FieldText> fields, String text, EntityType type) {
    int at = fields.get(1).display().indexOf(text);
    return new Candidate(1, at, at + text.length(), type, 0.8, false);
  }

  private static List<String> texts(List<FieldText> fields, List<Candidate> cs) {
    String d = fields.get(1).display();
    return cs.stream().map(c -> d.substring(c.start(), c.end()) + "/" + c.type()).toList();
  }

  @Test
  void twoHeadedNamesJoinedByAndAreTwo() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Councils merge",
        "Grafton County and Merrow County merged in 1932, and staff at the Kestrel Centre and Harwick Hospital were told."));
    List<Candidate> cs = new ArrayList<>(List.of(
        candidate(fields, "Grafton County and Merrow County", EntityType.PLACE),
        candidate(fields, "Kestrel Centre and Harwick Hospital", EntityType.ORGANIZATION)));
    ConjoinedBodies.cut(fields, cs);
    assertEquals(List.of("Grafton County/PLACE", "Merrow County/PLACE", "Kestrel Centre/ORGANIZATION",
        "Harwick Hospital/ORGANIZATION"), texts(fields, cs));
  }

  @Test
  void twoFirmsWithLegalFormsAreTwo() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Share offer",
        "The underwriters are Pelham Ward Inc and Corvane Securities Ltd, the company said."));
    List<Candidate> cs = new ArrayList<>(List.of(
        candidate(fields, "Pelham Ward Inc and Corvane Securities Ltd", EntityType.ORGANIZATION)));
    ConjoinedBodies.cut(fields, cs);
    assertEquals(List.of("Pelham Ward Inc/ORGANIZATION", "Corvane Securities Ltd/ORGANIZATION"), texts(fields, cs));
  }

  @Test
  void oneNameWithAnAndStaysWhole() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Lenders",
        "Harwick Savings and Loan Association, Pelham Exhibition and Conference Centre, Marlow Pike and Co, "
            + "Tessel Plc and NV, Corvane and Harwick Airlines, Dene Bank of Kestrel and the Harwick Savings and Loan Bank."));
    List<Candidate> cs = new ArrayList<>(List.of(
        candidate(fields, "Harwick Savings and Loan Association", EntityType.ORGANIZATION),
        candidate(fields, "Pelham Exhibition and Conference Centre", EntityType.PLACE),
        candidate(fields, "Marlow Pike and Co", EntityType.ORGANIZATION),
        candidate(fields, "Tessel Plc and NV", EntityType.ORGANIZATION),
        candidate(fields, "Corvane and Harwick Airlines", EntityType.ORGANIZATION),
        candidate(fields, "Dene Bank of Kestrel and the Harwick Savings and Loan Bank", EntityType.ORGANIZATION)));
    List<Candidate> before = List.copyOf(cs);
    ConjoinedBodies.cut(fields, cs);
    assertEquals(before, cs);
  }

  @Test
  void personsAreLeftToTheirOwnRule() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Visit",
        "Anton Weller Group and Edith Marsh County visited."));
    List<Candidate> cs = new ArrayList<>(List.of(
        candidate(fields, "Anton Weller Group and Edith Marsh County", EntityType.PERSON)));
    List<Candidate> before = List.copyOf(cs);
    ConjoinedBodies.cut(fields, cs);
    assertEquals(before, cs);
  }
}
