package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.schema.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Round 32 (issue 13): Persian surnames built of a known name and a prefix or suffix, and one id for names
 * that rules make (the KB's when the whole name is its alias, else the cross-script id). Names below are
 * names and words of the language, no pool text.
 */
class CanonicalNameRound32Test {
  @Test
  void theAgentiveSuffixTakesTheVowelTheScriptDoesNotWrite() {
    assertEquals("Panahandeh", CrossScriptName.romanizePerson("پناهنده", "fa")); // not Panahndeh
    assertEquals("Amouzandeh", CrossScriptName.romanizePerson("آموزنده", "fa"));
    assertEquals("Pasandeh", CrossScriptName.romanizePerson("پسنده", "fa"));
    assertEquals("Sazandegi", CrossScriptName.romanizePerson("سازندگی", "fa"));
  }

  @Test
  void theSurnameSuffixVandReadsItsWawAsAConsonant() {
    assertEquals("Mousivand", CrossScriptName.romanizePerson("موسیوند", "fa")); // not Mousyounad
    assertEquals("Shirvand", CrossScriptName.romanizePerson("شیروند", "fa"));
  }

  @Test
  void theSurnameSuffixManesh() {
    assertEquals("Ahmadimanesh", CrossScriptName.romanizePerson("احمدی منش", "fa")); // written apart: one surname, not -manash
    assertEquals("Manesh", CrossScriptName.romanizePerson("منش", "fa"));
  }

  @Test
  void mirAndPourBeforeAKnownNameOrItsNisbaAreOneSurname() {
    assertEquals("Mirhosseini", CrossScriptName.romanizePerson("میرحسینی", "fa")); // not Mirhsini
    assertEquals("Miryousefi", CrossScriptName.romanizePerson("میریوسفی", "fa")); // the nisba of Yousef
    assertEquals("Pourgholami", CrossScriptName.romanizePerson("پورغلامی", "fa")); // not Pourghlami
    assertEquals("Mirmasoudi", CrossScriptName.romanizePerson("میرمسعودی", "fa")); // a name the knowledge base's words spell
  }

  @Test
  void aNameInOllahAndTheNisbaIsOneSurname() {
    assertEquals("Abdollahi", CrossScriptName.romanizePerson("عبدالهی", "fa")); // one lam written
    assertEquals("Habibollahi", CrossScriptName.romanizePerson("حبیباللهی", "fa"));
  }

  @Test
  void aNameARuleMakesTakesTheKnowledgeBasesIdWhenTheWholeNameIsItsAlias() {
    KnowledgeBase kb = KnowledgeBase.load((java.nio.file.Path) null);
    RuleNameIds ids = new RuleNameIds(new NameMatcher(kb).aliasKeys());
    Mention town = ids.mention(0, 0, 6, EntityType.PLACE, "أبهــا", "Abha", "ar"); // a dateline's stretched letters
    assertEquals("place:sa:abha", town.entityId());
    Mention west = ids.mention(0, 0, 12, EntityType.PLACE, "West Borland", "West Borland", "en");
    assertEquals("place:name:west-borland", west.entityId()); // the id Arabic or Persian copy of the same English name gets
    Mention democrats = ids.mention(0, 0, 14, EntityType.ORGANIZATION, "Free Democrats", "Free Democrats", "en");
    assertEquals(CrossScriptId.orNameKey(EntityType.ORGANIZATION, "Free Democrats"), democrats.entityId());
  }

  @Test
  void theStopsOfAnInitialismJoinItsLetters() {
    assertEquals(CrossScriptId.of(EntityType.ORGANIZATION, "Air UK"), CrossScriptId.of(EntityType.ORGANIZATION, "Air U.K."));
    assertEquals("org:name:air-uk", CrossScriptId.of(EntityType.ORGANIZATION, "Air U.K."));
    assertEquals("org:name:usa-today", CrossScriptId.of(EntityType.ORGANIZATION, "U.S.A. Today"));
    assertEquals("place:name:st-louis", CrossScriptId.of(EntityType.PLACE, "St. Louis")); // an abbreviation's stop still parts
  }
}
