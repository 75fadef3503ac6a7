package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 18 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound18Test {
  @Test
  void theFirstFirmOfAShareListKeepsItsOwnWaw() {
    // وفرة opens the list right after أسهم شركات: its و is the firm's letter, not a conjunction
    List<Entity> es = run("ar", "السوق",
        "وكانت أسهم شركات وفرة ,وسابك ,والراجحي الأكثر ارتفاعا اليوم، فيما تراجع المؤشر.");
    Entity first = mentioned(es, "وفرة");
    assertNotNull(first, all(es));
    assertEquals(EntityType.ORGANIZATION, first.getType());
    assertNull(mentioned(es, "فرة"), all(es));
    for (String firm : List.of("سابك", "الراجحي")) { // the items after it still lose their conjunction
      assertNotNull(mentioned(es, firm), firm + " in " + all(es));
    }
  }

  @Test
  void aLocalBodyKeepsTheRegionItServes() {
    List<Entity> es = run("ar", "ورشة للشباب",
        "نظم مركز التنمية الاجتماعية بمحافظة القطيف ورشة عمل للشباب، وشاركت فيها اللجنة الاجتماعية بالقطيف.");
    for (String body : List.of("مركز التنمية الاجتماعية بمحافظة القطيف", "اللجنة الاجتماعية بالقطيف")) {
      Entity e = mentioned(es, body);
      assertNotNull(e, body + " in " + all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), body);
    }
    assertNull(mentioned(es, "القطيف"), all(es)); // the town inside the body's name is no place of its own
  }

  @Test
  void aCommonWordAfterBIsNoRegion() {
    List<Entity> es = run("ar", "برنامج", "وأعدت اللجنة الاجتماعية بالتعاون مع الجامعة برنامجا للأسر.");
    for (Entity e : es) {
      for (String m : EntityExtractorTest.texts(e)) {
        org.junit.jupiter.api.Assertions.assertFalse(m.contains("بالتعاون"), all(es));
      }
    }
  }

  @Test
  void anEducationDirectorateByItsRegionIsNamedAsTheMinistryNamesIt() {
    List<Entity> es = run("ar", "تعليم الرياض يطلق برنامجا صيفيا",
        "أعلنت الإدارة العامة للتعليم بمنطقة الرياض عن برنامج صيفي لطلاب المرحلة المتوسطة.");
    Entity headline = mentioned(es, "تعليم الرياض");
    assertNotNull(headline, all(es));
    assertEquals(EntityType.ORGANIZATION, headline.getType());
    assertEquals("General Administration of Education in Riyadh Region", headline.getName());
    Entity full = mentioned(es, "الإدارة العامة للتعليم بمنطقة الرياض");
    assertNotNull(full, all(es));
    assertEquals("General Administration of Education in Riyadh Region", full.getName());
  }

  @Test
  void theFieldWithItsArticleIsNoDirectorate() {
    List<Entity> es = run("ar", "زيارة", "وزار وزير التعليم الرياض أمس لافتتاح مدارس جديدة.");
    assertNull(mentioned(es, "التعليم الرياض"), all(es)); // the minister's field, then the city he visited
    assertNull(mentioned(es, "تعليم الرياض"), all(es));
  }

  @Test
  void aRepublicNamedWithItsHeadIsOneMention() {
    List<Entity> es = run("ar", "زيارة", "وصل الرئيس إلى جمهورية النيجر أمس، ثم زار دولة الكويت ولقي أمير الكويت.");
    Entity niger = mentioned(es, "جمهورية النيجر");
    assertNotNull(niger, all(es));
    assertEquals(EntityType.PLACE, niger.getType());
    assertEquals("Niger", niger.getName());
    assertNull(mentioned(es, "دولة الكويت"), all(es)); // دولة stays outside, as the seed annotates دولة قطر
    assertNotNull(mentioned(es, "الكويت"), all(es));
  }

  @Test
  void aGulfNameWithFatherAndGrandfatherIsOnePerson() {
    List<Entity> es = run("ar", "تكريم",
        "وكرّمت الجهة العريف خالد محمد عبد الله الشحي والجندي سالم علي أحمد الكعبي في حفل أقيم أمس.");
    for (String name : List.of("خالد محمد عبد الله الشحي", "سالم علي أحمد الكعبي")) {
      Entity e = mentioned(es, name);
      assertNotNull(e, name + " in " + all(es));
      assertEquals(EntityType.PERSON, e.getType(), name);
    }
  }
}
