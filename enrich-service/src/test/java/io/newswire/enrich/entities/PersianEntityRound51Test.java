package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 51 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound51Test {

  // kb/curated/places-regions.tsv: Central Asia's Persian names.

  @Test
  void centralAsiaIsOneRegionNotAsia() {
    List<Entity> es = run("fa", "عنوان",
        "وزیران خارجه کشورهای آسیای مرکزی و روسیه فردا در مسکو دیدار می‌کنند.");
    assertEquals("Central Asia", found(es, "آسیای مرکزی", EntityType.PLACE).getName(), all(es));
  }

  // kb/curated/organizations-more.tsv: the Qatari club bare in Persian copy.

  @Test
  void bareAlSaddIsTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "مدافع ملی‌پوش کشورمان با السد قرارداد دوساله امضا کرد.");
    assertEquals("Al Sadd SC", found(es, "السد", EntityType.ORGANIZATION).getName(), all(es));
  }

  // kb/curated/organizations-more.tsv: Mobarakeh Steel, and Sepahan's sponsor-led name still the club's.

  @Test
  void mobarakehSteelIsTheCompanyAndSepahanTheClub() {
    List<Entity> es = run("fa", "عنوان",
        "مجتمع فولاد مبارکه اصفهان تولید ورق گرم را در نیمه نخست سال افزایش داد.");
    assertEquals("Mobarakeh Steel Company", named(es, "مجتمع فولاد مبارکه اصفهان").getName(), all(es));
    List<Entity> club = run("fa", "عنوان",
        "در این هفته فولاد مبارکه سپاهان با ذوب‌آهن دیدار می‌کند.");
    assertEquals("Sepahan S.C.", named(club, "فولاد مبارکه سپاهان").getName(), all(club));
  }

  // kb/curated/organizations-more.tsv: foreign parliaments named by پارلمان and the country.

  @Test
  void aForeignParliamentIsNamedByItsHouse() {
    List<Entity> es = run("fa", "عنوان",
        "نماینده پارلمان هلند سفر هیئت به قاهره را لغو کرد و پارلمان آلمان نیز طرح را رد کرد.");
    assertEquals("House of Representatives (Netherlands)", found(es, "پارلمان هلند", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Bundestag", found(es, "پارلمان آلمان", EntityType.ORGANIZATION).getName(), all(es));
  }

  // PressOffices: a body's press office is the body; a gathering's, nothing.

  @Test
  void aPressOfficeIsItsBody() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس به نقل از ستاد خبری حوزه هنری، این نمایش از شنبه با همکاری حوزه هنری.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "حوزه هنری"), all(es));
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "ستاد خبری"), all(es));
  }

  @Test
  void aGatheringsPressOfficeIsNoBody() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس پلیس بانوان در گفت‌وگو با ستاد خبری نمایشگاه دستاوردهای دفاع مقدس اظهار داشت: این غرفه پربازدید بود.");
    assertFalse(typedContaining(es, EntityType.ORGANIZATION, "ستاد خبری"), all(es));
  }
}
