package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 50c (Arabic persons): the particle opening a clause is no part of the name after it. Sentences written for these tests. */
class ArabicEntityRound50cTest {
  private static List<FieldText> fields(String text) {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0));
  }

  private static Mention person(String d, String text) {
    int at = d.indexOf(text);
    return new Mention(0, at, at + text.length(), "person:name:x", EntityType.PERSON, "x", false);
  }

  @Test
  void aClauseParticleIsCutFromTheFrontOfAName() {
    String d = "وبحسب مصادر أمنية فإن الخطيب غادر البلاد، وأكد المحققون أن الخطيب لم يكن وحده.";
    List<FieldText> fs = fields(d);
    List<Mention> out = ParticleOpenedPersons.trim(fs, List.of(person(d, "فإن الخطيب"), person(d, "أن الخطيب")), id -> false);
    assertEquals("الخطيب", d.substring(out.get(0).start(), out.get(0).end()), out.toString());
    assertEquals("الخطيب", d.substring(out.get(1).start(), out.get(1).end()), out.toString());
  }

  @Test
  void aDutchVanIsNoParticle() {
    String d = "وقال المدرب لويس فان غال إن فريقه لعب جيدا.";
    List<Mention> names = List.of(person(d, "فان غال"));
    assertSame(names, ParticleOpenedPersons.trim(fields(d), names, id -> false));
  }
}
