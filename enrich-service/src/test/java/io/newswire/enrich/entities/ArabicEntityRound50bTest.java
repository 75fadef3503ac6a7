package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 50b (Arabic persons): a circumstantial accusative after a name (مذنبا، زعيما، خارجا) is no part of it.
 * Sentences written for these tests.
 */
class ArabicEntityRound50bTest {
  /** The accusative is read into the name by the statistical model, so the test runs with the shipped model. */
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  private static boolean runsInto(List<Entity> es, String word) {
    return es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().contains(word)));
  }

  @Test
  void anAccusativeAfterANameIsNoPartOfIt() {
    List<Entity> es = WITH_MODEL.extract(fields("محاكم",
        "وبعد ثلاثة أيام من المداولات وجدت هيئة المحلفين ويلسون مذنبا في جميع التهم الموجهة إليه."), "ar");
    assertTrue(typed(es, EntityType.PERSON, "ويلسون"), all(es));
    assertFalse(runsInto(es, "مذنبا"), all(es));
    es = WITH_MODEL.extract(fields("حركات", "وأعلنت الحركة تعيين الملا حمدان زعيما جديدا لها بعد وفاة مؤسسها."), "ar");
    assertTrue(typed(es, EntityType.PERSON, "حمدان"), all(es));
    assertFalse(runsInto(es, "زعيما"), all(es));
  }

  @Test
  void theShapesOfTheAccusative() {
    assertTrue(CircumstantialTails.accusativeAfter("ويلسون", "مذنبا"));
    assertTrue(CircumstantialTails.accusativeAfter("بك", "معتذرا"));
    assertTrue(CircumstantialTails.accusativeAfter("حمدان", "زعيما"));
    assertTrue(CircumstantialTails.accusativeAfter("سامي", "خارجا"));
    // a foreign surname of the فاعل shape after a given name the lists lack, and surnames that spell their vowels
    assertFalse(CircumstantialTails.accusativeAfter("روبن", "شارما"));
    assertFalse(CircumstantialTails.accusativeAfter("نيلسون", "مانديلا"));
    assertFalse(CircumstantialTails.accusativeAfter("توني", "سانابريا"));
  }
}
