package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 25 (issue 13, Arabic entities): names written in Latin letters inside Arabic copy. Sentences written for
 * these tests.
 */
class ArabicEntityRound25Test {
  @Test
  void aLatinRunOpenedByAGivenNameIsAPersonInArabicCopy() {
    List<Entity> es = run("ar", "قائمة",
        "أفضل الأفلام القديمة: 1. The Long Road | Walter Greenhill (1962) 2. Night Train | Helen Marwick (1970)");
    Entity walter = mentioned(es, "Walter Greenhill");
    assertNotNull(walter, all(es));
    assertEquals(EntityType.PERSON, walter.getType(), all(es));
    Entity helen = mentioned(es, "Helen Marwick");
    assertNotNull(helen, all(es));
    assertEquals(EntityType.PERSON, helen.getType(), all(es));
  }

  @Test
  void aLatinRunWithNoGivenNameStaysUntyped() {
    List<Entity> es = run("ar", "تقنية",
        "أطلقت الشركة خدمة جديدة باسم Cloud Harbor Sync للمشتركين في الخليج.");
    Entity e = mentioned(es, "Cloud Harbor Sync");
    assertTrue(e == null || e.getType() != EntityType.PERSON, all(es));
  }

  @Test
  void aLatinGlossAfterAnArabicNameIsTheSameEntityNamedAsItIsWritten() {
    List<Entity> es = run("ar", "تاريخ",
        "وقال الدكتور جاك لوران Jacques Laurent إن المدن القديمة تتغير ببطء.");
    Entity e = mentioned(es, "Jacques Laurent");
    assertNotNull(e, all(es));
    assertEquals(EntityType.PERSON, e.getType(), all(es));
    assertEquals("Jacques Laurent", e.getName(), all(es));
    assertTrue(e.getMentions().stream().anyMatch(m -> m.getText().equals("جاك لوران")), all(es));
  }

  @Test
  void aPersonsGlossMustBeANameNotATitle() {
    // روبن شارما (The Monk …): a book's title after its author is no gloss of the person
    assertNull(glossOf("كتاب لمؤلفه سامر حداد (The Silent River) عن الصبر", "سامر حداد"));
    String d = "كتاب لمؤلفه سامر حداد (The Silent River)";
    int[] run = LatinGlosses.glossAfter(d, d.indexOf(" ("));
    assertNotNull(run);
    assertTrue(!LatinGlosses.personGloss(d, run[0], run[1]));
    String p = "المؤرخ جاك لوران (Jacques Laurent) قال";
    int[] q = LatinGlosses.glossAfter(p, p.indexOf(" ("));
    assertArrayEquals(new int[] {p.indexOf("Jacques"), p.indexOf(")")}, q);
    assertTrue(LatinGlosses.personGloss(p, q[0], q[1]));
  }

  @Test
  void aLinkWordIsAWholeWordAndMayEndTheField() {
    // "des" after "de" in the list of links: the longer word is the link (Banque des Etats …)
    String d = "مصرف دول أفريقيا الوسطى Banque des Etats Centrale قال";
    assertArrayEquals(new int[] {d.indexOf("Banque"), d.indexOf(" قال")}, LatinGlosses.glossAfter(d, d.indexOf(" Banque")));
    // a field that ends on a link word: the run stops before it, no index past the end
    String e = "بنك إنجلترا Bank of";
    assertArrayEquals(new int[] {e.indexOf("Bank"), e.indexOf(" of")}, LatinGlosses.glossAfter(e, e.indexOf(" Bank")));
  }

  @Test
  void aLatinWordGluedToArabicOrABracketLeftOpenIsNoGloss() {
    assertNull(LatinGlosses.glossAfter("شركة أوبرUber", 8));
    String d = "شركة أوبر (Uber وغيرها";
    assertNull(LatinGlosses.glossAfter(d, 9));
    String ok = "شركة «كلارينز» Clarins الفرنسية";
    int[] run = LatinGlosses.glossAfter(ok, ok.indexOf("»"));
    assertArrayEquals(new int[] {ok.indexOf("Clarins"), ok.indexOf("Clarins") + 7}, run);
    assertTrue(LatinGlosses.acronym("PYD"));
    assertTrue(!LatinGlosses.acronym("Clarins"));
  }

  private static int[] glossOf(String d, String arabic) {
    int e = d.indexOf(arabic) + arabic.length();
    int[] run = LatinGlosses.glossAfter(d, e);
    return run == null || !LatinGlosses.personGloss(d, run[0], run[1]) ? null : run;
  }
}
