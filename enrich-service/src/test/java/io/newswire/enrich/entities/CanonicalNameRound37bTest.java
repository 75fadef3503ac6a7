package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 37b: a Persian town's department named by its field and a town the knowledge base lacks, last and without
 * شهرستان, gets an English name with the town spelt as one. Sentences written for these tests, no pool text.
 */
class CanonicalNameRound37bTest {
  private static String noPlace(String w) {
    return null;
  }

  @Test
  void aTownsDepartmentTakesTheTownFirst() {
    assertEquals("Fahraj Islamic Guidance Department", OrganisationName.departmentOfTown("اداره ارشاد اسلامی فهرج", CanonicalNameRound37bTest::noPlace));
    assertEquals("Kalaleh Sports and Youth Department", OrganisationName.departmentOfTown("اداره ورزش و جوانان کلاله", CanonicalNameRound37bTest::noPlace));
  }

  @Test
  void notTheCountyWordNorAnAdjectiveLast() {
    assertNull(OrganisationName.departmentOfTown("اداره ورزش شهرستان", CanonicalNameRound37bTest::noPlace));
    assertNull(OrganisationName.departmentOfTown("اداره راه و شهرسازی فعلی", CanonicalNameRound37bTest::noPlace));
    assertNull(OrganisationName.departmentOfTown("سازمان ورزش کلاله", CanonicalNameRound37bTest::noPlace)); // not a department
  }

  @Test
  void theDepartmentInPersianCopy() {
    List<Entity> es = run("fa", "دامداران", "رئیس اداره دامپزشکی فهرج امروز از آغاز طرح واکسیناسیون دام‌های سبک در روستاهای این منطقه خبر داد.");
    Entity e = mentioned(es, "اداره دامپزشکی فهرج");
    assertNotNull(e, all(es));
    assertEquals("Fahraj Veterinary Department", e.getName());
  }
}
