package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.PersianVerbForms;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 31 (Persian): entities on sentences written for these tests. */
class PersianEntityRound31Test {

  // A finite verb typed as one word ends a body's name and is no name word.

  @Test
  void negatedVerbEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "کارشناسان می‌گویند وزارت کشاورزی برای این طرح بودجه‌ای ندارد.");
    found(es, "وزارت کشاورزی", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "ندارد"), all(es));
  }

  @Test
  void compoundVerbAfterABodyStaysOut() {
    List<Entity> es = run("fa", "عنوان", "وی آموزش نیروهای پلیس آگاهی را از دلایل کاهش سرقت برشمرد و گفت: کار ادامه دارد.");
    found(es, "پلیس آگاهی", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "برشمرد"), all(es));
  }

  @Test
  void aVerbAfterAHeadMakesNoBody() {
    List<Entity> es = run("fa", "عنوان", "مربی تیم گفت که این بازیکن در تمرین امروز شرکت نکرد.");
    assertFalse(anyMentionHolds(es, "نکرد"), all(es));
  }

  @Test
  void verbFormsListHoldsFiniteFormsNotNameWords() {
    for (String verb : new String[] {"ندارد", "برشمرد", "بگوید", "بگیرید", "نکرد", "شوند", "میباشد", "نخواهد"}) {
      assertTrue(PersianVerbForms.contains(MatchingForm.key(verb)), verb);
    }
    // Kurd, Zand, a battle, a debt, a view, the speech verb after a subject, the future auxiliary: not in the list
    for (String word : new String[] {"کرد", "زند", "نبرد", "بدهی", "نمایی", "گفت", "خواهد", "داد"}) {
      assertFalse(PersianVerbForms.contains(MatchingForm.key(word)), word);
    }
  }

  // A word after استان that only the article gives, opening the predicate, is no province.

  @Test
  void wordAfterProvinceBeforeAVerbIsNoPlace() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس هیات شنای استان همدان گفت: بودجه ساخت استخر جدید در استان فراهم است و دبیر تازه هیات استان انتخاب شد.");
    assertFalse(anyMentionHolds(es, "فراهم"), all(es));
    assertFalse(anyMentionHolds(es, "انتخاب"), all(es));
  }

  @Test
  void wordAfterProvinceBeforeAndIsNoPlace() {
    List<Entity> es = run("fa", "عنوان", "مدیران استان تبریک و تهنیت خود را به مردم اعلام کردند.");
    assertFalse(anyMentionHolds(es, "تبریک"), all(es));
  }

  @Test
  void knownProvinceBeforeAVerbStays() {
    List<Entity> es = run("fa", "عنوان", "بیشترین بارش امسال در استان گیلان بود.");
    found(es, "گیلان", EntityType.PLACE);
  }

  @Test
  void foreignProvinceBeforeInStays() {
    List<Entity> es = run("fa", "عنوان", "نیروهای عراقی دیروز وارد شهرهای استان نینوا در شمال این کشور شدند.");
    assertTrue(anyMentionHolds(es, "نینوا"), all(es));
  }
}
