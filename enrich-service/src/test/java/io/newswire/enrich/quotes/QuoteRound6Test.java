package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, sixth round: reported speech the earlier rounds missed (sources after or before their clause,
 * a complementizer past a long subject, verbal nouns of saying, bare clauses after Persian verbs and
 * English subjects with an auxiliary) and names in marks after a naming noun, on invented sentences.
 */
class QuoteRound6Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  private static boolean anyStartsWith(List<Quote> quotes, String prefix) {
    return quotes.stream().anyMatch(q -> q.getText().toString().startsWith(prefix));
  }

  // ------------------------------------------------------------------ Arabic

  @Test
  void arabicSourceAfterTheClauseAttributesIt() {
    var f = fields("عنوان",
        "ارتفعت أسعار الخضار في أسواق المدينة بنسبة عشرين في المائة خلال الأسبوع الماضي، حسبما أكد تجار محليون.",
        "وأغلقت السلطات الطريق الساحلي أمام الشاحنات الثقيلة حتى نهاية الشهر، وفق ما أعلنت وزارة النقل.",
        "وانهار جزء من سور المدرسة القديمة بعد الأمطار الغزيرة، بحسب الدفاع المدني.");
    Entity ministry = entity("O1", EntityType.ORGANIZATION, "Ministry of Transport", f, "وزارة النقل");
    List<Quote> q = ofKind(run("ar", f, ministry), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "ارتفعت أسعار الخضار"), texts(q).toString());
    assertTrue(anyStartsWith(q, "وأغلقت السلطات الطريق"), texts(q).toString());
    assertTrue(anyStartsWith(q, "وانهار جزء من سور"), texts(q).toString());
    Quote closed = q.stream().filter(x -> x.getText().toString().startsWith("وأغلقت")).findFirst().orElseThrow();
    assertEquals("Ministry of Transport", speakerName(closed));
    assertFalse(closed.getText().toString().contains("وزارة النقل"), "the clause stops at the comma before the source");
  }

  @Test
  void arabicSourceOpeningTheSentenceAttributesWhatFollows() {
    var f = fields("عنوان",
        "ووفقا لمصادر في الميناء، فإن السفينة ستغادر الرصيف مساء الخميس بعد اكتمال التفريغ.");
    List<Quote> q = ofKind(run("ar", f), QuoteKind.INDIRECT);
    assertEquals(1, q.size(), texts(q).toString());
    assertTrue(q.get(0).getText().toString().startsWith("السفينة ستغادر"), q.get(0).getText().toString());
  }

  @Test
  void arabicComplementizerAfterALongSubjectOrAdjunct() {
    var f = fields("عنوان",
        "وأشار الباحث في تصريحات لصحيفة «النهار» اللبنانية الصادرة أمس إلى أن النتائج ستنشر قريبا.",
        "وكان الوزير أكد خلال مؤتمر صحافي مع نظيره الأردني في عمان، أمس، أن الحدود ستفتح الأسبوع المقبل.");
    List<Quote> q = ofKind(run("ar", f), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "النتائج ستنشر"), texts(q).toString());
    assertTrue(anyStartsWith(q, "الحدود ستفتح"), texts(q).toString());
  }

  @Test
  void arabicConjunctionsWithAnDoNotOpenAClause() {
    // بعد أن، كما أن: أن after a conjunction is no reported clause of the cue before it
    var f = fields("عنوان",
        "ويعتبر المرض من أكثر الأمراض انتشارا في المنطقة، ويصيب آلاف الأطفال، كما أنه ينتقل بسرعة بين الناس.");
    assertTrue(ofKind(run("ar", f), QuoteKind.INDIRECT).isEmpty());
  }

  @Test
  void arabicVerbalNounsOfSayingCarryQuotations() {
    var f = fields("عنوان",
        "ورفض المتحدث باسم الشرطة سليم الخطيب التعليق، واكتفى بالقول إن «التحقيقات ما زالت جارية في كل الاتجاهات».",
        "ونقلت وكالة الأنباء الرسمية عن الوزير نبيل حداد قوله إن «الحكومة لن تتراجع عن خطة الإصلاح مهما كانت الضغوط».",
        "ورحبت الصحف بإعلان الاتحاد أن المباراة ستقام في موعدها رغم الظروف الجوية.");
    List<Quote> all = run("ar", f, person("P1", "Salim Al-Khatib", f, "سليم الخطيب"),
        person("P2", "Nabil Haddad", f, "نبيل حداد"));
    List<Quote> direct = ofKind(all, QuoteKind.DIRECT);
    assertEquals(2, direct.size(), texts(all).toString());
    assertEquals("Salim Al-Khatib", speakerName(direct.get(0)));
    assertEquals("Nabil Haddad", speakerName(direct.get(1)), "the person the agency quoted it from (عن X قوله)");
    assertTrue(anyStartsWith(ofKind(all, QuoteKind.INDIRECT), "المباراة ستقام"), texts(all).toString());
  }

  @Test
  void arabicVerbalNounObjectOfASubjectlessVerb() {
    var f = fields("عنوان",
        "وأوضح مدير المستشفى أن الأجهزة الجديدة وصلت أمس، مؤكدا أهمية تدريب الممرضين على استخدامها قبل الافتتاح.",
        "وأضافت الشرطة أن السائق نقل إلى المستشفى، كما نفت وقوع إصابات بين المارة، وأكدت فتح تحقيق في أسباب الحادث.",
        "وأكد الوزير دعمه للمبادرة.");
    List<Quote> q = ofKind(run("ar", f), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "أهمية تدريب الممرضين"), texts(q).toString());
    assertTrue(anyStartsWith(q, "وقوع إصابات"), texts(q).toString());
    assertTrue(anyStartsWith(q, "فتح تحقيق"), texts(q).toString());
    assertTrue(anyStartsWith(q, "السائق نقل"), texts(q).toString());
    assertFalse(anyStartsWith(q, "الوزير"), texts(q).toString());
  }

  @Test
  void arabicDualAndFirstPersonComplementizers() {
    var f = fields("عنوان", "وقال الشريكان في بيان مشترك إنهما سيواصلان العمل معا في المشروع الجديد.");
    assertTrue(anyStartsWith(ofKind(run("ar", f), QuoteKind.INDIRECT), "إنهما سيواصلان"));
  }

  @Test
  void arabicDescribingVerbKeepsTheMarkedWordsDirect() {
    var f = fields("عنوان", "ويصف المزارعون هذا الموسم بأنه «الأسوأ منذ عشرين عاما» لأن المطر تأخر كثيرا.");
    List<Quote> all = run("ar", f);
    assertEquals(List.of("الأسوأ منذ عشرين عاما"), texts(ofKind(all, QuoteKind.DIRECT)));
    assertTrue(ofKind(all, QuoteKind.INDIRECT).isEmpty(), texts(all).toString());
  }

  @Test
  void arabicNamesInMarksAfterANamingNounAreNoFragments() {
    var f = fields("عنوان",
        "وأوضح مدير الجمعية أن الجمعية نظمت برنامج \"ربيع القراءة\" للأطفال تحت شعار \"كتاب لكل طفل في كل بيت\".",
        "وذكر أن الطائرة كانت من طراز «بوينغ 737» وأنها أقلعت متأخرة.");
    List<Quote> all = run("ar", f);
    assertTrue(ofKind(all, QuoteKind.DIRECT).isEmpty(), texts(all).toString());
    assertEquals(2, ofKind(all, QuoteKind.INDIRECT).size(), texts(all).toString());
  }

  @Test
  void arabicStatementStandsForTheBodyThatIssuedIt() {
    var f = fields("عنوان",
        "أصدرت هيئة الطيران المدني بيانا حول الحادث.",
        "وأقلعت الطائرة من المطار الرئيسي «قبل أن تفقد الاتصال ببرج المراقبة بعد عشر دقائق»، بحسب البيان.");
    Entity authority = entity("O1", EntityType.ORGANIZATION, "Civil Aviation Authority", f, "هيئة الطيران المدني");
    List<Quote> direct = ofKind(run("ar", f, authority), QuoteKind.DIRECT);
    assertEquals(1, direct.size());
    assertEquals("Civil Aviation Authority", speakerName(direct.get(0)));
  }

  // ------------------------------------------------------------------ Persian

  @Test
  void persianVerbsTakeABareClause() {
    var f = fields("تیتر",
        "یک روزنامه انگلیسی نوشت دولت این کشور طرح جدید مالیاتی را به مجلس می‌فرستد.",
        "حسین رضایی مدیر بیمارستان تاکید کرد نیروهای امدادی بلافاصله به محل حادثه اعزام شدند.",
        "وی به این موضوع اشاره کرد و افزود: بخش اورژانس تا صبح فعال بود.");
    List<Quote> q = ofKind(run("fa", f, person("P1", "Hossein Rezaei", f, "حسین رضایی")), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "دولت این کشور"), texts(q).toString());
    assertTrue(anyStartsWith(q, "نیروهای امدادی"), texts(q).toString());
    assertFalse(anyStartsWith(q, "و افزود"), texts(q).toString());
  }

  @Test
  void persianDescriptionGoesOnFromTheNamedSpeaker() {
    var f = fields("تیتر",
        "جانشین فرمانده انتظامی شهرستان از کشف محموله قاچاق خبر داد.",
        "علی محمدی در جمع خبرنگاران اظهار داشت: این محموله در بازرسی از یک کامیون کشف شد.",
        "جانشین فرمانده انتظامی شهرستان تصریح کرد: راننده کامیون بازداشت شده است.");
    Entity police = entity("O1", EntityType.ORGANIZATION, "Police", f, "انتظامی");
    List<Quote> q = ofKind(run("fa", f, person("P1", "Ali Mohammadi", f, "علی محمدی"), police), QuoteKind.INDIRECT);
    assertEquals(2, q.size(), texts(q).toString());
    q.forEach(x -> assertEquals("Ali Mohammadi", speakerName(x), x.getText().toString()));
  }

  // ------------------------------------------------------------------ English

  @Test
  void englishBareClauseOpenedByANounWithAnAuxiliary() {
    var f = fields("Headline",
        "The carmaker said sales of its electric models will double next year.",
        "But analysts warned several plants could close before the summer.",
        "The mayor said goodbye to the staff who were leaving.");
    List<Quote> q = ofKind(run("en", f), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "sales of its electric models"), texts(q).toString());
    assertTrue(anyStartsWith(q, "several plants could close"), texts(q).toString());
    assertFalse(anyStartsWith(q, "goodbye"), texts(q).toString());
  }

  @Test
  void englishAccordingToBeforeOrAfterTheClause() {
    var f = fields("Headline",
        "The bridge will stay closed for repairs until the end of March, according to the city council.",
        "According to local officials, about 200 homes were flooded overnight.");
    Entity council = entity("O1", EntityType.ORGANIZATION, "City Council", f, "city council");
    List<Quote> q = ofKind(run("en", f, council), QuoteKind.INDIRECT);
    assertTrue(anyStartsWith(q, "The bridge will stay closed"), texts(q).toString());
    assertTrue(anyStartsWith(q, "about 200 homes were flooded"), texts(q).toString());
  }

  @Test
  void englishRelativeWhichTakesItsAntecedent() {
    var f = fields("Headline",
        "The plan was welcomed at the time by the union, which described the offer as a \"real step forward\".");
    Entity union = entity("O1", EntityType.ORGANIZATION, "Transport Union", f, "union");
    List<Quote> q = ofKind(run("en", f, union), QuoteKind.DIRECT);
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Transport Union", speakerName(q.get(0)));
  }

  @Test
  void englishBarePluralSubjectIsLeftUnnamed() {
    var f = fields("Headline",
        "\"We will not change the rate this year,\" said Maria Lopez, the central bank governor.",
        "Despite the pressure from exporters, officials insist the currency is fairly valued.");
    List<Quote> q = ofKind(run("en", f, person("P1", "Maria Lopez", f, "Maria Lopez")), QuoteKind.INDIRECT);
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals(null, speakerName(q.get(0)), "not the governor quoted before");
  }

  @Test
  void englishTheAgencyIsTheBodyNamedBefore() {
    var f = fields("Headline",
        "The Food Standards Agency has issued a warning about a batch of contaminated flour.",
        "The flour should not be eaten and must be returned to the shop, the agency said.");
    Entity fsa = entity("O1", EntityType.ORGANIZATION, "Food Standards Agency", f, "Food Standards Agency");
    List<Quote> q = ofKind(run("en", f, fsa), QuoteKind.INDIRECT);
    assertEquals(1, q.size(), texts(q).toString());
    assertEquals("Food Standards Agency", speakerName(q.get(0)));
  }
}
