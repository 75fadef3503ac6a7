package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 40 (Persian persons): entities on sentences written for these tests. */
class PersianEntityRound40pTest {

  // entities/given-names-fa.txt, round 40: more common Iranian given names open a name before a surname.

  @Test
  void aWomansGivenNameOfTheRound40ListOpensHerName() {
    List<Entity> es = run("fa", "عنوان",
        "در این مسابقات جمیله کاظمیان مقام نخست را به دست آورد.");
    assertTrue(typed(es, EntityType.PERSON, "جمیله کاظمیان"), all(es));
  }

  @Test
  void aMansGivenNameOfTheRound40ListOpensHisNameAndHisSurnameRepeats() {
    List<Entity> es = run("fa", "عنوان",
        "زکریا بهرامی‌فر امروز به تهران رفت. بهرامی‌فر فردا بازمی‌گردد.");
    assertTrue(typed(es, EntityType.PERSON, "زکریا بهرامی‌فر"), all(es));
  }

  @Test
  void aGivenNameThatIsAWordTooIsLeftOffTheList() {
    List<Entity> es = run("fa", "عنوان",
        "این قیام‌ها الهام گرفته از انقلاب اسلامی است و ایمان مردم را نشان می‌دهد.");
    assertFalse(typed(es, EntityType.PERSON, "الهام گرفته"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "ایمان مردم"), all(es));
  }

  // fa-cues.txt [stop], round 40: the reflexive pronoun with a person suffix is no surname.

  @Test
  void aReflexivePronounAfterAGivenNameIsNoSurname() {
    List<Entity> es = run("fa", "عنوان",
        "سخنان فرمانده که تمام می‌شود علیرضا خودش را به ما می‌رساند و از جبهه می‌گوید.");
    assertFalse(typed(es, EntityType.PERSON, "علیرضا خودش"), all(es));
  }
}
