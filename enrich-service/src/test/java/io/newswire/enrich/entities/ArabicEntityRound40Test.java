package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 40 (Arabic organisations): لمصلحة ("in favour of") is a preposition, not the head of an authority
 * (مصلحة الجمارك stays one); a head word before a word that ends in a possessive or object pronoun (وزارة
 * خارجيتها، مجلس إدارتها، حركة تتخللها) is the common noun, for a name holds no pronoun. Sentences written for these
 * tests. Round 40 (Arabic persons): a list of three or more names joined by و alone, with no comma (a match's
 * scorers), is a list of persons when two of its names already are ({@link ArabicPersonLists}).
 */
class ArabicEntityRound40Test {
  private static boolean organisation(List<Entity> es, String part) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  @Test
  void inFavourOfIsNoAuthority() {
    List<Entity> es = run("ar", "رياضة",
        "وخسر الفريق مباراته لمصلحة المنافس، وتنازل المرشح في اللحظة الأخيرة ولمصلحة الاستقرار.");
    assertFalse(organisation(es, "مصلحة"), all(es));
  }

  @Test
  void theCustomsAuthorityIsStillABody() {
    List<Entity> es = run("ar", "اقتصاد",
        "وأعلنت مصلحة الجمارك المصرية ارتفاع الإيرادات، فيما قالت مصلحة الضرائب إن التحصيل تحسن.");
    assertTrue(organisation(es, "مصلحة الجمارك") && organisation(es, "مصلحة الضرائب"), all(es));
  }

  @Test
  void aHeadBeforeAWordWithAPronounIsNoName() {
    List<Entity> es = run("ar", "سياسة",
        "ودعت الدولة عبر وزارة خارجيتها إلى التهدئة، واجتمع مجلس إدارتها أمس، وهي حركة تتخللها خلافات كثيرة.");
    assertFalse(organisation(es, "خارجيتها") || organisation(es, "إدارتها") || organisation(es, "تتخللها"), all(es));
  }

  @Test
  void shortTownNamesAndDefiniteWordsAreNotReadAsPronouns() {
    assertFalse(ArabicOrganisationRecognizer.pronounSuffixed("ابها"));
    assertFalse(ArabicOrganisationRecognizer.pronounSuffixed("الاتجاها"));
    assertTrue(ArabicOrganisationRecognizer.pronounSuffixed("خارجيتها"));
    assertTrue(ArabicOrganisationRecognizer.pronounSuffixed("حليفهم"));
  }

  @Test
  void aListJoinedByAndAloneIsAListOfPersons() {
    String body = "وسجل الأهداف سالم النمر ورامي قطان وسعيد حداد ومنى الخطيب.";
    assertEquals(List.of("سعيد حداد"), ArabicEntityRound38bTest.added(body, "سالم النمر", "رامي قطان", "منى الخطيب"));
  }

  @Test
  void twoJoinedNamesOrAJoinedClauseAreNoList() {
    assertEquals(List.of(), ArabicEntityRound38bTest.added("التقى سالم النمر ورامي قطان مساء أمس.", "سالم النمر"));
    String clause = "حضر سالم النمر ورامي قطان وسعيد يتحدث بهدوء ومنى الخطيب.";
    assertEquals(List.of(), ArabicEntityRound38bTest.added(clause, "سالم النمر", "رامي قطان"));
  }
}
