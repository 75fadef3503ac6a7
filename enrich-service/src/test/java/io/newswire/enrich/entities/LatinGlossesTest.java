package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LatinGlosses#add} on mentions made by hand: what the gloss takes, drops and renames. */
class LatinGlossesTest {
  private static final String TEXT = "كتب المؤرخ مارك بلوك Marc Bloch عن المجتمع الإقطاعي، وقال بلوك إن الريف تغير";

  private static List<FieldText> fields() {
    return List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(TEXT), 0));
  }

  private static Mention at(String words, int from, String id, EntityType type, String name) {
    int s = TEXT.indexOf(words, from);
    return new Mention(0, s, s + words.length(), id, type, name, false);
  }

  @Test
  void theGlossIsTheArabicNamesSecondMentionAndNamesEveryMentionOfIt() {
    Mention arabic = at("مارك بلوك", 0, "per:ar-bloch", EntityType.PERSON, "Mark Bluk");
    Mention piece = at("Marc Bloch", 0, "per:en-bloch", EntityType.PERSON, "Marc Bloch");
    Mention repeat = at("بلوك", TEXT.indexOf("وقال"), "per:ar-bloch", EntityType.PERSON, "Mark Bluk");
    List<Mention> out = LatinGlosses.add(fields(), List.of(repeat, piece, arabic), id -> false);
    assertEquals(List.of(
        at("مارك بلوك", 0, "per:ar-bloch", EntityType.PERSON, "Marc Bloch"),
        at("Marc Bloch", 0, "per:ar-bloch", EntityType.PERSON, "Marc Bloch"),
        at("بلوك", TEXT.indexOf("وقال"), "per:ar-bloch", EntityType.PERSON, "Marc Bloch")), out);
  }

  @Test
  void aKnowledgeBaseEntityKeepsItsName() {
    Mention arabic = at("مارك بلوك", 0, "per:bloch", EntityType.PERSON, "Marc Léopold Bloch");
    List<Mention> out = LatinGlosses.add(fields(), List.of(arabic), id -> true);
    assertEquals(List.of(arabic, at("Marc Bloch", 0, "per:bloch", EntityType.PERSON, "Marc Léopold Bloch")), out);
  }

  @Test
  void twoNamesEndingAlikeGiveTheRunToTheLaterOneAndTheEarlierKeepsItsNewName() {
    Mention person = at("مارك بلوك", 0, "per:ar-bloch", EntityType.PERSON, "Mark Bluk");
    Mention body = at("بلوك", 0, "org:bluk", EntityType.ORGANIZATION, "Bluk");
    Mention piece = at("Marc Bloch", 0, "org:bluk", EntityType.ORGANIZATION, "Bluk");
    List<Mention> out = LatinGlosses.add(fields(), List.of(person, body, piece), id -> false);
    assertEquals(List.of(
        at("مارك بلوك", 0, "per:ar-bloch", EntityType.PERSON, "Marc Bloch"),
        at("بلوك", 0, "org:bluk", EntityType.ORGANIZATION, "Marc Bloch"),
        at("Marc Bloch", 0, "org:bluk", EntityType.ORGANIZATION, "Marc Bloch")), out);
  }

  @Test
  void aRunTheEntityHoldsAlreadyOrALongerNameHoldsChangesNothing() {
    Mention arabic = at("مارك بلوك", 0, "per:ar-bloch", EntityType.PERSON, "Mark Bluk");
    List<Mention> same = List.of(arabic, at("Marc Bloch", 0, "per:ar-bloch", EntityType.PERSON, "Mark Bluk"));
    assertSame(same, LatinGlosses.add(fields(), same, id -> false));
    List<Mention> longer = List.of(arabic, at("Marc Bloch عن", 0, "org:x", EntityType.ORGANIZATION, "X"));
    assertSame(longer, LatinGlosses.add(fields(), longer, id -> false));
  }
}
