package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 56, second part (our own sentences): a team sheet with one or two clubs in brackets is still a
 * sheet, its bracketed names clubs (three make a squad list); "(captain)" and "van der" read as on a sheet; the BBC's news
 * divisions give the broadcaster; a bare "Radio 4" is BBC Radio 4.
 */
class EnglishEntityRound56bTest {

  @Test
  void aSheetWithOneClubInBracketsIsStillASheet() {
    String d = "T Pellow; R Hallam, B Oaten, D Quarry, C Dunmore; J Kettle, M Trask; P Ashby (Carrow Rovers).";
    List<int[]> players = LineUps.sheet(d);
    assertNotNull(players);
    assertEquals(8, players.size());
    int[] last = players.get(7);
    assertEquals("P Ashby", d.substring(last[0], last[1]), "the player without his club");
    assertNotNull(LineUps.sheet("S Marden (captain); J van der Holt, A Lusk, D Penge, R Orme, K Tully."),
        "(captain) marks the captain, van der opens a name");
    assertNull(LineUps.sheet("Pellow (Rovers), Hill (Wexford), Bridge (Carlow), Oaten, Lusk, Ashby, Quarry."),
        "three clubs make a squad list, the clubs' pass reads it");
    assertNull(LineUps.sheet("Pellow, Hill, Bridge, Oaten, Lusk (a late call), Ashby, Quarry."),
        "a bracket of lower-case words is no club");
  }

  @Test
  void aSheetsBracketedClubIsAnOrganisation() {
    List<Entity> es = model("Ireland name side for Rome",
        "Ireland coach Eddie Halloran has named his side for Saturday's rugby international against Italy.",
        "T Pellow; R Hallam, B Oaten, D Quarry, C Dunmore; J Kettle, M Trask; P Ashby (Carrow Rovers).");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "P Ashby"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Carrow Rovers"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "T Pellow"), all(es));
  }

  @Test
  void theBbcsNewsDivisionsGiveTheBroadcaster() {
    List<Entity> es = model("Shop prices fall",
        "Prices fell again in March, the retailers' body told BBC News on Tuesday.",
        "Its chief executive Ann Morley told Radio 4 that the fall would not last.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "BBC"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "BBC News"), all(es));
    Entity radio = es.stream().filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals("Radio 4")))
        .findFirst().orElse(null);
    assertNotNull(radio, all(es));
    assertEquals("BBC Radio 4", radio.getName());
  }

  @Test
  void onlyADivisionIsCutToTheBroadcaster() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Channel launches",
        "BBC Worldwide sold the series, BBC News Online said."));
    String d = fields.get(1).display();
    int worldwide = d.indexOf("BBC Worldwide");
    int online = d.indexOf("BBC News Online");
    List<Mention> out = NumberedStations.join(fields, List.of(
        new Mention(1, worldwide, worldwide + 13, "org:bbc", EntityType.ORGANIZATION, "BBC", false),
        new Mention(1, online, online + 15, "org:bbc", EntityType.ORGANIZATION, "BBC", false)));
    assertEquals(worldwide + 13, out.get(0).end(), "another BBC body keeps its span");
    assertEquals(online + 3, out.get(1).end(), "the news site gives the broadcaster");
    assertEquals("org:bbc", out.get(1).entityId());
  }
}
