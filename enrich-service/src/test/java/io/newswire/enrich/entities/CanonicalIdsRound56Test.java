package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.schema.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 56 (issue 13): a Latin word's opening German sch keys as the sh Arabic and Persian copy write (Schroeder,
 * Schultz), and the Wikidata table's builder still reads the letters as written; a country-or-city name alone in
 * brackets is the country (a nationality); Gazprom, Rosneft and Deutsche Börse are organisations wherever they stand;
 * a place an Arabic rule names (a mayor's town, a list's item) is the knowledge base's where its alias is the whole
 * name. Sentences written for these tests, no pool text.
 */
class CanonicalIdsRound56Test {

  @Test
  void germanSchKeysAsTheShArabicAndPersianCopyWrite() {
    assertEquals(CrossScriptName.key("Gerhard Schroeder"), CrossScriptName.key("گرهارد شرودر"));
    assertEquals(CrossScriptName.key("Schroeder"), CrossScriptName.key("شرودر"));
    assertEquals(CrossScriptName.key("George Schultz"), CrossScriptName.key("George Shultz"));
    // inside a word sch stays s + ch: Pesch is not Bush, Gescher not Gesher
    assertNotEquals(CrossScriptName.key("Pesch"), CrossScriptName.key("Bush"));
    assertNotEquals(CrossScriptName.key("Gescher"), CrossScriptName.key("Gesher"));
    // an sc before another letter stays s + k (Scott), and Arabic script is keyed as before
    assertEquals(CrossScriptName.key("Scott"), CrossScriptName.key("سكوت"));
    assertNotEquals(CrossScriptName.key("Scott"), CrossScriptName.key("شوت"));
    // the word table's builder groups English spellings by their letters: Schabba is no spelling of شبه
    assertNotEquals(CrossScriptName.spellingKey("Schabba"), CrossScriptName.spellingKey("شبه"));
    assertEquals(CrossScriptName.spellingKey("Shapiro"), CrossScriptName.key("Shapiro"));
  }

  @Test
  void aCountryOrCityNameAloneInBracketsIsTheCountry() {
    List<Entity> es = EntityExtractorTest.RULES.extract(fields("بطولة",
        "واختتمت في الأردن بطولة الرماية بفوز سالم الحارثي (السعودية) وأحمد الكندي (عمان) وخالد الزعبي (الأردن)."), "ar");
    Entity oman = mentioned(es, "عمان");
    assertNotNull(oman, all(es));
    assertEquals("wikidata:Q842", oman.getId().toString(), "a nationality, not the capital of the Jordan the article names");
    List<Entity> city = EntityExtractorTest.RULES.extract(fields("زيارة",
        "وزار الوزير الأردن أمس والتقى كبار المسؤولين في عمان قبل أن يعود إلى بلاده."), "ar");
    Entity amman = mentioned(city, "عمان");
    assertNotNull(amman, all(city));
    assertEquals("wikidata:Q3805", amman.getId().toString(), "no brackets: the article's Jordan makes it the city");
  }

  @Test
  void firmsNamedBareAreOrganisations() {
    List<Entity> es = model("Oil auction",
        "Newspapers said the buyer was a front for gas monopoly Gazprom, which had been expected to win. "
            + "Deutsche Boerse said its offer would stand, and Rosneft declined to comment.");
    Entity gazprom = mentioned(es, "Gazprom");
    assertNotNull(gazprom, all(es));
    assertEquals("org:gazprom", gazprom.getId().toString());
    Entity boerse = mentioned(es, "Deutsche Boerse");
    assertNotNull(boerse, all(es));
    assertEquals("org:deutsche-boerse", boerse.getId().toString());
    assertEquals("Deutsche Börse", boerse.getName().toString());
    Entity rosneft = mentioned(es, "Rosneft");
    assertNotNull(rosneft, all(es));
    assertEquals("org:rosneft", rosneft.getId().toString());
  }

  @Test
  void aMayorsTownTheKnowledgeBaseKnowsKeepsItsId() {
    List<Entity> es = EntityExtractorTest.RULES.extract(fields("لقاء",
        "والتقى البابا في الفاتيكان عددا من رؤساء البلديات ومنهم رئيس بلدية نيويورك وعمدة باريس."), "ar");
    Entity town = mentioned(es, "نيويورك");
    assertNotNull(town, all(es));
    assertEquals("place:us:new-york", town.getId().toString());
    // without the knowledge base the rule names the town by its romanized name, as before
    Mention bare = ArabicPlaceLists.place(0, 0, 3, "لحج", new RuleNameIds(Map.of()), null);
    assertEquals("place:name:lahij", bare.entityId());
  }

  @Test
  void aListedPlaceTakesTheKnowledgeBasesIdOnlyInTheListsCountry() {
    List<Entity> saudi = EntityExtractorTest.RULES.extract(fields("أمطار",
        "وتوقعت الأرصاد هطول أمطار على محافظات: جدة، الطائف، الجموم، رابغ."), "ar");
    Entity jumum = mentioned(saudi, "الجموم");
    assertNotNull(jumum, all(saudi));
    assertEquals("place:sa:al-jumum", jumum.getId().toString());
    // the KB's البيضاء is Libya's: in a list of Yemeni places it keeps its romanized name, among Libyan ones it is the KB's
    RuleNameIds ids = new RuleNameIds(new NameMatcher(EntityExtractorTest.KB).aliasKeys());
    assertEquals("place:name:al-bayda", ArabicPlaceLists.place(0, 0, 7, "البيضاء", ids, Set.of("YE")).entityId());
    assertEquals("place:ly:al-bayda", ArabicPlaceLists.place(0, 0, 7, "البيضاء", ids, Set.of("LY")).entityId());
  }
}
