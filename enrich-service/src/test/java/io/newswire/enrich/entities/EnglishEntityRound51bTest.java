package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 51b (our own sentences): one id per club across scripts. Arabic and Persian copy's names of the round-51 KB
 * clubs link to the rows English copy gives; in football copy a club the rules typed a body, cue or not, takes the KB
 * club filed under its name (not in rugby copy).
 */
class EnglishEntityRound51bTest {

  private static Entity named(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  @Test
  void arabicAndPersianClubNamesTakeTheEnglishRowsIds() {
    List<Entity> ar = EntityExtractorTest.run("ar", "أستون فيلا يفوز على ستوك سيتي",
        "فاز أستون فيلا على ستوك سيتي بهدفين دون رد في المباراة التي جرت أمس ضمن الدوري الإنجليزي.");
    assertEquals("org:aston-villa-fc", named(ar, "أستون فيلا").getId(), ar.toString());
    assertEquals("org:stoke-fc", named(ar, "ستوك سيتي").getId(), ar.toString());
    List<Entity> fa = EntityExtractorTest.run("fa", "ساوتهمپتون ۲ - ۱ ساندرلند",
        "ساوتهمپتون در هفته دهم لیگ برتر انگلیس ساندرلند را شکست داد.");
    assertEquals("Southampton F.C.", named(fa, "ساوتهمپتون").getName(), fa.toString());
    assertEquals("Sunderland A.F.C.", named(fa, "ساندرلند").getName(), fa.toString());
  }

  /** EnglishClubs over one field where the model typed {@code name} a body the KB lacks (its cross-script id). */
  private static Mention retyped(String text, String name) {
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    int at = text.indexOf(name);
    List<Mention> in = List.of(new Mention(0, at, at + name.length(), "org:name:" + name.toLowerCase(java.util.Locale.ROOT),
        EntityType.ORGANIZATION, name, false));
    return EnglishClubs.retype(List.of(f), in, EntityExtractorTest.KB::get, Fixtures.sport(List.of(f))).get(0);
  }

  @Test
  void aClubTypedABodyInFootballCopyIsTheKbClub() {
    // no staff word, plural verb or score beside the name: the KB club filed under it all the same
    Mention m = retyped("BURNLEY make the short trip across Lancashire for the cup tie, their striker fit again.", "BURNLEY");
    assertEquals("org:burnley-fc", m.entityId());
    assertEquals("Burnley F.C.", m.name());
    // rugby copy: the town's side is no football club
    assertEquals("org:name:leicester",
        retyped("LEICESTER make the short trip to Northampton, their fly-half fit again for the cup tie.", "LEICESTER").entityId());
  }
}
