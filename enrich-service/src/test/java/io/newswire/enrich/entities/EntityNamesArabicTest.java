package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic organisations by their shape, on sentences written for these tests (the bodies are invented). */
class EntityNamesArabicTest {
  private static Entity org(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    assertNotNull(e, text + " in " + es.stream().map(x -> texts(x)).toList());
    assertEquals(EntityType.ORGANIZATION, e.getType(), text);
    return e;
  }

  @Test
  void ministryWithItsNisbaButNotTheWordsAfterIt() {
    List<Entity> es = run("ar", "عنوان",
        "أعلنت وزارة الزراعة البحرينية اليوم خطة جديدة، وقال مسؤول في وزارة الشؤون البلدية إن العمل بدأ.");
    org(es, "وزارة الزراعة البحرينية");
    org(es, "وزارة الشؤون البلدية");
  }

  @Test
  void cliticsStayOutsideAndTheChainRunsThroughIndefiniteNouns() {
    List<Entity> es = run("ar", "عنوان",
        "وصوت مجلس بلدية الزرقاء على الميزانية، كما شارك لاعبو نادي الصقور في الحفل وتحدث رئيس جمعية الوفاء الخيرية للصحفيين.");
    org(es, "مجلس بلدية الزرقاء");
    org(es, "نادي الصقور");
    org(es, "جمعية الوفاء الخيرية");
  }

  @Test
  void anArticleHeadNeedsAnAgreeingNisba() {
    List<Entity> es = run("ar", "عنوان",
        "قصف الجيش الموريتاني مواقع على الحدود، وقال الجيش إن العملية انتهت، وأشاد بعمل اللجنة التنظيمي أعضاء المجلس.");
    org(es, "الجيش الموريتاني");
    assertEquals(null, mentioned(es, "الجيش"), "a bare head is no name");
    assertEquals(null, mentioned(es, "اللجنة التنظيمي"), "التنظيمي agrees with عمل, not with اللجنة");
  }

  @Test
  void aCompanyIsTheNameAfterTheWordCompany() {
    List<Entity> es = run("ar", "عنوان",
        "وقعت شركة «نور كابيتال» عقدا مع شركة ألبان الرمال، فيما رفضت شركة الطيران التعليق.");
    org(es, "نور كابيتال");
    org(es, "ألبان الرمال");
    assertEquals(null, mentioned(es, "الطيران"), "the airline is no name");
  }

  @Test
  void anOfficeIsNotItsMinistry() {
    List<Entity> es = run("ar", "عنوان", "وقال وزير الخارجية البرتغالي إن الخارجية البرتغالية تتابع القضية.");
    org(es, "الخارجية البرتغالية");
    assertTrue(mentioned(es, "الخارجية البرتغالي") == null);
  }

  @Test
  void anIndefiniteHeadWithAnAdjectiveMonthsAndCurrenciesAreNoNames() {
    List<Entity> es = run("ar", "عنوان",
        "اقترحت لجنة أميركية مستقلة تماما خطة جديدة في (نيسان) أبريل الماضي لدعم اليورو.");
    assertTrue(es.isEmpty(), es.stream().map(e -> e.getName().toString()).toList().toString());
  }

  @Test
  void aThreeLetterNameTakesNoKafOfLikeness() {
    List<Entity> es = run("ar", "عنوان", "قال قائد شرطة كابل إن الانفجار وقع قرب السوق.");
    assertTrue(es.stream().noneMatch(e -> e.getName().toString().startsWith("Apple")),
        es.stream().map(e -> e.getName().toString()).toList().toString());
  }

  @Test
  void aNewspaperIsTheNameItsMarksHold() {
    List<Entity> es = run("ar", "عنوان", "ونقلت صحيفة «النجمة الساطعة» عن مصادر مطلعة أن الاجتماع تأجل.");
    Entity paper = es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).findFirst().orElseThrow();
    assertEquals(List.of("النجمة الساطعة"), texts(paper));
  }

  @Test
  void aVerbalNounOrANameThatDoesNotAgreeWithTheHeadStillMakesAName() {
    List<Entity> es = run("ar", "عنوان", "وقالت هيئة حماية الغابات إن جامعة ماواي ستشارك في الدراسة.");
    assertTrue(es.stream().anyMatch(e -> texts(e).contains("هيئة حماية الغابات")), es.stream().map(e -> e.getName().toString()).toList().toString());
    assertTrue(es.stream().anyMatch(e -> texts(e).contains("جامعة ماواي")), es.stream().map(e -> e.getName().toString()).toList().toString());
  }

  @Test
  void aForeignClubIsNamedWithoutTheHeadAndItsNationality() {
    List<Entity> es = run("ar", "عنوان",
        "انتقل المهاجم إلى نادي تيرانوفا الإيطالي بعد أن لعب لنادي كورستادت الهولندي موسمين، فيما أعلن نادي الصقور تجديد عقده.");
    assertEquals(List.of("تيرانوفا"), texts(org(es, "تيرانوفا")));
    assertEquals(List.of("كورستادت"), texts(org(es, "كورستادت")));
    org(es, "نادي الصقور"); // an Arabic name keeps its head
    assertTrue(mentioned(es, "نادي تيرانوفا الإيطالي") == null);
  }

  @Test
  void aGivenNameAndAFamilyNisbaMakeAPerson() {
    List<Entity> es = run("ar", "عنوان",
        "وأكد منصور الزهراني المشرف على الفريق أن التعاقد تم، فيما قال ماجد سعيد العتيبي إن الموسم الماضي كان صعبا.",
        "وعاد اللاعبون بعد رمضان الماضي إلى مطار الملك خالد الدولي، ونقل المصاب إلى مستشفى الملك فيصل التخصصي.",
        "وقال حاسم بن عبدالله الفارسي إن الملتقى يستمر خمسة أيام، وحصل علي الدعم.");
    Entity a = mentioned(es, "منصور الزهراني");
    assertNotNull(a, es.stream().map(x -> texts(x)).toList().toString());
    assertEquals(EntityType.PERSON, a.getType());
    assertEquals(EntityType.PERSON, mentioned(es, "ماجد سعيد العتيبي").getType());
    assertTrue(mentioned(es, "رمضان الماضي") == null, "last Ramadan is no one");
    assertTrue(mentioned(es, "خالد الدولي") == null, "an airport's adjective is no family name");
    assertTrue(mentioned(es, "فيصل التخصصي") == null, "a hospital's adjective is no family name");
    assertTrue(mentioned(es, "عبدالله الفارسي") == null, "the tail of a name with بن is not a name of its own");
  }

  @Test
  void aPurposePhraseBelongsToANamedBody() {
    List<Entity> es = run("ar", "عنوان",
        "أعلن المكتب الوطني للإحصاءات أرقام الربع الثاني، ونظمت الجمعية الأردنية للثقافة والفنون معرضا، "
            + "فيما أكدت الرئاسة العامة لرعاية الشباب دعمها. وقدمت وزارة الصحة للمواطنين لقاحات مجانية.");
    org(es, "المكتب الوطني للإحصاءات");
    org(es, "الجمعية الأردنية للثقافة والفنون");
    org(es, "الرئاسة العامة لرعاية الشباب");
    org(es, "وزارة الصحة");
    assertEquals(null, mentioned(es, "وزارة الصحة للمواطنين"), "a plain head and genitive takes no dative");
  }

  @Test
  void aBodyNamedAfterAPersonKeepsThePersonInside() {
    List<Entity> es = run("ar", "عنوان",
        "وصلت قافلة مركز الملك فهد للإغاثة والأعمال الإنسانية إلى المدينة، وقال مدير مركز الدراسات الاستراتيجية إن العمل مستمر.");
    org(es, "مركز الملك فهد للإغاثة والأعمال الإنسانية");
    org(es, "مركز الدراسات الاستراتيجية");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON), "فهد is inside the centre's name");
  }

  @Test
  void anIndefiniteNounInConstructContinuesTheChain() {
    List<Entity> es = run("ar", "عنوان",
        "دعت منظمة حظر الأسلحة النووية إلى التحقيق، وأعلنت مديرية أمن الإسكندرية القبض على المتهمين، "
            + "وارتفعت التداولات في بورصة عمان، وتراجعت البورصة المصرية.");
    org(es, "منظمة حظر الأسلحة النووية");
    org(es, "مديرية أمن الإسكندرية");
    org(es, "بورصة عمان");
    org(es, "البورصة المصرية");
  }

  @Test
  void aCentreBeforeAPlaceNameOrAnOrdinalIsNoBody() {
    List<Entity> es = run("ar", "عنوان",
        "افتتح المحافظ مشروعا في مركز خيبر، وحل الفريق في المركز الثاني بعد المباراة.");
    assertEquals(null, mentioned(es, "مركز خيبر"));
    assertEquals(null, mentioned(es, "المركز الثاني"));
  }

  @Test
  void theDatelineTownIsLinkedAgainInTheBodyWithoutACue() {
    List<io.newswire.enrich.ArticleField> fs = new java.util.ArrayList<>(EntityExtractorTest.fields("عنوان",
        "افتتحت الجمعية الخيرية بينبع معرضا للحرف اليدوية."));
    fs.add(1, new io.newswire.enrich.ArticleField("dateline", "ينبع 3 رجب 1437 هـ"));
    List<Entity> es = EntityExtractorTest.RULES.extract(fs, "ar");
    Entity yanbu = mentioned(es, "ينبع");
    assertNotNull(yanbu);
    assertEquals(2, texts(yanbu).size(), texts(yanbu).toString());
  }

  @Test
  void aPersonSpelledLikeAKbPersonButWithAnotherGivenNameIsNotThatPerson() {
    List<Entity> es = run("ar", "عنوان", "وقال الدكتور حسان مبروك إن الموسم كان ناجحا.");
    Entity e = mentioned(es, "حسان مبروك");
    assertNotNull(e);
    assertTrue(e.getId().toString().startsWith("person:name:"), e.getId().toString());
  }

  @Test
  void aCurrencyIsNoPerson() {
    List<Entity> es = run("ar", "عنوان", "بلغ الفائض التجاري 300 مليار يوان في الربع الأول.");
    assertEquals(null, mentioned(es, "يوان"));
  }

  @Test
  void theFamilyNameAloneLaterIsThePerson() {
    List<Entity> es = run("ar", "عنوان",
        "استقبل المحافظ خالد بن سعد العتيبي وفد الجمعية.",
        "وأشاد العتيبي بجهود المتطوعين، فيما قال الرئيس إن المبنى الحالي يكفي.");
    Entity p = mentioned(es, "العتيبي");
    assertNotNull(p, es.stream().map(x -> texts(x)).toList().toString());
    assertEquals(EntityType.PERSON, p.getType());
    assertEquals(null, mentioned(es, "الحالي"), "an adjective is no family name");
  }

  @Test
  void worldCitiesAndUsStatesHaveTheirEnglishNames() {
    List<Entity> es = run("ar", "عنوان", "وصل الوفد إلى ميلانو قادما من ولاية تكساس بعد زيارة واشنطن.");
    assertEquals("Milan", mentioned(es, "ميلانو").getName().toString());
    assertEquals("Texas", mentioned(es, "تكساس").getName().toString());
    assertEquals("Washington, D.C.", mentioned(es, "واشنطن").getName().toString());
    List<Entity> en = run("en", "Plant to close", "The firm will move the plant from Ohio to Geneva next year.");
    assertEquals(EntityType.PLACE, mentioned(en, "Ohio").getType());
    assertEquals(EntityType.PLACE, mentioned(en, "Geneva").getType());
  }
}
