package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 18 (Persian), on sentences written for these tests. */
class PersianEntityRound18Test {
  @Test
  void aRoadWordVouchesForTheTownsItJoins() {
    List<Entity> es = run("fa", "عنوان",
        "برخورد دو خودرو در محور خوی - ماکو سه مصدوم داشت و ترافیک در مسیر تبریز به بوشهر سنگین است.");
    assertNotNull(mentioned(es, "خوی"), all(es));
    assertEquals(EntityType.PLACE, mentioned(es, "خوی").getType());
    assertNotNull(mentioned(es, "بوشهر"), all(es));
    assertEquals(EntityType.PLACE, mentioned(es, "بوشهر").getType());
  }

  @Test
  void aCommonWordTownWithoutARoadWordIsNoPlace() {
    List<Entity> es = run("fa", "عنوان", "او خوی آرامی دارد و همه از او راضی هستند.");
    assertNull(mentioned(es, "خوی"), all(es));
  }

  @Test
  void aSeyyedGluedToTheGivenNameOpensAPersonsName() {
    List<Entity> es = run("fa", "عنوان", "سیدمهدی رحیمی‌نسب به عنوان رئیس کمیسیون انتخاب شد.");
    Entity p = mentioned(es, "مهدی رحیمی‌نسب");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void toTakePartIsNoCompany() {
    List<Entity> es = run("fa", "عنوان", "علاقه‌مندان می‌توانند تا پایان ماه در این نشست شرکت نمایند.");
    assertEquals(0, ofType(es, EntityType.ORGANIZATION), all(es));
  }

  @Test
  void theArtBureauAndTheSeminaryAreBodiesWithTheirBranches() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر حوزه هنری اصفهان گفت: این نمایشگاه با همکاری حوزه علمیه برپا شد و در حوزه اقتصاد نیز برنامه داریم.");
    Entity art = mentioned(es, "حوزه هنری اصفهان");
    assertNotNull(art, all(es));
    assertEquals(EntityType.ORGANIZATION, art.getType());
    assertNotNull(mentioned(es, "حوزه علمیه"), all(es));
    assertNull(mentioned(es, "حوزه اقتصاد"), all(es));
  }

  @Test
  void aCountyHealthNetworkIsNamedWithItsCounty() {
    List<Entity> es = run("fa", "عنوان",
        "مسئول شبکه بهداشت و درمان شهرستان نایین گفت: همکاری شبکه بهداشت این شهرستان با مدارس ادامه دارد.");
    Entity o = mentioned(es, "شبکه بهداشت و درمان شهرستان نایین");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "شبکه بهداشت"), all(es));
  }

  @Test
  void aPoliceCommandIsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "سرپرست فرماندهی انتظامی نایین از اجرای طرح جدید خبر داد.");
    Entity o = mentioned(es, "فرماندهی انتظامی نایین");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void theTeamsOfAResultsTableAreClubsWithTheirTowns() {
    List<Entity> es = run("fa", "عنوان",
        "نتایج این هفته به شرح زیر است: نساجی قائمشهر 27 - آلومینیوم اراک 25 پیکان تهران 30 - ملوان بندرانزلی 29",
        "1- آلومینیوم اراک 20 امتیاز 2- نساجی قائمشهر 18 امتیاز");
    Entity club = mentioned(es, "آلومینیوم اراک");
    assertNotNull(club, all(es));
    assertEquals(EntityType.ORGANIZATION, club.getType());
    assertEquals(2, club.getMentions().size(), all(es));
    assertNotNull(mentioned(es, "پیکان تهران"), all(es));
    assertNull(mentioned(es, "اراک"), all(es));
    assertNull(mentioned(es, "امتیاز"), all(es));
  }

  @Test
  void aTeamRowWithoutItsTownIsTheSameClubAsTheStandingsWithIt() {
    List<Entity> es = run("fa", "عنوان",
        "نتایج: صنعت نفت 31 - مس سونگون 28 کاوه قزوین 24 - شهید رجایی 26",
        "1- صنعت نفت آبادان 12 امتیاز 2- کاوه قزوین 10 امتیاز");
    Entity whole = mentioned(es, "صنعت نفت آبادان");
    assertNotNull(whole, all(es));
    assertEquals(whole, mentioned(es, "صنعت نفت"), all(es));
  }

  @Test
  void aCountrysRowIsItsNationalTeamThePlace() {
    List<Entity> es = run("fa", "عنوان", "نتایج گروه: ایران 3 - عراق 1 قطر 2 - عمان 0");
    Entity iran = mentioned(es, "ایران");
    assertNotNull(iran, all(es));
    assertEquals(EntityType.PLACE, iran.getType());
  }
}
