package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 57, canonical ids (our own names): a person the KB lacks has the key of the English name it is published
 * under, so that Arabic copy's ديفيد and English copy's David, both published as David, are one id.
 */
class CanonicalIdsRound57Test {

  private static Map<String, List<Mention>> group(Mention... ms) {
    Map<String, List<Mention>> out = new LinkedHashMap<>();
    for (Mention m : ms) {
      out.computeIfAbsent(m.entityId(), x -> new java.util.ArrayList<>()).add(m);
    }
    return out;
  }

  @Test
  void aPersonWrittenInArabicScriptHasTheKeyOfItsEnglishName() {
    String arabic = CrossScriptName.key("ديفيد");
    String english = CrossScriptName.key("David");
    assertEquals(false, arabic.equals(english), "the letters as written key apart: " + arabic + " / " + english);
    Map<String, List<Mention>> out = EntityAssembler.withPersonNameIds(
        group(new Mention(0, 0, 5, "person:name:" + arabic, EntityType.PERSON, "David", false)), id -> false);
    assertEquals(List.of("person:name:" + english), List.copyOf(out.keySet()));
    assertEquals("person:name:" + english, out.values().iterator().next().get(0).entityId(), "the mentions carry it too");
  }

  @Test
  void theLongestMentionsNameGivesTheKeyAndEntitiesThatMeetAreOne() {
    // a repeat keyed by the surname alone (Hassan) published under the whole name (Samira Hassan)
    Mention whole = new Mention(0, 10, 22, "person:name:hsn", EntityType.PERSON, "Samira Hassan", false);
    Mention repeat = new Mention(1, 0, 5, "person:name:hsn", EntityType.PERSON, "Hassan", false);
    Mention other = new Mention(2, 0, 12, "person:name:smrhsn", EntityType.PERSON, "Samira Hassan", false);
    Map<String, List<Mention>> out = EntityAssembler.withPersonNameIds(group(whole, repeat, other), id -> false);
    assertEquals(List.of("person:name:" + CrossScriptName.key("Samira Hassan")), List.copyOf(out.keySet()));
    assertEquals(3, out.values().iterator().next().size());
    assertEquals(0, out.values().iterator().next().get(0).field(), "in text order");
  }

  @Test
  void knownPersonsOtherTypesAndNamesLeftInArabicScriptKeepTheirIds() {
    Mention known = new Mention(0, 0, 5, "person:name:dfd", EntityType.PERSON, "David", false);
    assertEquals(List.of("person:name:dfd"),
        List.copyOf(EntityAssembler.withPersonNameIds(group(known), id -> true).keySet()), "a KB id is the KB's");
    Mention org = new Mention(0, 0, 5, "org:name:david", EntityType.ORGANIZATION, "Davids", false);
    assertEquals(List.of("org:name:david"), List.copyOf(EntityAssembler.withPersonNameIds(group(org), id -> false).keySet()));
    Mention unread = new Mention(0, 0, 5, "person:name:" + CrossScriptName.key("ديفيد"), EntityType.PERSON, "ديفيد", false);
    assertEquals(List.of("person:name:" + CrossScriptName.key("ديفيد")),
        List.copyOf(EntityAssembler.withPersonNameIds(group(unread), id -> false).keySet()), "no English name: the key as written");
  }

  @Test
  void oneNameInArabicAndEnglishCopyIsOneId() {
    var ar = EntityExtractorTest.run("ar", "رسائل قديمة",
        "وقال الدكتور جون آدامز إن الرسالة الطويلة وصلت إلى زوجته أمس.");
    var en = EnglishEntityRound7Test.model("Old letters",
        "Dr John Adams said the long letter reached his wife yesterday.");
    var a = EntityArabicPersianHelpers.named(ar, "جون آدامز");
    var e = EntityArabicPersianHelpers.named(en, "John Adams");
    assertEquals("John Adams", a.getName(), EntityArabicPersianHelpers.all(ar));
    assertEquals(e.getId(), a.getId(), EntityArabicPersianHelpers.all(ar) + " / " + EntityArabicPersianHelpers.all(en));
  }

  @Test
  void aCountryNamedByGenericWordsMakesTheNameSpecific() {
    assertEquals("org:name:government-of-united-states", CrossScriptId.of(EntityType.ORGANIZATION, "Government of United States"));
    assertEquals("org:name:embassy-of-united-kingdom", CrossScriptId.of(EntityType.ORGANIZATION, "Embassy of United Kingdom"));
    assertEquals(null, CrossScriptId.of(EntityType.ORGANIZATION, "United Supreme Council"), "generic words, no country");
    assertEquals(null, CrossScriptId.of(EntityType.ORGANIZATION, "Ministry of Foreign Affairs"));
    assertEquals(null, CrossScriptId.of(EntityType.ORGANIZATION, "Council of States"), "States alone is no country");
  }
}
