package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
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
 * Issue 9, ninth round: Arabic direct quotes after a body named in marks, and speakers named after a long
 * role description, on invented sentences.
 */
class QuoteRound9Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Arabic: the role's holder named last

  @Test
  void arabicRoleWithPlaceAdjunctThenTitledNameBeforeTheClause() {
    var f = fields("الجمعية توزع السلال على الأسر",
        "وزعت الجمعية الخيرية أمس ألف سلة غذائية على الأسر المحتاجة في الأحياء الجنوبية.",
        "وأوضح المدير الإقليمي للجمعية الخيرية في الرياض الدكتور سالم عبد الله القحطاني أن الجمعية توزع السلال الغذائية كل شهر.");
    Entity salem = person("P1", "Salem al-Qahtani", f, "سالم عبد الله القحطاني");
    List<Quote> q = run("ar", f, salem, entity("O1", EntityType.ORGANIZATION, "Charity Society", f, "الجمعية الخيرية"),
        entity("L1", EntityType.PLACE, "Riyadh", f, "الرياض"));
    assertEquals("Salem al-Qahtani", speakerName(startingWith(q, "الجمعية توزع")));
  }

  @Test
  void arabicRoleThenNameBetweenCommasBeforeTheClause() {
    var f = fields("برنامج صيفي للشباب في جدة",
        "انطلق البرنامج الصيفي للشباب أمس بمشاركة مئتي متدرب في عشر دورات.",
        "بدوره ، أكد رئيس لجنة الشباب بحي النسيم في جدة ، فهد المطيري، أن البرنامج يواجه تحديات كبيرة هذا العام.",
        "وأوضح المشرف العام على البرنامج خالد العتيبي ، أن عدد المتدربين تجاوز المتوقع.");
    Entity fahd = person("P1", "Fahd al-Mutairi", f, "فهد المطيري");
    Entity khaled = person("P2", "Khaled al-Otaibi", f, "خالد العتيبي");
    List<Quote> q = run("ar", f, fahd, khaled, entity("O1", EntityType.ORGANIZATION, "Youth Committee", f, "لجنة الشباب"),
        entity("L1", EntityType.PLACE, "Jeddah", f, "جدة"));
    assertEquals("Fahd al-Mutairi", speakerName(startingWith(q, "البرنامج يواجه")));
    assertEquals("Khaled al-Otaibi", speakerName(startingWith(q, "عدد المتدربين")));
  }

  @Test
  void arabicMeetingPartnerAfterACommaIsNotTheSpeaker() {
    var f = fields("الوزير يبحث التعاون",
        "استقبل وزير الصحة أمس وفدا من المنظمة الدولية.",
        "وأكد وزير الصحة، خلال لقائه الرئيس التنفيذي للمنظمة جون سميث، أن التعاون بين الجانبين يتوسع.");
    Entity smith = person("P1", "John Smith", f, "جون سميث");
    List<Quote> q = run("ar", f, smith);
    Quote c = startingWith(q, "التعاون");
    assertTrue(!"John Smith".equals(speakerName(c)), "the one met is not the speaker: " + Articles.speakerText(c));
  }

  // ------------------------------------------------------------------ Arabic: a body named in marks before its clause

  @Test
  void arabicLongNameInMarksBetweenVerbAndComplementizerIsTheSubject() {
    var f = fields("مقتل قائد ميداني في ريف حلب",
        "وأفاد «المجلس المحلي لمدينة الباب» بأن القائد «لقي حتفه بقذيفة سقطت قرب مقره عند منتصف الليل، وأصيب اثنان من مرافقيه».");
    List<Quote> q = run("ar", f);
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertFalse(texts(direct).stream().anyMatch(t -> t.startsWith("المجلس المحلي")), "the body's name is not a quote: " + texts(q));
    Quote said = startingWith(direct, "لقي حتفه");
    assertTrue(Articles.speakerText(said).contains("المجلس المحلي لمدينة الباب"), Articles.speakerText(said));
  }

  @Test
  void arabicWordsInMarksAfterTheComplementizerStayAQuote() {
    var f = fields("الوزير يعد بالإصلاح",
        "وقال وزير المالية إن «الحكومة ماضية في خطة الإصلاح مهما كانت الصعوبات» أمام النواب.");
    List<Quote> q = run("ar", f);
    startingWith(ofKind(q, QuoteKind.DIRECT), "الحكومة ماضية");
  }

  @Test
  void arabicSourcePhraseRunningIntoAVerbTakesTheVerbsSubject() {
    var f = fields("المصرف المركزي يضخ أموالا في البنوك",
        "سيضخ المصرف المركزي عشرة مليارات دولار في بنوك التنمية، وفقا لما أعلنته صحيفة «الاقتصاد اليوم» صباح الثلاثاء.");
    List<Quote> q = run("ar", f);
    Quote c = startingWith(ofKind(q, QuoteKind.INDIRECT), "سيضخ المصرف");
    assertEquals("الاقتصاد اليوم", Articles.speakerText(c));
  }

  // ------------------------------------------------------------------ English: the describer, a document's author

  @Test
  void englishPassiveDescribingVerbTakesTheAgentAfterBy() {
    var f = fields("Veteran conductor retires",
        "The conductor Alan Brooke is to retire after forty years with the orchestra.",
        "Brooke was described as a \"tireless perfectionist\" by his colleague and former pupil Mary Lennox.");
    Entity brooke = person("P1", "Alan Brooke", f, "Alan Brooke", "Brooke");
    Entity mary = person("P2", "Mary Lennox", f, "Mary Lennox");
    List<Quote> q = run("en", f, brooke, mary);
    assertEquals("Mary Lennox", speakerName(startingWith(q, "tireless perfectionist")));
  }

  @Test
  void englishQuotedBySomeoneAsSayingStaysTheSubjects() {
    var f = fields("Minister backs the port plan",
        "Transport minister Ken Adler was quoted by the Daily Courier as saying that the port would double in size.");
    Entity ken = person("P1", "Ken Adler", f, "Ken Adler");
    Entity paper = entity("O1", EntityType.ORGANIZATION, "Daily Courier", f, "Daily Courier");
    List<Quote> q = run("en", f, ken, paper);
    assertEquals("Ken Adler", speakerName(startingWith(q, "the port would")));
  }

  @Test
  void englishDocumentWhichSaidIsItsAuthors() {
    var f = fields("Cheese name row goes to court",
        "Two governments are challenging a Trade Council ruling which said only one region may use the name.");
    Entity council = entity("O1", EntityType.ORGANIZATION, "Trade Council", f, "Trade Council");
    List<Quote> q = run("en", f, council);
    assertEquals("Trade Council", speakerName(startingWith(q, "only one region")));
  }

  @Test
  void arabicFeminineDescribingParticipleKeepsTheWordsAfterBi() {
    var f = fields("الحكومة ترفض التقرير",
        "رفضت الحكومة أمس تقريرا دوليا عن أوضاع السجون، واصفة ما ورد فيه بـ«الافتراءات المغرضة» التي لا أساس لها.");
    List<Quote> q = run("ar", f);
    startingWith(ofKind(q, QuoteKind.DIRECT), "الافتراءات المغرضة");
  }

  @Test
  void arabicPresentTenseCueAndANamedTitleInItsClause() {
    var f = fields("خطة حكومية للإعلام",
        "وتذكر الصحيفة أن الخطة الحكومية المسماة «الرؤية الجديدة» ستعرض على البرلمان الشهر المقبل.");
    List<Quote> q = run("ar", f);
    startingWith(ofKind(q, QuoteKind.INDIRECT), "الخطة الحكومية");
    assertFalse(texts(ofKind(q, QuoteKind.DIRECT)).contains("الرؤية الجديدة"), "a title after المسماة is no quote: " + texts(q));
  }
}
