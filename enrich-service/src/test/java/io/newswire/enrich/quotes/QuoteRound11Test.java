package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, eleventh round: speakers named by a role, on invented sentences. */
class QuoteRound11Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Arabic: a role closed by a name the entity step missed

  @Test
  void arabicRoleRunsIntoAnUnknownNameAfterItsNationality() {
    var f = fields("البرازيل تواجه الأرجنتين في النهائي",
        "يلتقي منتخب البرازيل نظيره الأرجنتيني مساء اليوم في المباراة النهائية للبطولة القارية.",
        "ولخص مدافع المنتخب البرازيلي ماركوس فيلادا الأجواء داخل فريقه بقوله: «نحن جاهزون تماما ولا نخشى أحدا».",
        "واعتبر مدرب الأرجنتين الإيطالي جوليانو ماركيزي أن المباراة ستكون صعبة على الفريقين.");
    Entity brazil = entity("L1", EntityType.PLACE, "Brazil", f, "البرازيل");
    Entity argentina = entity("L2", EntityType.PLACE, "Argentina", f, "الأرجنتين");
    List<Quote> q = run("ar", f, brazil, argentina);
    assertEquals("ماركوس فيلادا", speakerName(startingWith(q, "نحن جاهزون")), speakerText(startingWith(q, "نحن جاهزون")));
    assertEquals("جوليانو ماركيزي", speakerName(startingWith(q, "المباراة ستكون")));
  }

  @Test
  void arabicRoleAfterAPlaceThenNameBeforeTheVerb() {
    var f = fields("تعادل مثير في الدوري",
        "انتهت المباراة بالتعادل الإيجابي بهدفين لكل فريق في الجولة الأخيرة.",
        "أما مدرب تشيلي فرناندو باريوس فقال: «لقد قدمنا مباراة كبيرة رغم الظروف».");
    Entity chile = entity("L1", EntityType.PLACE, "Chile", f, "تشيلي");
    List<Quote> q = run("ar", f, chile);
    assertEquals("فرناندو باريوس", speakerName(startingWith(q, "لقد قدمنا")), speakerText(startingWith(q, "لقد قدمنا")));
  }

  @Test
  void arabicRoleComplementAfterItsArticleIsNoName() {
    // a preposition-led complement and a place after the pair stay the role's: no name is invented
    var f = fields("إغلاق طرق في العاصمة",
        "وقال المتحدث الرسمي لشرطة منطقة الرياض إن الطرق ستغلق مساء اليوم.");
    Entity riyadh = entity("L1", EntityType.PLACE, "Riyadh", f, "الرياض");
    List<Quote> q = run("ar", f, riyadh);
    Quote clause = startingWith(q, "الطرق");
    assertNotEquals("لشرطة منطقة", speakerName(clause));
  }

  // ------------------------------------------------------------------ Arabic: a counterpart and another country's role

  @Test
  void arabicCounterpartNamedBeforeHoldsTheRoleOfHisCountry() {
    var f = fields("مباحثات أردنية تونسية",
        "أكد وزير الخارجية الأردني، سمير الحداد، أمس، أن العلاقات بين البلدين متينة. وأوضح الوزير الحداد، خلال مؤتمر صحافي عقده مع نظيره التونسي، منير بن سالم، أن التعاون سيتوسع.",
        "من جانبه، قال وزير الخارجية التونسي إن «البلدين يتفقان على كل الملفات الإقليمية».");
    Entity haddad = person("P1", "Samir al-Haddad", f, "سمير الحداد", "الحداد");
    Entity salem = person("P2", "Mounir Ben Salem", f, "منير بن سالم");
    List<Quote> q = run("ar", f, haddad, salem);
    assertEquals("Mounir Ben Salem", speakerName(startingWith(q, "البلدين يتفقان")));
    assertEquals("Samir al-Haddad", speakerName(startingWith(q, "العلاقات")));
  }

  @Test
  void arabicCounterpartTheEntityStepMissedIsStillNamed() {
    var f = fields("مباحثات أردنية تونسية",
        "أكد وزير الخارجية الأردني، سمير الحداد، أمس، أن العلاقات بين البلدين متينة. وأوضح الوزير الحداد، خلال مؤتمر صحافي عقده مع نظيره التونسي، منير بن سالم، أن التعاون سيتوسع.",
        "من جانبه، قال وزير الخارجية التونسي إن «البلدين يتفقان على كل الملفات الإقليمية».");
    Entity haddad = person("P1", "Samir al-Haddad", f, "سمير الحداد", "الحداد");
    List<Quote> q = run("ar", f, haddad);
    assertEquals("منير بن سالم", speakerName(startingWith(q, "البلدين يتفقان")));
  }

  @Test
  void arabicRoleOfAnotherCountryIsNotThePersonNamedBefore() {
    var f = fields("مباحثات أردنية تونسية",
        "أكد وزير الخارجية الأردني، سمير الحداد، أمس، أن العلاقات بين البلدين متينة.",
        "من جانبه، قال وزير الخارجية التونسي إن «البلدين يتفقان على كل الملفات الإقليمية».");
    Entity haddad = person("P1", "Samir al-Haddad", f, "سمير الحداد");
    List<Quote> q = run("ar", f, haddad);
    assertNotEquals("Samir al-Haddad", speakerName(startingWith(q, "البلدين يتفقان")));
  }

  // ------------------------------------------------------------------ a bare role the entity step linked to an office holder

  @Test
  void persianRoleLinkedToAnOfficeHolderGivesThePersonNamedInMarks() {
    var f = fields("هشدار درباره مذاکرات",
        "به نوشته روزنامه گاردین «جان مارتین» وزیر خارجه انگلستان درباره مذاکرات گفت، در آن صورت دولت با بحران تازه‌ای روبرو خواهد شد.");
    Entity holder = person("P1", "Today's Holder", f, "وزیر خارجه انگلستان");
    List<Quote> q = run("fa", f, holder);
    Quote clause = startingWith(q, "در آن صورت");
    assertNotEquals("Today's Holder", speakerName(clause));
    assertEquals("جان مارتین", speakerName(clause), speakerText(clause));
  }

  @Test
  void arabicRoleLinkedToAnOfficeHolderNeverNamedStaysUnnamed() {
    var f = fields("تحذير من ارتفاع الأسعار",
        "وقال وزير المالية البريطاني إن الأسعار سترتفع خلال الأشهر المقبلة.");
    Entity holder = person("P1", "Today's Holder", f, "وزير المالية البريطاني");
    List<Quote> q = run("ar", f, holder);
    assertNull(speakerName(startingWith(q, "الأسعار")));
  }
}
