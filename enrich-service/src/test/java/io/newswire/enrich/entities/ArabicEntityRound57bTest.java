package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 57, second part (Arabic places): the one-word items of a list between two places already found are places
 * ({@link ArabicPlaceLists}). Sentences written for these tests; the mentions given stand for what the tagger finds.
 */
class ArabicEntityRound57bTest {
  private static final RuleNameIds NO_KB = new RuleNameIds(Map.of());

  /** The places {@link ArabicPlaceLists#add} adds to the places {@code known} of {@code text}. */
  private static List<String> between(String text, String... known) {
    List<Mention> in = new ArrayList<>();
    for (String k : known) {
      int s = text.indexOf(k);
      in.add(new Mention(0, s, s + k.length(), "place:name:" + s, EntityType.PLACE, k, false));
    }
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    List<String> out = new ArrayList<>();
    for (Mention m : ArabicPlaceLists.add(List.of(f), in, NO_KB)) {
      if (!in.contains(m)) {
        assertEquals(EntityType.PLACE, m.type());
        out.add(text.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void wordsJoinedByWawBetweenTwoPlacesArePlaces() {
    String text = "وتنقل الوفد بين كوراني ودلتيس وماربوزا وسيلفان قبل أن يعود.";
    assertEquals(List.of("دلتيس", "ماربوزا"), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void commaItemsBetweenTwoPlacesArePlaces() {
    String text = "وتضم المجموعة: كوراني، ودلتيس، والماربوزا، وسيلفان.";
    assertEquals(List.of("دلتيس", "الماربوزا"), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void aDoubledWawKeepsTheNamesOwnWaw() {
    String text = "وامتدت العاصفة عبر كوراني ووايتلاند وسيلفان.";
    assertEquals(List.of("وايتلاند"), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void theClosingPlaceMayFollowAWawBeforeAlef() {
    String text = "وامتدت العاصفة عبر كوراني ودلتيس وايتلاند.";
    assertEquals(List.of("دلتيس"), between(text, "كوراني", "ايتلاند"));
  }

  @Test
  void aPlaceAfterAVerbClosesNoList() {
    // «كوراني وغادر سيلفان»: the closing place needs its و or comma too
    String text = "وصل الوفد إلى كوراني وغادر سيلفان أمس.";
    assertEquals(List.of(), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void aCommaWithoutWawJoinsNoItem() {
    // «حول كوراني، أعلنت سيلفان»: a comma alone may close a clause
    String text = "وبعد خلاف طويل حول كوراني، أعلنت سيلفان موافقتها.";
    assertEquals(List.of(), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void oneKnownPlaceIsNoList() {
    String text = "وتنقل الوفد بين كوراني ودلتيس وماربوزا ثم عاد إلى بلاده.";
    assertEquals(List.of(), between(text, "كوراني"));
  }

  @Test
  void twoWordsBetweenArePassedOver() {
    // «كوراني والوفد المرافق وسيلفان»: an item of two words is no bare name of a place
    String text = "وزار كوراني والوفد المرافق وسيلفان.";
    assertEquals(List.of(), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void twoPlacesSideBySideAddNothing() {
    String text = "وزار الوفد كوراني وسيلفان، ثم التقى وغيرها.";
    assertEquals(List.of(), between(text, "كوراني", "سيلفان"));
  }

  @Test
  void aWordAfterAPlaceWithoutWawIsNoItem() {
    String text = "وصل إلى كوراني أمس وسيلفان.";
    assertEquals(List.of(), between(text, "كوراني", "سيلفان"));
  }
}
