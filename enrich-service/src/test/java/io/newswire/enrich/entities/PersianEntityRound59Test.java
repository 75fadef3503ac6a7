package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 59, Persian persons: entities on sentences written for these tests. */
class PersianEntityRound59Test {

  // MarkedPersonNames: the marks bound a person's name the recognizer found in part.

  @Test
  void aLongNameInMarksIsTakenWhole() {
    List<Entity> es = run("fa", "عنوان",
        "در بخش دوم مسابقه «لیلی عبدالامیر الساعدی» از عراق و «مریم کاظمی» از ایران داوری می‌کنند.");
    assertTrue(typed(es, EntityType.PERSON, "لیلی عبدالامیر الساعدی"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "لیلی عبدالامیر"), all(es));
  }

  @Test
  void aForeignNameInMarksKeepsItsLastWord() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته خبرنگاران، «ژان برتراند موریسو» وارد پایتخت شد و با مقامات دیدار کرد.");
    assertTrue(typed(es, EntityType.PERSON, "ژان برتراند موریسو"), all(es));
  }

  @Test
  void aTitleInsideTheMarksStaysOutside() {
    List<Entity> es = run("fa", "عنوان",
        "مراسم بزرگداشت «سردار شهید حسن نوروزی» در مسجد محله برگزار شد.");
    assertFalse(anyMentionHolds(es, "سردار"), all(es));
  }

  @Test
  void marksHoldingAParticleAreNoNamesBounds() {
    List<Entity> es = run("fa", "عنوان",
        "کتاب «محمد رضایی و دوستان» در نمایشگاه رونمایی شد و محمد رضایی نیز حضور داشت.");
    assertFalse(typedContaining(es, EntityType.PERSON, "دوستان"), all(es));
  }

  // given-names-fa.txt, round 59: Harry and Nidal open a name before a surname.

  @Test
  void harryOpensAForeignName() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرنگاران، هری ماگوایر پس از تمرین با هواداران تیم دیدار کرد.");
    assertTrue(typed(es, EntityType.PERSON, "هری ماگوایر"), all(es));
  }

  @Test
  void nidalOpensAnArabicName() {
    List<Entity> es = run("fa", "عنوان",
        "در این نشست نضال یوسف معاون وزیر کشاورزی اردن نیز حضور داشت.");
    assertTrue(typedContaining(es, EntityType.PERSON, "نضال یوسف"), all(es));
  }
}
