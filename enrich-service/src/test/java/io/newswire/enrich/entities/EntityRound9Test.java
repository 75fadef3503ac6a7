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

/** Issue 13, round 9: rules on sentences written for these tests. */
class EntityRound9Test {
  @Test
  void aPersonFollowedByAPurposePhraseNamesAFacilityNotThePerson() {
    List<Entity> es = run("ar", "عنوان",
        "يقام السباق الثالث يوم الجمعة على ميدان الملك خالد للفروسية في محافظة الطائف.",
        "ونظمت الندوة بمقر بيت الأمير فيصل بن فهد للشباب بالرياض.");
    assertNull(mentioned(es, "خالد للفروسية"), all(es));
    assertNull(mentioned(es, "فيصل بن فهد للشباب"), all(es));
    assertNotNull(mentioned(es, "الرياض"), all(es));
  }

  @Test
  void forcesNamedByTheirTaskOrSideAreNoOrganisation() {
    List<Entity> es = run("ar", "عنوان",
        "وذكر متحدث باسم قوات الإطفاء أن قوات التحالف وقوات النظام تبادلت إطلاق النار قرب الحدود.");
    assertNull(mentioned(es, "قوات الإطفاء"), all(es));
    assertNull(mentioned(es, "قوات التحالف"), all(es));
    assertNull(mentioned(es, "قوات النظام"), all(es));
  }

  @Test
  void otherBodiesJoinedByWawAreNotPartOfTheName() {
    List<Entity> es = run("ar", "عنوان",
        "شارك في المعرض عدد من منسوبي الهيئة العامة للثقافة والجهات الحكومية الأخرى.");
    Entity o = mentioned(es, "الهيئة العامة للثقافة");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "الهيئة العامة للثقافة والجهات"), all(es));
  }

  @Test
  void aNewspaperNamedLikeAPlaceIsTheNewspaperInGuillemets() {
    List<Entity> es = run("ar", "عنوان",
        "وقال مسؤول في المطار لـ«الشرق الأوسط» إن الرحلات ستستأنف قريبا.",
        "وتشهد منطقة الشرق الأوسط موجة حر شديدة.");
    Entity paper = null;
    Entity region = null;
    for (Entity e : es) {
      if (e.getType() == EntityType.ORGANIZATION && "Asharq Al-Awsat".equals(e.getName())) {
        paper = e;
      }
      if (e.getType() == EntityType.PLACE && "Middle East".equals(e.getName())) {
        region = e;
      }
    }
    assertNotNull(paper, all(es));
    assertNotNull(region, "unquoted, the region stays the region: " + all(es));
  }

  @Test
  void aPersianPersonalTitleIsFollowedByANameWhateverItsShape() {
    List<Entity> es = run("fa", "عنوان",
        "در این مراسم آیت‌الله مومن عضو مجلس خبرگان رهبری و حجت‌الاسلام اکبری سخنرانی کردند.");
    Entity a = mentioned(es, "مومن");
    assertNotNull(a, all(es));
    assertEquals(EntityType.PERSON, a.getType());
    Entity b = mentioned(es, "اکبری");
    assertNotNull(b, all(es));
    assertEquals(EntityType.PERSON, b.getType());
  }

  @Test
  void aPersianGivenNameThatIsACommonNounIsNoNameAfterADeterminerOrANumber() {
    List<Entity> es = run("fa", "عنوان",
        "این پل فرهنگی میان دو کشور ساخته شد و دو پل تاریخی نیز بازسازی شد.",
        "پل پوگبا بازیکن فرانسوی در این دیدار گلزنی کرد.");
    assertNull(mentioned(es, "پل فرهنگی"), all(es));
    assertNull(mentioned(es, "پل تاریخی"), all(es));
    assertNotNull(mentioned(es, "پل پوگبا"), "the given name still opens a name: " + all(es));
  }
}
