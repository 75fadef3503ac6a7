package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * English round 39b (our own sentences): a body the dispatch names once by its initials alone takes the other bare uses
 * of those initials (AcronymRepeats), but not a ticker, a capitals line, initials inside a longer capitalised name, nor
 * initials the dispatch also writes before a thing's noun (a console, a format); a name right before a bare
 * "spokesman" is the body he speaks for (SpokesmanBodies), unless the article calls it Mr.
 */
class EnglishEntityRound39bTest {

  private static FieldText field(int index, String name, String text) {
    return new FieldText(index, name, FieldAnalysis.of(text), 0);
  }

  private static Mention body(int field, String text, String initials, String name) {
    int at = text.indexOf(initials);
    return new Mention(field, at, at + initials.length(), "org:name:x", EntityType.ORGANIZATION, name, false);
  }

  private static List<String> texts(List<FieldText> fields, List<Mention> ms) {
    return ms.stream().map(m -> m.field() + ":" + fields.get(m.field()).display().substring(m.start(), m.end())).toList();
  }

  @Test
  void bareInitialsRepeatTheBody() {
    String p0 = "Harlow Freight (HFL) said on Monday it would cut 300 jobs.";
    String p1 = "A spokesman said HFL will close two depots. Senior HFL managers met unions, and HFL shares fell.";
    List<FieldText> fields = List.of(field(0, "paragraphs[0]", p0), field(1, "paragraphs[1]", p1));
    List<Mention> found = List.of(body(0, p0, "HFL", "Harlow Freight"));
    List<Mention> out = AcronymRepeats.add(fields, found);
    assertEquals(List.of("0:HFL", "1:HFL", "1:HFL", "1:HFL"), texts(fields, out));
    assertTrue(out.stream().allMatch(m -> m.name().equals("Harlow Freight") && m.type() == EntityType.ORGANIZATION));
  }

  @Test
  void tickersCapitalsLinesAndLongerNamesAreLeft() {
    String h = "HFL <HFL> TO CUT JOBS";
    String p0 = "HFL said it would cut jobs at its HFL Logistics arm.";
    String p1 = "The union met HFL <HFL> officials; the Dorset HFL depot stays open.";
    List<FieldText> fields = List.of(field(0, "headline", h), field(1, "paragraphs[0]", p0), field(2, "paragraphs[1]", p1));
    List<Mention> found = List.of(body(1, p0, "HFL", "HFL"));
    List<Mention> out = AcronymRepeats.add(fields, found);
    // "met HFL <HFL>": the name before its ticker is a repeat; the ticker, the headline, "HFL Logistics" and
    // "Dorset HFL" are not
    assertEquals(List.of("1:HFL", "2:HFL"), texts(fields, out));
    assertEquals(p1.indexOf("HFL"), out.get(1).start());
  }

  @Test
  void initialsBeforeAThingsNounAreNoBody() {
    String p0 = "Kestrel unveiled the GXR on Monday.";
    String p1 = "The GXR console goes on sale in May; the GXR has two screens.";
    List<FieldText> fields = List.of(field(0, "paragraphs[0]", p0), field(1, "paragraphs[1]", p1));
    List<Mention> found = List.of(body(0, p0, "GXR", "GXR"));
    assertEquals(List.of("0:GXR"), texts(fields, AcronymRepeats.add(fields, found)));
  }

  @Test
  void aNameBeforeABareSpokesmanIsTheBody() {
    assertTrue(SpokesmanBodies.cued("said Harbrook Bet spokesman Tom Reed.", 5, 17));
    assertTrue(SpokesmanBodies.cued("a Corvella spokeswoman said", 2, 10));
    assertTrue(!SpokesmanBodies.cued("Mr Reed's spokesman said", 3, 7), "a possessive: the person's own spokesman");
    assertTrue(!SpokesmanBodies.cued("Tom Reed spokesmanship", 0, 8));
    String p0 = "Odds were cut, said Harbrook Bet spokesman Tom Reed.";
    String p1 = "Harbrook Bet took bets all week.";
    List<FieldText> fields = List.of(field(0, "paragraphs[0]", p0), field(1, "paragraphs[1]", p1));
    List<Mention> found = List.of(
        new Mention(0, p0.indexOf("Harbrook"), p0.indexOf(" spokesman"), "per:hb", EntityType.PERSON, "Harbrook Bet", false),
        new Mention(1, 0, 12, "per:hb", EntityType.PERSON, "Harbrook Bet", false),
        new Mention(0, p0.indexOf("Tom"), p0.length() - 1, "per:tr", EntityType.PERSON, "Tom Reed", false));
    List<Mention> out = SpokesmanBodies.retype(fields, found);
    assertEquals(3, out.size());
    assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    assertEquals(EntityType.ORGANIZATION, out.get(1).type());
    assertEquals(EntityType.PERSON, out.get(2).type(), "the spokesman himself stays a person");
    String p2 = "Mr Harbrook said so.";
    List<FieldText> withMr = List.of(fields.get(0), fields.get(1), field(2, "paragraphs[2]", p2));
    List<Mention> plusMr = new java.util.ArrayList<>(found);
    plusMr.add(new Mention(2, 3, 11, "per:hb", EntityType.PERSON, "Harbrook Bet", false));
    assertEquals(EntityType.PERSON, SpokesmanBodies.retype(withMr, plusMr).get(0).type(), "called Mr: a person");
  }
}
