package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, fifth round: general speaker resolution (descriptions apposed with a name, quoted names after
 * a kind noun, subjectless cues after a narrative opening), on invented sentences.
 */
class QuoteRound5Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  @Test
  void arabicDescriptionAfterTheNameResolvesLater() {
    var f = fields("عنوان",
        "أكد الدكتور سامر الحلبي رئيس جمعية المهندسين الزراعيين أن «موسم القمح هذا العام أفضل من سابقه».",
        "وأضاف رئيس جمعية المهندسين أن «الأمطار جاءت في وقتها المناسب».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Samer Al-Halabi", f, "سامر الحلبي")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Samer Al-Halabi", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicDescriptionWithoutARoleWordStillFindsItsName() {
    // the head (خطيب الجامع, كبير المهندسين) need not be in any lexicon: it stands beside the name
    var f = fields("عنوان",
        "قال الشيخ يوسف العمري خطيب الجامع الكبير في المدينة إن «الصدقة تطفئ الغضب».",
        "وتابع خطيب الجامع الكبير: «على الناس أن يتراحموا في هذه الأيام».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Yusuf Al-Omari", f, "يوسف العمري")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Yusuf Al-Omari", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicDescriptionBeforeTheNameInTheSameSubject() {
    var f = fields("عنوان",
        "وقال كبير المهندسين الذين صمموا الجسر، كريم الساعدي إن «الجسر يتحمل أضعاف الحمولة المقررة».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Karim Al-Saadi", f, "كريم الساعدي")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Karim Al-Saadi", speakerName(q.get(0)));
  }

  @Test
  void persianLeadDescriptionNamedInTheNextParagraph() {
    var f = fields("تیتر",
        "رئیس اداره آب شهرستان گفت: ذخایر سدهای استان امسال کاهش یافته است.",
        "به گزارش خبرنگار ما، مهندس رضا کاظمی رئیس اداره آب شهرستان در جمع خبرنگاران این مطلب را اعلام کرد.");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    assertTrue(!q.isEmpty());
    assertEquals("Reza Kazemi", speakerName(q.get(0)), q.get(0).getText().toString());
  }

  @Test
  void indefiniteSourcesStayUnnamed() {
    var f = fields("عنوان",
        "قال مصدر أمني إن «الوضع تحت السيطرة».",
        "وكان اللواء ماجد الشمري مصدر القرار في الوزارة قد زار الموقع.");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Majid Al-Shammari", f, "ماجد الشمري")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertNull(speakerName(q.get(0)));
  }

  @Test
  void englishDescriptionApposedWithTheName() {
    var f = fields("Headline",
        "Harriet Cole, head of research at the Lowland Wildlife Trust, said the otter count had doubled.",
        "\"We have not seen numbers like this since the 1960s,\" said the head of research.");
    List<Quote> q = ofKind(run("en", f, person("P1", "Harriet Cole", f, "Harriet Cole")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Harriet Cole", speakerName(q.get(0)));
  }

  @Test
  void arabicKindNounThenQuotedNameIsTheSubject() {
    var f = fields("عنوان",
        "التقى الوزير سالم الكبيسي وفدا من المستثمرين.",
        "وذكرت شركة \"نور للطاقة الشمسية\" ، أنها ستبدأ تشغيل المحطة الجديدة في الربيع المقبل.",
        "وأشارت إلى أنها تعتزم توظيف مئتي مهندس.");
    Entity firm = entity("O1", EntityType.ORGANIZATION, "Noor Solar Energy", f, "نور للطاقة الشمسية");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Salem Al-Kubaisi", f, "سالم الكبيسي"), firm), QuoteKind.INDIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Noor Solar Energy", speakerName(x), x.getText().toString()));
  }

  @Test
  void persianKindNounThenQuotedNameIsTheSubject() {
    var f = fields("تیتر",
        "به گزارش خبرگزاری ما، سناتور \"جیمز هالوی\" در واکنش به سخنان دونالد ترامپ گفت: «کنگره باید پیش از هر اقدامی نظر بدهد.»",
        "روزنامه \"دیلی اکسپرس\" در گزارشی نوشت: «این طرح هنوز حامیان زیادی در مجلس ندارد.»");
    List<Quote> q = ofKind(run("fa", f, person("P1", "James Holloway", f, "جیمز هالوی"),
        person("P2", "Donald Trump", f, "دونالد ترامپ")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    assertEquals("James Holloway", speakerName(q.get(0)));
    assertEquals("دیلی اکسپرس", Articles.speakerText(q.get(1)));
  }

  @Test
  void persianUnnamedOfficialInSomeonesOfficeIsNotThatPerson() {
    var f = fields("تیتر",
        "یک مقام در دفتر نخست وزیر کانادا به خبرگزاری رویترز گفت: «ما هیچ پیامی از طرف مقابل دریافت نکرده‌ایم.»",
        "این مقام افزود: «گفت‌وگوها هفته آینده ادامه خواهد یافت.»");
    List<Quote> q = ofKind(run("fa", f, person("P1", "Mark Carney", f, "نخست وزیر کانادا")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    q.forEach(x -> assertNull(speakerName(x), x.getText().toString()));
  }

  @Test
  void persianAccordingToThisReportOpensTheSentence() {
    var f = fields("تیتر",
        "بنا بر این گزارش، سناتور \"مایکل برنز\" در پاسخ به پرسش خبرنگاران درباره سخنان کامالا هریس گفت: «هیچ توافقی بدون رای کنگره اعتبار ندارد.»");
    List<Quote> q = ofKind(run("fa", f, person("P1", "Michael Burns", f, "مایکل برنز"),
        person("P2", "Kamala Harris", f, "کامالا هریس")), QuoteKind.DIRECT);
    assertEquals(1, q.size());
    assertEquals("Michael Burns", speakerName(q.get(0)));
  }

  @Test
  void persianLeadIntroducedWithYekIsNamedInMarksLater() {
    // no entity for the name: the marks hold it, and the description beside them matches the lead's
    var f = fields("تیتر",
        "خبرگزاری ما: یک کارشناس ارشد انرژی اروپا گفت: قیمت گاز در زمستان پیش رو دو برابر خواهد شد.",
        "«هانس مولر» کارشناس ارشد انرژی در مؤسسه مطالعات برلین در گفت‌وگو با ما این مطلب را بیان کرد.");
    List<Quote> q = run("fa", f);
    assertTrue(!q.isEmpty());
    assertEquals("هانس مولر", speakerName(q.get(0)), q.get(0).getText().toString());
  }

  @Test
  void arabicSubjectlessCuesGoOnFromTheSentencesOpeningSubject() {
    var f = fields("عنوان",
        "أبدى مدرب فريق الشباب سامي الجابر ارتياحه لمستوى اللاعبين في المعسكر الخارجي.",
        "وأشار إلى حرص الجهاز الطبي بقيادة الإسباني خوان مارتينيز على متابعة الإصابات، وقال: «اللاعبون في أفضل حالاتهم قبل بداية الموسم»، مضيفا أن الفريق سيخوض ثلاث مباريات ودية.",
        "من جهة أخرى، طمأن رئيس النادي خالد البلوي الجماهير بشأن الوضع المالي للنادي.",
        "وشدد على أن الإدارة ستسدد جميع الديون قبل نهاية العام.");
    List<Quote> q = run("ar", f, person("P1", "Sami Al-Jaber", f, "سامي الجابر"),
        person("P2", "Juan Martinez", f, "خوان مارتينيز"), person("P3", "Khalid Al-Balawi", f, "خالد البلوي"));
    assertEquals(3, q.size(), q.toString());
    assertEquals("Sami Al-Jaber", speakerName(q.get(0)), q.get(0).getText().toString());
    assertEquals("Sami Al-Jaber", speakerName(q.get(1)), q.get(1).getText().toString());
    assertEquals("Khalid Al-Balawi", speakerName(q.get(2)), q.get(2).getText().toString());
  }

  @Test
  void arabicTopicAfterASwitchOpenerNamesTheNextSpeaker() {
    var f = fields("عنوان",
        "قال المدرب سامي الجابر إن «الفريق جاهز للمباراة».",
        "وفي المقابل، امتدح الحارس ماجد المطيري أجواء التدريبات، وقال: «نحن عائلة واحدة داخل الملعب وخارجه».");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Sami Al-Jaber", f, "سامي الجابر"),
        person("P2", "Majid Al-Mutairi", f, "ماجد المطيري")), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    assertEquals("Sami Al-Jaber", speakerName(q.get(0)));
    assertEquals("Majid Al-Mutairi", speakerName(q.get(1)));
  }

  @Test
  void englishTheCompanyIsTheIncorporatedFirmNamedBefore() {
    var f = fields("HARWOOD SETS PLANT",
        "DAYTON, March 4 - Harwood Tool Corp said it plans to open a plant in Ohio next year.",
        "The company said the plant would employ about 400 people.",
        "Production is expected to start in the autumn, it added.");
    Entity firm = entity("O1", EntityType.ORGANIZATION, "Harwood Tool", f, "Harwood Tool Corp");
    List<Quote> q = ofKind(run("en", f, firm), QuoteKind.INDIRECT);
    assertEquals(3, q.size(), q.toString());
    q.forEach(x -> assertEquals("O1", String.valueOf(x.getSpeaker().getEntityId()), x.getText().toString()));
  }
}
