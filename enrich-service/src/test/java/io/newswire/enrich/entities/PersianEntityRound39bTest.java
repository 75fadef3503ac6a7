package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 39b (Persian persons): entities on sentences written for these tests. */
class PersianEntityRound39bTest {

  // PersianNameRecognizer.listedPersons: a list opened by a person and a comma names persons.

  @Test
  void namesOutsideTheListsInAListAfterAPersonArePersons() {
    List<Entity> es = run("fa", "عنوان",
        "مربی تیم گفت: خانم مریم احمدی، نگین طاهرخانی و سوگل پرستویی به اردوی تیم ملی دعوت شدند.");
    assertTrue(typed(es, EntityType.PERSON, "مریم احمدی"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "نگین طاهرخانی"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "سوگل پرستویی"), all(es));
  }

  @Test
  void aCommonPairInAListIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "در این نمایشگاه آثار علی رضایی، مجموعه آثار و مدرسه دارالفنون معرفی شد.");
    assertFalse(typed(es, EntityType.PERSON, "مجموعه آثار"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "مدرسه دارالفنون"), all(es));
  }

  @Test
  void aRankBeforeAListedNameStaysOut() {
    List<Entity> es = run("fa", "عنوان",
        "علمایی چون علی رضایی، مجتهد برازجانی و دیگران در این قیام نقش داشتند.");
    assertFalse(typed(es, EntityType.PERSON, "مجتهد برازجانی"), all(es));
  }

  @Test
  void noListWithoutACommaAfterThePerson() {
    List<Entity> es = run("fa", "عنوان",
        "علی رضایی و همسر گرامی او به مشهد سفر کردند.");
    assertFalse(typed(es, EntityType.PERSON, "همسر گرامی"), all(es));
  }
}
