package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 53 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound53Test {

  // PersianClubWords: a club word the dispatch has typed once is the club again where it closes the same way.

  @Test
  void aClubWordTypedOnceIsTheClubElsewhereInTheDispatch() {
    List<Entity> es = run("fa", "سرمربی تیم مهمان: آماده شکست استقلال هستیم",
        "سرمربی تیم مهمان گفت: ما فردا برابر استقلال به میدان می‌رویم و می‌دانیم که نامش استقلال است.");
    assertEquals(3, mentionsOf(es, EntityType.ORGANIZATION, "استقلال"), all(es));
    List<Entity> untyped = run("fa", "عنوان",
        "مردم برای حفظ استقلال و آزادی کشور تلاش کردند و نامش استقلال است.");
    assertFalse(typed(untyped, EntityType.ORGANIZATION, "استقلال"), all(untyped));
  }

  // FacilityNames: انتفاضه and یوم‌الله before a place name an event or a day, no mention of the place.

  @Test
  void anUprisingOrDayNamedAfterQudsIsNoMentionOfJerusalem() {
    List<Entity> es = run("fa", "عنوان",
        "شمار شهدای انتفاضه قدس به 74 تن رسید و مردم در راهپیمایی یوم‌الله قدس شرکت کردند. قدس در خطر است.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "قدس"), all(es));
  }

  // MajlisMembers: bare مجلس after نمایندگان in Iranian copy is the Islamic Consultative Assembly.

  @Test
  void theMembersOfTheMajlisNameIransParliament() {
    List<Entity> es = run("fa", "عنوان",
        "عضو کمیسیون عمران گفت: نمایندگان مجلس درباره طرح مسکن توضیح نخواسته‌اند و رأی اعتماد نمایندگان مجلس به وزیر مهم است.");
    Entity majlis = found(es, "مجلس", EntityType.ORGANIZATION);
    assertEquals("Islamic Consultative Assembly", majlis.getName(), all(es));
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "مجلس"), all(es));
  }

  @Test
  void membersOfAnotherAssemblyOrAbroadAreLeftAlone() {
    List<Entity> abroad = run("fa", "عنوان",
        "وزیر اعلای ایالت پس از رأی عدم اعتماد نمایندگان مجلس از سمت خود استعفا داد و به چین رفت.");
    assertFalse(typed(abroad, EntityType.ORGANIZATION, "مجلس"), all(abroad));
    List<Entity> experts = run("fa", "عنوان", "نمایندگان مجلس خبرگان امروز در قم جمع شدند.");
    assertFalse(typed(experts, EntityType.ORGANIZATION, "مجلس"), all(experts));
  }
}
