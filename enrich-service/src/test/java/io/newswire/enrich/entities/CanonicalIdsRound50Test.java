package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 50, canonical names and ids (our own sentences): a firm whose name ends in 's has the id of that name; a name
 * trimmed of its describing word gets the id of the trimmed name; a team sheet's player has the id scheme of every other
 * person the KB lacks; a Persian body has one slug with or without کشور; the Senate, the Sinai and the European Union's
 * Persian adjective form are named.
 */
class CanonicalIdsRound50Test {
  private static final EntityExtractor ARABIC = new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));

  @Test
  void aFirmsNameEndingInPossessiveIsItsId() {
    List<Entity> es = model("KELLOW'S PROFIT UP",
        "Kellow's Inc said its profit rose 8 pct in the year to March.",
        "Kellow's, a chain of shoe shops, has 40 stores. Kellow's said it would open ten more.");
    Entity whole = named(es, "Kellow's Inc");
    assertEquals("org:name:kellows", whole.getId(), all(es));
    assertEquals(whole.getId(), named(es, "Kellow's").getId(), "one firm, one id: " + all(es));
  }

  @Test
  void aTrimmedNameHasTheIdOfTheTrimmedName() {
    String d = "Cash-strapped Hollins Motors said on Monday it would cut 300 jobs.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Carmaker cuts jobs", d));
    String whole = "Cash-strapped Hollins Motors";
    List<Mention> out = ParticipleOpeners.trim(fields, List.of(new Mention(1, 0, whole.length(),
        "org:name:cash-strapped-hollins-motors", EntityType.ORGANIZATION, whole, false)));
    assertEquals("org:name:hollins-motors", out.get(0).entityId());
    assertEquals("Hollins Motors", out.get(0).name());
  }

  @Test
  void aTeamSheetsPlayerIsThePersonTheReportNames() {
    List<Entity> es = model("Chelsea 2-0 Everton",
        "Drogba scored twice as Chelsea beat Everton in the league at Stamford Bridge on Saturday.",
        "Chelsea: Cech, Ferreira, Terry, Gallas, Bridge, Makelele, Lampard, Duff, Robben, Drogba, Gudjohnsen.");
    Entity drogba = named(es, "Drogba");
    assertEquals(2, drogba.getMentions().size(), "the report's and the sheet's Drogba are one person: " + all(es));
    assertTrue(drogba.getId().startsWith("person:name:"), drogba.getId());
    List<Entity> sheet = model("Chelsea 2-0 Everton",
        "Drogba scored twice as Chelsea beat Everton in the league at Stamford Bridge on Saturday.",
        "Chelsea: Cech, Ferreira, Terry, O'Connell, Bridge, Makelele, Lampard, Duff, Canale, Drogba, Gudjohnsen.");
    assertNotEquals(named(sheet, "O'Connell").getId(), named(sheet, "Canale").getId(),
        "one sound key written two ways in the article keeps each spelling's id: " + all(sheet));
  }

  @Test
  void aPersianBodyHasOneSlugWithOrWithoutTheCountrysWord() {
    assertEquals(MatchingForm.key("سازمان اوقاف و امور خیریه"),
        OrganisationName.withoutCountry(MatchingForm.key("سازمان اوقاف و امور خیریه کشور")));
    assertEquals(MatchingForm.key("وزارت کشور"), OrganisationName.withoutCountry(MatchingForm.key("وزارت کشور")),
        "the Ministry of Interior keeps its word");
    assertEquals(MatchingForm.key("کمیسیون ماده 10 وزارت کشور"),
        OrganisationName.withoutCountry(MatchingForm.key("کمیسیون ماده 10 وزارت کشور")), "also inside a longer name");
    List<Entity> a = run("fa", "نشست مالیاتی", "رئیس سازمان امور مالیاتی کشور گفت: درآمدها افزایش یافت.");
    List<Entity> b = run("fa", "کارتخوان پزشکان", "سخنگوی سازمان امور مالیاتی گفت: مهلت تمدید نمی‌شود.");
    assertEquals(named(a, "سازمان امور مالیاتی کشور").getId(), named(b, "سازمان امور مالیاتی").getId(), all(a) + " / " + all(b));
  }

  @Test
  void aShortFormWhoseOwnEntityHasTheLongerNameStaysWithIt() {
    String p = "رئیس سازمان امور مالیاتی کشور گفت سازمان امور مالیاتی آماده است و سازمان امور مالیاتی واقعیت را می‌داند.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("مالیات", p));
    int whole = p.indexOf("سازمان امور مالیاتی کشور");
    int bare = p.indexOf("سازمان امور مالیاتی آماده");
    int other = p.indexOf("سازمان امور مالیاتی واقعیت");
    String id = "org:fa:سازمان-امور-مالياتي";
    List<Mention> in = List.of(
        new Mention(1, whole, whole + "سازمان امور مالیاتی کشور".length(), id, EntityType.ORGANIZATION, "Tax Affairs Organization", false),
        new Mention(1, bare, bare + "سازمان امور مالیاتی".length(), id, EntityType.ORGANIZATION, "Tax Affairs Organization", false),
        new Mention(1, other, other + "سازمان امور مالیاتی واقعیت".length(), "org:fa:other", EntityType.ORGANIZATION, "x", false));
    List<Mention> out = PartialNameMerger.merge(fields, in, x -> false);
    assertEquals(id, out.get(1).entityId(), "the bare name's own entity holds the longer name with کشور");
  }

  @Test
  void arabicBodiesAndPlacesAreNamedInEnglish() {
    List<Entity> senate = run("ar", "جلسة استماع",
        "وقال الوزير أمام لجنة القوات المسلحة في مجلس الشيوخ إن الخطة لم تكتمل بعد.");
    assertEquals("Senate", named(senate, "مجلس الشيوخ").getName(), all(senate));
    List<Entity> sinai = ARABIC.extract(EntityExtractorTest.fields("هجوم", "وقتل جنديان في هجوم على حاجز للجيش في سيناء أمس."), "ar");
    assertEquals("place:sinai-peninsula", named(sinai, "سيناء").getId(), all(sinai));
    List<Entity> eu = run("fa", "نشست بروکسل", "وزیران خارجه اتحادیه اروپایی روز دوشنبه در بروکسل دیدار کردند.");
    assertEquals("wikidata:Q458", named(eu, "اتحادیه اروپایی").getId(), all(eu));
  }
}
