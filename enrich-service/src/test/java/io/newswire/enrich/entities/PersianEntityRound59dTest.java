package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 59 part E (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound59dTest {

  // PersianNameRecognizer.beforeRole: two words before a leader role, the second a listed given name (a father's name).

  @Test
  void twoWordsBeforeALeaderRoleWithAGivenNameSecondAreItsHolder() {
    List<Entity> es = run("fa", "عنوان", "انور ابراهیم نخست‌وزیر مالزی دیروز با همتای خود دیدار کرد.");
    assertTrue(typed(es, EntityType.PERSON, "انور ابراهیم"), all(es));
    es = run("fa", "عنوان", "ماهاتیر محمد نخست‌وزیر پیشین مالزی دیروز به تهران آمد.");
    assertTrue(typed(es, EntityType.PERSON, "ماهاتیر محمد"), all(es));
  }

  @Test
  void commonWordsBeforeALeaderRoleAreNoName() {
    List<Entity> es = run("fa", "عنوان", "سفر امروز نخست‌وزیر مالزی به تهران لغو شد.");
    assertFalse(typedContaining(es, EntityType.PERSON, "امروز"), all(es));
    assertFalse(typedContaining(es, EntityType.PERSON, "سفر"), all(es));
  }

  // PersianNameRecognizer.addPerson: a given name closing two words is a father's name; the first word is the short form.

  @Test
  void aFathersNameIsNotFoundAloneButTheOwnNameIs() {
    List<Entity> es = run("fa", "عنوان",
        "ماهاتیر محمد نخست‌وزیر پیشین مالزی دیروز به تهران آمد. او گفت نام محمد در کشورش بسیار رایج است. "
            + "به گفته ماهاتیر این سفر سه روز طول می‌کشد.");
    assertTrue(typed(es, EntityType.PERSON, "ماهاتیر محمد"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "محمد"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "ماهاتیر"), all(es));
  }
}
