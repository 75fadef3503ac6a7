package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 40b (Persian persons, second part): entities on sentences written for these tests. */
class PersianEntityRound40pbTest {

  // PersianNameRecognizer: ابن with its alef links a name as بن does, and never ends one.

  @Test
  void ibnWithItsAlefLinksTheFathersName() {
    List<Entity> es = run("fa", "عنوان",
        "استاد در این درس از جعفر ابن یحیی به عنوان یک دانشمند بزرگ یاد کرد.");
    assertTrue(typed(es, EntityType.PERSON, "جعفر ابن یحیی"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "جعفر ابن"), all(es));
  }

  // fa-cues.txt [role-after]: ناظر (supervisor) is a role after a name, no surname.

  @Test
  void nazerAfterAGivenNameIsARoleNotASurname() {
    List<Entity> es = run("fa", "عنوان",
        "در این جلسه نوید ناظر اجرایی طرح نیز حضور داشت.");
    assertFalse(typed(es, EntityType.PERSON, "نوید ناظر"), all(es));
  }

  // NamedAfterPersons: a given name after a mosque, street or base noun names the place, not a person.

  @Test
  void aGivenNameAfterAMosqueOrABaseIsThePlacesName() {
    List<Entity> es = run("fa", "عنوان",
        "نمازگزاران در مسجد جعفر طیار گرد آمدند و نیروها در قرارگاه حمزه سیدالشهدا مستقر شدند.");
    assertFalse(typed(es, EntityType.PERSON, "جعفر طیار"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "حمزه سیدالشهدا"), all(es));
  }

  @Test
  void aGivenNameAfterAnEventStillOpensAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "در این رویداد ورزشی سعید کاظمیان مقام نخست را به دست آورد.");
    assertTrue(typed(es, EntityType.PERSON, "سعید کاظمیان"), all(es));
  }
}
