package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 52 (issue 13, one person one id in every script): persons whose Arabic or Persian spelling and English
 * spelling have different sound keys get KB rows; the athletics federation and La Liga keep their row's id in English
 * copy; a bare Honda is the carmaker while American Honda is its US unit. Sentences written for these tests, no pool text.
 */
class CanonicalIdsRound52Test {

  private static void is(List<Entity> es, String text, String id, String name) {
    Entity e = named(es, text);
    assertEquals(id, e.getId().toString(), all(es));
    assertEquals(name, e.getName().toString(), all(es));
  }

  @Test
  void anActorIsOnePersonInArabicAndEnglishCopy() {
    String id = "person:george-clooney";
    is(run("ar", "سينما", "حضر النجم جورج كلوني العرض الأول لفيلمه الجديد في البندقية."), "جورج كلوني", id, "George Clooney");
    is(run("en", "George Clooney attended the premiere of his new film in Venice."), "George Clooney", id, "George Clooney");
  }

  @Test
  void aDictatorIsOnePersonWhateverHisGivenNameSpelling() {
    String id = "person:joseph-stalin";
    is(run("ar", "تاريخ", "رسم جوزيف ستالين حدود الجمهوريات السوفياتية في ثلاثينات القرن الماضي."), "جوزيف ستالين", id, "Joseph Stalin");
    is(run("en", "Josef Stalin redrew the borders of the Soviet republics in the 1930s."), "Josef Stalin", id, "Joseph Stalin");
  }

  @Test
  void aCoachIsOnePersonUnderHisShortGivenName() {
    String id = "person:rafael-benitez";
    is(run("en", "Liverpool manager Rafa Benitez said his side would attack from the start."), "Rafa Benitez", id, "Rafael Benítez");
    is(run("ar", "رياضة", "قال المدرب رافاييل بينيتيز إن فريقه سيهاجم منذ البداية."), "رافاييل بينيتيز", id, "Rafael Benítez");
  }

  @Test
  void aSenatorIsNoLongerTheActorWhoseKeyHeShared() {
    List<Entity> ar = run("ar", "واشنطن", "قال السيناتور ريتشارد بور إن اللجنة ستنظر في الاتفاق.");
    is(ar, "ريتشارد بور", "person:richard-burr", "Richard Burr");
    Entity berry = named(run("en", "The French actor Richard Berry starred in the comedy."), "Richard Berry");
    assertNotEquals("person:richard-burr", berry.getId().toString());
  }

  @Test
  void theAthleticsFederationKeepsItsIdInEnglishCopy() {
    is(run("en", "The IAAF said the athlete had missed three tests."), "IAAF", "org:iaaf",
        "International Association of Athletics Federations");
  }

  @Test
  void aBareHondaIsTheCarmakerAndAmericanHondaItsUnit() {
    is(run("en", "Car-maker Honda showed a new robot in Tokyo on Monday."), "Honda", "org:honda", "Honda");
    is(run("en", "American Honda Motor Co Inc said its February sales rose 5 pct."), "American Honda Motor Co Inc",
        "org:american-honda", "American Honda Motor Company");
  }

  @Test
  void aPresidentNamedWithAndWithoutHisHouseIsOnePerson() {
    String id = "person:khalifa-bin-zayed";
    is(run("ar", "أبوظبي", "أصدر الشيخ خليفة بن زايد آل نهيان قانونا جديدا للعمل."), "خليفة بن زايد آل نهيان", id, "Khalifa bin Zayed Al Nahyan");
    is(run("ar", "أبوظبي", "استقبل الشيخ خليفة بن زايد وفدا من رجال الأعمال."), "خليفة بن زايد", id, "Khalifa bin Zayed Al Nahyan");
  }

  @Test
  void aSpeakerIsOnePersonInArabicAndPersianCopy() {
    String id = "person:gholam-ali-haddad-adel";
    is(run("ar", "طهران", "قال غلام علي حداد عادل إن البرلمان سيناقش الميزانية."), "غلام علي حداد عادل", id, "Gholam-Ali Haddad-Adel");
    is(run("fa", "مجلس", "غلامعلی حداد عادل گفت مجلس بودجه را بررسی می‌کند."), "غلامعلی حداد عادل", id, "Gholam-Ali Haddad-Adel");
  }

  @Test
  void aBritishPoliticianIsOnePersonInArabicPersianAndEnglishCopy() {
    String id = "person:boris-johnson";
    is(run("ar", "لندن", "قال بوريس جونسون إن الحكومة ستنشر خطتها الأسبوع المقبل."), "بوريس جونسون", id, "Boris Johnson");
    is(run("fa", "لندن", "بوریس جانسون گفت دولت برنامه خود را هفته آینده منتشر می‌کند."), "بوریس جانسون", id, "Boris Johnson");
    is(run("en", "Boris Johnson said the government would publish its plan next week."), "Boris Johnson", id, "Boris Johnson");
  }
}
