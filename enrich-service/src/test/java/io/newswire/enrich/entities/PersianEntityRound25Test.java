package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 25 (Persian), on sentences written for these tests. */
class PersianEntityRound25Test {
  private static void noMention(List<Entity> es, String text) {
    for (Entity e : es) {
      assertFalse(texts(e).contains(text), all(es));
    }
  }

  @Test
  void theLeadNamesItsSpeakerBeforeATimeAdverb() {
    List<Entity> es = run("fa", "عنوان",
        "خداداد رهگذر امروز در گفت‌وگو با خبرنگار ما اظهار کرد: کار ساخت پل تا پایان سال تمام می‌شود.");
    Entity p = mentioned(es, "خداداد رهگذر");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void theLeadAfterAReportOpeningAndAComma() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرنگار ما از شیراز، خداداد رهگذر، صبح امروز در نشست خبری گفت: بازار میوه آرام است.");
    Entity p = mentioned(es, "خداداد رهگذر");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
  }

  @Test
  void aRoleBeforeTheTimeAdverbIsNoPerson() {
    List<Entity> es = run("fa", "عنوان", "سخنگوی دولت امروز در نشست خبری گفت: جلسه هفته آینده برگزار می‌شود.");
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.PERSON && texts(e).contains("سخنگوی دولت"), all(es));
    }
  }

  @Test
  void theNisbaOnALongAStemKeepsItsE() {
    assertEquals("Saremi", CrossScriptName.romanize("صارمی", "fa"));
    assertEquals("Ameli", CrossScriptName.romanize("عاملی", "fa"));
  }

  @Test
  void anAdjectiveInAtiOrTheSuffixChiHasNoE() {
    assertEquals("Riasti", CrossScriptName.romanize("ریاستی", "fa"));
    assertEquals("Ravanchi", CrossScriptName.romanize("روانچی", "fa"));
  }

  @Test
  void aCountedHeadIsACommonNoun() {
    List<Entity> es = run("fa", "عنوان", "در این شهرستان 7 مرکز روستایی فعال است و چهار کمیته ارتباط داریم.");
    noMention(es, "مرکز روستایی");
    noMention(es, "کمیته ارتباط");
  }

  @Test
  void aYearBeforeAHeadIsNoCount() {
    List<Entity> es = run("fa", "عنوان", "در سال 1390 شرکت پتروشیمی امیرکبیر اعلام کرد که تولید خود را دو برابر می‌کند.");
    Entity o = mentioned(es, "شرکت پتروشیمی امیرکبیر");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void aPluralPlaceNounOpensAListOfPlaces() {
    List<Entity> es = run("fa", "عنوان", "مسابقات در شهرهای نیکان، ورده‌سر، دشت‌آباد و گل‌آباد برگزار می‌شود.");
    for (String name : new String[] {"نیکان", "ورده‌سر", "دشت‌آباد", "گل‌آباد"}) {
      Entity p = mentioned(es, name);
      assertNotNull(p, name + " " + all(es));
      assertEquals(EntityType.PLACE, p.getType());
    }
  }

  @Test
  void twoWordsAfterAPluralPlaceNounAreNoList() {
    List<Entity> es = run("fa", "عنوان", "آب‌رسانی به مناطق محروم و روستاها ادامه دارد.");
    noMention(es, "محروم");
    noMention(es, "روستاها");
  }
}
