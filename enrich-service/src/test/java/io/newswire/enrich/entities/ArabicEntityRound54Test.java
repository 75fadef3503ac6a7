package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 54 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound54Test {
  @Test
  void aChainGoingOnPastAnAliasWithOneMoreLinkIsANamesake() {
    var es = run("ar", "استقبال",
        "واستقبل الملك في قصره الأمير محمد بن عبد الرحمن بن عبد العزيز، ثم غادر إلى جدة.");
    var prince = found(es, "محمد بن عبد الرحمن بن عبد العزيز", EntityType.PERSON);
    assertFalse(typed(es, EntityType.PERSON, "محمد بن عبد الرحمن"), all(es));
    assertFalse(prince.getName().contains("Thani"), all(es));
  }

  @Test
  void theAliasWithoutAFurtherLinkStaysTheKbsMan() {
    var es = run("ar", "زيارة",
        "وصل رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن إلى الرياض في زيارة رسمية.");
    var pm = found(es, "محمد بن عبد الرحمن", EntityType.PERSON);
    assertTrue(pm.getName().contains("Thani"), all(es));
  }

  @Test
  void groupsOfStatesAreKnownWithTheirArticleOrShortName() {
    var es = run("ar", "قمة",
        "اختتمت قمة البريكس أعمالها، ثم اجتمع قادة منظمة شنغهاي في المدينة نفسها، بعيدا عن مجموعة السبع.");
    assertEquals("BRICS", found(es, "البريكس", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Shanghai Cooperation Organisation", found(es, "منظمة شنغهاي", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("G7", found(es, "مجموعة السبع", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void theSaudiWeatherBodyHasItsEnglishName() {
    List<io.newswire.schema.Entity> es = run("ar", "طقس",
        "توقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية على المرتفعات.");
    var pme = found(es, "الرئاسة العامة للأرصاد وحماية البيئة", EntityType.ORGANIZATION);
    assertNotEquals("الرئاسة العامة للأرصاد وحماية البيئة", pme.getName(), all(es));
    assertEquals("Presidency of Meteorology and Environment", pme.getName(), all(es));
  }

  @Test
  void theModelsFirstNameGivesWayToTheWholeShapedName() {
    var es = run("ar", "جبهة",
        "وقال رئيس الأركان اللواء الركن محمد علي المقدشي إن القوات تقدمت نحو المدينة.");
    assertTrue(typed(es, EntityType.PERSON, "محمد علي المقدشي"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "محمد"), all(es));
  }

  @Test
  void anArmyUnitByItsNumberIsAnOrganisationButTheRankIsNot() {
    var es = run("ar", "معارك",
        "وأعلنت «الفرقة 12 مشاة» أن مقاتليها صدوا هجوما على مواقع اللواء 40، فيما قال اللواء محمد السالم إن الوضع "
            + "مستقر، وأكد قائد الفرقة 12 أن التعزيزات وصلت وأن اللواء 41 انسحب.");
    var division = found(es, "الفرقة 12 مشاة", EntityType.ORGANIZATION);
    assertSame(division, found(es, "الفرقة 12", EntityType.ORGANIZATION), all(es));
    assertNotSame(found(es, "اللواء 40", EntityType.ORGANIZATION), found(es, "اللواء 41", EntityType.ORGANIZATION));
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION
        && e.getMentions().stream().anyMatch(m -> m.getText().contains("محمد"))), all(es));
  }
}
