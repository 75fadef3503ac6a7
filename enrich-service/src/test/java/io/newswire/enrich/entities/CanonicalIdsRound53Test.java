package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 53 (issue 13): the Daily Show's host is one person in Arabic and English copy, and
 * foreign names Arabic copy writes otherwise than Wikidata's Arabic names get their English spelling. Sentences
 * written for these tests, no pool text.
 */
class CanonicalIdsRound53Test {

  @Test
  void theComedianIsJonStewartInArabicCopyToo() {
    List<Entity> ar = run("ar", "نيويورك", "ودع الإعلامي الساخر جون ستيوارت جمهوره بعد ستة عشر عاما، وقال ستيوارت إنه سيعود.");
    Entity e = named(ar, "جون ستيوارت");
    assertEquals("person:jon-stewart", e.getId().toString(), all(ar));
    assertEquals("Jon Stewart", e.getName().toString());
    List<Entity> en = run("en", "Jon Stewart said he would leave the programme after sixteen years.");
    assertEquals("person:jon-stewart", named(en, "Jon Stewart").getId().toString(), all(en));
  }

  @Test
  void foreignNamesTakeTheirEnglishSpelling() {
    assertEquals("David Letterman", CrossScriptName.romanizePerson("ديفيد ليترمان", "ar"));
    assertEquals("Charles", CrossScriptName.romanizePerson("تشارلز", "ar"));
    assertEquals("Stephen", CrossScriptName.romanizePerson("ستيفن", "ar"));
    assertEquals("Robbie Williams", CrossScriptName.romanizePerson("روبي ويليامز", "ar"));
    assertEquals("Daniel", CrossScriptName.romanizePerson("دانيال", "ar"));
  }

  @Test
  void klitschkoKeepsHisGermanSpellingTheRebuiltWikidataTableLost() {
    assertEquals("Klitschko", CrossScriptName.romanizePerson("كليتشكو", "ar"));
    assertEquals("Vitali Klitschko", CrossScriptName.romanizePerson("ویتالی کلیچکو", "fa"));
  }

  @Test
  void theLebaneseMichelIsNoGulfMishal() {
    assertEquals("Michel Haddad", CrossScriptName.romanizePerson("ميشال حداد", "ar"));
  }
}
