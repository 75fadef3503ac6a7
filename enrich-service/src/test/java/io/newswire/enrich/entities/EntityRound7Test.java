package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.byName;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13, round 7: rules on sentences written for these tests. */
class EntityRound7Test {
  @Test
  void aPersianRoleNounEndsATitledName() {
    List<Entity> es = run("fa", "عنوان", "سردار نوروزی جانشین فرمانده نیروی انتظامی در این مراسم سخنرانی کرد.");
    Entity p = mentioned(es, "نوروزی");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertNull(mentioned(es, "نوروزی جانشین"), all(es));
  }

  @Test
  void aPersianSurnameWrittenApartFromItsEndingIsFoundAgainWhole() {
    List<Entity> es = run("fa", "عنوان",
        "مریم حسن پور امروز در نشست خبری گفت: طرح تازه آغاز شده است.",
        "حسن پور افزود: این طرح تا پایان سال ادامه دارد.");
    Entity p = mentioned(es, "مریم حسن پور");
    assertNotNull(p, all(es));
    assertEquals(2, texts(p).size(), "the second mention is both words: " + all(es));
    assertNull(mentioned(es, "پور"), all(es));
  }

  @Test
  void aPersianHeadAfterADemonstrativeOrQuantifierIsACommonNoun() {
    List<Entity> es = run("fa", "عنوان", "چند مرکز درمانی تعطیل شد و این شرکت ادعا می‌کند که خسارتی ندیده است.");
    assertNull(mentioned(es, "مرکز درمانی"), all(es));
    assertNull(mentioned(es, "شرکت ادعا"), all(es));
  }

  @Test
  void aLatinNameAfterAPersianHeadIsTheOrganisation() {
    List<Entity> es = run("fa", "عنوان", "شرکت Northwind نسخه تازه نرم‌افزار خود را عرضه کرد.");
    Entity o = mentioned(es, "Northwind");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "شرکت Northwind"), "the head stays outside: " + all(es));
  }

  @Test
  void aGivenNameAfterAGluedWawLosesTheWaw() {
    List<Entity> es = run("ar", "عنوان", "وكرمت الجمعية رجال الأعمال خالد الحربي، ويحيى الزهراني، وياسر القرني.");
    assertNotNull(mentioned(es, "يحيى الزهراني"), all(es));
    assertNull(mentioned(es, "ويحيى الزهراني"), all(es));
  }

  @Test
  void anArabicGovernmentNamedByItsNationalityIsABody() {
    List<Entity> es = run("ar", "عنوان", "وقالت الحكومة العراقية إنها ستدعم الحكومة الشرعية في المفاوضات.");
    Entity g = mentioned(es, "الحكومة العراقية");
    assertNotNull(g, all(es));
    assertEquals(EntityType.ORGANIZATION, g.getType());
    assertEquals("Government of Iraq", g.getName());
    assertNull(mentioned(es, "الحكومة الشرعية"), "a describing adjective: " + all(es));
  }

  @Test
  void aClubNamedAfterItsCityIsTheClubWhereverThePlaceIsNotMeant() {
    List<Entity> es = run("ar", "عنوان", "وصل نادي روما إلى مدريد أمس، وسيخوض روما مباراة ودية قبل العودة إلى روما الأسبوع المقبل.");
    Entity club = byName(es, "AS Roma");
    assertNotNull(club, all(es));
    assertEquals(List.of("روما", "روما"), texts(club), "the head stays outside, the subject is the club: " + all(es));
    Entity city = byName(es, "Rome");
    assertNotNull(city, "after إلى it is the city: " + all(es));
    assertEquals(1, texts(city).size());
  }

  @Test
  void aPersianDirectorGeneralNamesHisDepartmentByItsField() {
    List<Entity> es = run("fa", "عنوان", "مدیرکل فرهنگ و ارشاد اسلامی استان بوشهر امروز گفت: نمایشگاه کتاب آغاز شد.");
    Entity d = mentioned(es, "فرهنگ و ارشاد اسلامی استان بوشهر");
    assertNotNull(d, all(es));
    assertEquals(EntityType.ORGANIZATION, d.getType());
    assertEquals("Bushehr Province Culture and Islamic Guidance Directorate", d.getName());
    assertNull(mentioned(es, "فرهنگ و ارشاد"), all(es));
  }

  @Test
  void aPersianBodyOfTheMunicipalityIsNamedWithIt() {
    List<Entity> es = run("fa", "عنوان", "سازمان حمل و نقل شهرداری تبریز برنامه تازه‌ای را اعلام کرد.");
    Entity o = mentioned(es, "سازمان حمل و نقل شهرداری تبریز");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertNull(mentioned(es, "شهرداری تبریز"), "one body, not two: " + all(es));
  }

  @Test
  void anIranianProvinceNamedLikeItsCapitalIsAnEntityOfItsOwn() {
    List<Entity> es = run("fa", "عنوان", "استاندار اصفهان از طرح‌های تازه استان اصفهان گفت و جاده‌های اصفهان را بازدید کرد.",
        "او سپس در اصفهان با مردم دیدار کرد.");
    Entity province = byName(es, "Isfahan Province");
    assertNotNull(province, all(es));
    assertEquals(3, texts(province).size(), all(es));
    Entity city = byName(es, "Isfahan");
    assertNotNull(city, "after در it is the city: " + all(es));
    assertEquals(1, texts(city).size());
  }

  @Test
  void organisationNamesInEnglishWordOrder() {
    Map<String, String> byName = Map.of("القاهرة", "Cairo", "القصيم", "Al-Qassim Region", "ایران", "Iran",
        "اصفهان", "Isfahan", "تبریز", "Tabriz");
    Map<String, String> places = new java.util.HashMap<>();
    byName.forEach((k, v) -> places.put(MatchingForm.key(k), v)); // the KB is looked up by matching form
    assertEquals("Cairo Security Directorate", OrganisationName.english("مديرية أمن القاهرة", places::get),
        "a town goes before the name");
    assertEquals("Atomic Energy Organization of Iran", OrganisationName.english("سازمان انرژی اتمی ایران", places::get),
        "a country after it");
    assertEquals("Qassim University", OrganisationName.english("جامعة القصيم", places::get).replace("Al-", ""));
    assertEquals("King Faisal University", OrganisationName.english("جامعة الملك فيصل", places::get));
    // round 22: a province's governorate is named with the province, as the annotations name it
    assertEquals("Isfahan Province Governorate", OrganisationName.english("استانداری اصفهان", places::get));
    assertEquals("Ministry of Roads and Urban Development", OrganisationName.english("وزارت راه و شهرسازی", places::get),
        "Persian writes و apart");
    assertEquals("Tabriz Cultural Heritage Directorate",
        OrganisationName.english("اداره کل میراث فرهنگی تبریز", places::get));
    assertEquals("Ministry of Interior", OrganisationName.english("وزارت کشور", places::get));
    assertEquals("Youth Cinema Association of Iran", OrganisationName.english("انجمن سینمای جوانان ایران", places::get),
        "the ezafe after a vowel");
    assertEquals("Government of Yemen", OrganisationName.english("الحكومة اليمنية", places::get));
    assertNull(OrganisationName.english("وزارت راه و گلستان", places::get), "an unknown word after و");
  }

  @Test
  void nisbaEndingsAndPersianPlaces() {
    assertEquals("al-Balawi", CrossScriptName.romanize("البلوي", "ar"));
    assertEquals("Mousavi", CrossScriptName.romanize("موسوی", "fa"));
    assertEquals("Maku", CrossScriptName.romanize("ماکو", "fa", true));
    assertEquals("Sardasht", CrossScriptName.romanize("سردشت", "fa", true));
    // a word no table has: a person's name keeps the general rule, a place opens the final cluster
    assertEquals("Tarndshat", CrossScriptName.romanize("ترندشت", "fa"), "a person's name keeps the general rule");
    assertEquals("Tarndasht", CrossScriptName.romanize("ترندشت", "fa", true));
  }
}
