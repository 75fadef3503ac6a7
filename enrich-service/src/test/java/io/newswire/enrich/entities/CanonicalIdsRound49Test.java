package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.RULES;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 49, canonical ids: one name, one id (our own sentences). */
class CanonicalIdsRound49Test {

  @Test
  void aFirmTheKbLacksHasOneIdWithOrWithoutItsLegalForm() {
    List<Entity> withForm = model("Bond issue",
        "Harrowgate Securities Inc is lead manager of a 100 mln dlr eurobond for a Danish utility, the bank said.",
        "The bond pays 7-1/2 pct.");
    List<Entity> without = model("Bond issue",
        "A 50 mln dlr bond for a Dutch insurer is led by Harrowgate Securities, the borrower said.",
        "The bond pays 8 pct.");
    Entity a = mentioned(withForm, "Harrowgate Securities Inc");
    Entity b = mentioned(without, "Harrowgate Securities");
    assertNotNull(a, all(withForm));
    assertNotNull(b, all(without));
    assertEquals("Harrowgate Securities", a.getName(), all(withForm));
    assertEquals(b.getId(), a.getId(), "one firm, one id: " + all(withForm) + " / " + all(without));
  }

  @Test
  void gonbadEKavusIsOneTownWrittenJoinedOrApart() {
    List<Entity> es = RULES.extract(fields("نشست شورای فرهنگ عمومی",
        "به گزارش خبرگزاری فارس از گنبد کاووس، روابط عمومی فرمانداری گنبدکاووس اعلام کرد "
            + "برنامه‌های هفته کتاب در مدارس شهرستان برگزار می‌شود."), "fa", null);
    Entity town = mentioned(es, "گنبد کاووس");
    assertNotNull(town, all(es));
    assertEquals("Gonbad-e Kavus", town.getName(), all(es));
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Gonbad-e Kavus Governorate")), all(es));
  }
}
