package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 42b (Persian persons and clubs): entities on sentences written for these tests. */
class PersianEntityRound42bTest {

  // A two-word club named once with its town is the same club where its two words stand alone.

  @Test
  void clubsTwoWordsAloneAreTheClubNamedWithItsTown() {
    List<Entity> es = run("fa", "عنوان",
        "در هفته دوم لیگ برتر فوتسال تیم آذرخش نوین شیراز به پیروزی رسید. سرمربی آذرخش نوین از بازیکنان خود تشکر کرد.");
    Entity club = found(es, "آذرخش نوین شیراز", EntityType.ORGANIZATION);
    assertTrue(texts(club).contains("آذرخش نوین"), all(es));
  }

  // After a clerical title, a word and a surname in -ی or -خواه before a role, نیز or و and another title are one name.

  @Test
  void titleWordAndSurnameBeforeAlsoAreOnePerson() {
    List<Entity> es = run("fa", "عنوان",
        "در این جلسه حجت‌الاسلام احد نیکخواه نیز به عنوان دبیر شورای فرهنگی شهر انتخاب شد.");
    assertTrue(typed(es, EntityType.PERSON, "احد نیکخواه"), all(es));
  }

  @Test
  void titleGivenNameTheListLacksLeavesTheSurnameToRepeat() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام ناصر کرمانی امام جمعه شهر در این دیدار سخنرانی کرد. کرمانی از تلاش مسئولان قدردانی کرد.");
    Entity person = found(es, "ناصر کرمانی", EntityType.PERSON);
    assertTrue(texts(person).contains("کرمانی"), all(es));
  }

  @Test
  void titleTwoWordSurnameBeforeAnotherTitleIsOnePerson() {
    List<Entity> es = run("fa", "عنوان",
        "در مراسم بزرگداشت، آیت‌الله طاهری شیرازی و آیت‌الله مؤمن درباره اخلاق سخنرانی کردند.");
    assertTrue(typed(es, EntityType.PERSON, "طاهری شیرازی"), all(es));
  }

  // A given name that is a word too opens a name before a surname and a role.

  @Test
  void wordGivenNameBeforeSurnameAndRoleIsAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "در این همایش لاله کریمی رئیس انجمن هنرمندان تئاتر درباره بودجه سخنرانی کرد.");
    assertTrue(typed(es, EntityType.PERSON, "لاله کریمی"), all(es));
  }

  @Test
  void wordGivenNameWithoutRoleIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "طوفان شدیدی شب گذشته شهر را فرا گرفت و سحر امروز باران بارید.");
    assertFalse(anyMentionHolds(es, "طوفان"), all(es));
    assertEquals(0, ofType(es, EntityType.PERSON), all(es));
  }
}
