package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers named by a definite description of who they are ('said the Beirut sprinter', وقالت الفنانة,
 * بازیکن تیم ملی گفت) resolve to the person the story has named most just before; indefinite ones ('a
 * Kenyan sprinter', مسؤول عسكري) stay unnamed. Sentences written for this test.
 */
class QuoteEpithetSpeakersTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static Quote quoteWith(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.getText().toString().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void englishEpithetAndThenHeResolveToTheStorysPerson() {
    var f = fields("Haddad upbeat after Doha heat",
        "Karim Haddad finished second in the 400m at the Doha meeting on Friday.",
        "The race was won by Tom Reed. \"It was a good run and I can go faster next month,\" said the Beirut sprinter.",
        "He lost ground at the bend. \"I should have pushed earlier,\" he said.");
    List<Quote> q = run("en", f, person("P1", "Karim Haddad", f, "Karim Haddad", "Haddad"),
        person("P2", "Tom Reed", f, "Tom Reed"));
    Quote run = quoteWith(q, "It was a good run");
    assertEquals("Karim Haddad", speakerName(run)); // named twice before, against Tom Reed's once
    assertEquals("the Beirut sprinter", speakerText(run));
    assertEquals("Karim Haddad", speakerName(quoteWith(q, "pushed earlier")));
  }

  @Test
  void englishAgeEpithet() {
    var f = fields("Headline",
        "Lina Sayegh, who won silver in Rome, will race again on Sunday.",
        "\"My knee is fine now,\" said the 24-year-old.");
    Quote knee = quoteWith(run("en", f, person("P1", "Lina Sayegh", f, "Lina Sayegh")), "My knee");
    assertEquals("Lina Sayegh", speakerName(knee));
  }

  @Test
  void englishIndefiniteEpithetStaysUnnamed() {
    var f = fields("Headline",
        "Karim Haddad finished second in the 400m at the Doha meeting on Friday.",
        "\"The track was very fast tonight,\" said a Kenyan sprinter.");
    Quote track = quoteWith(run("en", f, person("P1", "Karim Haddad", f, "Karim Haddad")), "track was very fast");
    assertNull(speakerName(track));
  }

  @Test
  void arabicArtistAndRoleResolveToThePersonNamedBefore() {
    var f = fields("ليلى منصور تغني في مهرجان جرش",
        "أحيت المطربة ليلى منصور حفلا كبيرا في مهرجان جرش مساء الجمعة.",
        "وقالت الفنانة مخاطبة جمهورها «أنا سعيدة جدا بالعودة إلى هذا المسرح بعد غياب طويل».");
    Quote happy = quoteWith(run("ar", f, person("P1", "Layla Mansour", f, "ليلى منصور")), "أنا سعيدة جدا");
    assertEquals("Layla Mansour", speakerName(happy));
  }

  @Test
  void arabicDefiniteRoleTakesThePersonNotTheOneTheQuoteIsAbout() {
    var f = fields("عنوان",
        "وصل نائب وزير الخارجية سامي حداد إلى أربيل أمس. وأكد المسؤول التركي أن «الحكومة تحترم سيادة العراق ولن تغير موقفها من خالد العمري»."
            + " وقال مسؤول عسكري إن «القوات ستبقى في مواقعها حتى نهاية الشهر الجاري».");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"), person("P2", "Khalid Al-Omari", f, "خالد العمري"));
    assertEquals("Sami Haddad", speakerName(quoteWith(q, "الحكومة تحترم سيادة العراق")));
    assertNull(speakerName(quoteWith(q, "القوات ستبقى في مواقعها"))); // 'a military official': indefinite
  }

  @Test
  void persianPlayerEpithetResolvesToThePersonNamedBefore() {
    var f = fields("تیتر",
        "رضا کریمی پس از بازگشت از اردوی تیم ملی در جمع خبرنگاران حاضر شد.",
        "بازیکن تیم ملی والیبال گفت: ما هر روز شش ساعت تمرین کردیم و آماده مسابقات هستیم.");
    Quote training = quoteWith(run("fa", f, person("P1", "Reza Karimi", f, "رضا کریمی")), "شش ساعت تمرین");
    assertEquals("Reza Karimi", speakerName(training));
  }

  @Test
  void arabicUnknownNameAfterLongRoleIsTheSpeakersName() {
    var f = fields("عنوان",
        "زار الوزير سامي حداد الميناء أمس.",
        "وقال المتحدث باسم مجلس إدارة الميناء علي الشمري إن «السفن ستعود إلى الرصيف خلال أيام». وأضاف أن العمل لن يتوقف.");
    // the entity step knows the minister but missed the spokesman's name
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    Quote ships = quoteWith(q, "السفن ستعود");
    assertEquals("علي الشمري", speakerName(ships)); // على/علي fold alike: here it opens the name
    assertEquals("علي الشمري", speakerName(quoteWith(q, "العمل لن يتوقف")));
  }

  @Test
  void persianSubjectStopsAtDarMored() {
    var f = fields("تیتر",
        "رضا کریمی به اردو رفت.",
        "کاوه نادری درمورد اردوی تیم ملی اظهار داشت: ما آماده‌ایم و برای هر حریفی برنامه داریم.");
    // the entity step missed the speaker's name: the subject phrase ends before درمورد
    Quote ready = quoteWith(run("fa", f, person("P1", "Reza Karimi", f, "رضا کریمی")), "آماده‌ایم");
    assertEquals("کاوه نادری", speakerText(ready));
  }

  @Test
  void persianRoleWithNoPersonMentionedTakesTheNamedSpeakerJustBefore() {
    var f = fields("تیتر",
        "کاوه نادری در گفت‌وگو با خبرنگاران هشدار داد، بحران آب جدی است.",
        "وزیر نیرو با اشاره به خشکسالی گفت: «ما برای صرفه‌جویی در مصرف آب برنامه جدیدی داریم.»");
    // the entity step found no one here: the words of the previous speaker are the name
    Quote plan = quoteWith(run("fa", f), "برنامه جدیدی داریم");
    assertEquals("کاوه نادری", speakerName(plan));
  }

  @Test
  void arabicRoleOfAClubIsAPersonNotTheClub() {
    var f = fields("رئيس نادي الوحدة: لن نبيع أي لاعب هذا الصيف",
        "أكد رئيس نادي الوحدة سامي حداد أن النادي لن يبيع أي لاعب من الفريق الأول.");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Al-Wahda", f, "نادي الوحدة"),
        person("P1", "Sami Haddad", f, "سامي حداد"));
    Quote headline = q.stream().filter(x -> x.getField().toString().equals("headline")).findFirst().orElseThrow();
    assertEquals("Sami Haddad", speakerName(headline));
  }

  @Test
  void arabicDefiniteBodyTakesTheOrganisationCalledSo() {
    var f = fields("عنوان",
        "التقى وفد من حركة «النهضة» وزير الخارجية سامي حداد في عمان أمس.",
        "وقالت الحركة في بيان إن «اللقاء كان إيجابيا وسيتبعه لقاء آخر الشهر المقبل».",
        "وقالت الصحيفة إن «المفاوضات ستستأنف قريبا في العاصمة».");
    List<Quote> q = run("ar", f, entity("O1", EntityType.ORGANIZATION, "Ennahda", f, "النهضة"),
        person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals("Ennahda", speakerName(quoteWith(q, "اللقاء كان إيجابيا"))); // حركة «النهضة»: the movement
    assertNull(speakerName(quoteWith(q, "المفاوضات ستستأنف"))); // no newspaper was named
  }

  @Test
  void arabicPrayerVerbKeepsTheCurrentSpeaker() {
    var f = fields("عنوان",
        "وأكد سامي حداد أن الموسم سيكون ناجحا. ودعا الله عز وجل أن يحفظ البلاد، مؤكدا أن الخدمات ستتحسن هذا العام.");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals("Sami Haddad", speakerName(quoteWith(q, "الخدمات ستتحسن")));
  }

  @Test
  void arabicParticipleGoesOnFromTheSentencesOwnSubject() {
    var f = fields("عنوان",
        "وقال خالد العمري إن «الموسم انتهى».",
        "ودعا رئيس مجلس إدارة شركة «النور» سامي حداد الموظفين إلى مضاعفة الجهود، قائلا إن الشركة ستفتح فروعا جديدة.");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"), person("P2", "Khalid Al-Omari", f, "خالد العمري"));
    assertEquals("Sami Haddad", speakerName(quoteWith(q, "ستفتح فروعا جديدة"))); // not the previous speaker
  }
}
