package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 22 (our own sentences): a place right before a currency or a capitalised event word only qualifies
 * it (the US dollar, the Qatar Open) and is no mention; the initials of an economic measure (GDP) name no body; a firm whose
 * name ends in 's keeps it once the article uses the name on its own.
 */
class EnglishEntityRound22Test {

  @Test
  void aPlaceBeforeACurrencyOrAnEventIsNoMention() {
    assertTrue(EnglishNameRecognizer.currencyOrEventWord("dollar"));
    assertTrue(EnglishNameRecognizer.currencyOrEventWord("Dlrs"));
    assertTrue(EnglishNameRecognizer.currencyOrEventWord("Open"));
    assertFalse(EnglishNameRecognizer.currencyOrEventWord("open"), "a lower-case event word: the UK open to offers");
    assertFalse(EnglishNameRecognizer.currencyOrEventWord("OPEN"), "a capitals headline's verb");
    assertFalse(EnglishNameRecognizer.currencyOrEventWord("festival"));
    assertTrue(ShapeNotNames.beforeNoEntityTail("the US dollar fell", 6));
    assertTrue(ShapeNotNames.beforeNoEntityTail("won the US Open in", 10));
    assertFalse(ShapeNotNames.beforeNoEntityTail("the US dollar-based", 2));
    assertFalse(ShapeNotNames.beforeNoEntityTail("in the US, dollar", 9), "a comma between them");
    List<Entity> es = model("Exporters worried",
        "Exporters in Canada said the strength of the US dollar against the Canadian dollar had cut their orders.",
        "A textile maker in Kenya owes 40 million US dollars to three banks, officials in Nairobi said.",
        "Sales at the Vienna festival were lower, its organisers said.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "US"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Canada"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Nairobi"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Vienna"), all(es) + ": a lower-case event word leaves the place");
  }

  @Test
  void aPlaceInsideAnEventsNameIsNoMentionButBeforeALowerCaseWordItIs() {
    List<Entity> es = model("Seeds fall early",
        "Our champion went out to a qualifier at the Qatar Open, seven days after her title win in India.",
        "She said the US open market for coaches was hard to enter.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "Qatar"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "India"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "US"), all(es));
  }

  @Test
  void theInitialsOfAMeasureNameNoBody() {
    List<Entity> es = model("Growth slows",
        "Figures from the statistics office showed GDP grew 0.4% in the quarter, while CPI inflation stayed at 2%.",
        "Economists at Barclays said GDP would pick up in the spring.");
    assertEquals(0, es.stream().filter(e -> e.getName().equals("GDP") || e.getName().equals("CPI")).count(), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Barclays"), all(es));
  }

  @Test
  void aFirmsNameEndingInPossessiveKeepsIt() {
    assertTrue(PossessiveFirms.possessiveAt("Kellow's said", 6));
    assertFalse(PossessiveFirms.possessiveAt("Kellow'sville", 6));
    FieldText f = field("Kellow's Inc said its sales rose. Kellow's, a chain of shoe shops, has 40 stores.");
    assertTrue(PossessiveFirms.usedAsName(List.of(f), "Kellow"));
    assertTrue(PossessiveFirms.usedAsName(List.of(field("Shares rose after Kellow's said sales were up.")), "Kellow"));
    assertFalse(PossessiveFirms.usedAsName(List.of(field("Ford's chief said the Ford's plant would close.")), "Ford"),
        "a possessive before a noun is no evidence");
  }

  @Test
  void aFirmNamedWithItsPossessiveIsFoundWhole() {
    List<Entity> es = model("Shoe sales up",
        "Shares in the shoe chain Kellow's Inc rose after it said sales were up 8%.",
        "Kellow's, which has 40 stores, said Kellow's new range had sold well.");
    assertEquals(0, es.stream().filter(e -> e.getName().equals("Kellow")).count(), all(es));
  }

  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
  }
}
