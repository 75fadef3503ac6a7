package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 28 (Persian): entities on sentences written for these tests. */
class PersianEntityRound28Test {
  private static Entity person(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    assertNotNull(e, all(es));
    assertEquals(EntityType.PERSON, e.getType(), all(es));
    return e;
  }

  // A compound given name of -الله written apart opens a person's name when a surname follows.

  @Test
  void aCompoundGivenNameWrittenApartOpensTheName() {
    List<Entity> es = run("fa", "عنوان", "نصرت الله مرادی دیروز در جلسه شورای شهر گفت: بودجه امسال کافی نیست.");
    person(es, "نصرت الله مرادی");
  }

  @Test
  void theSurnameAloneIsFoundAgainAfterTheApartCompound() {
    List<Entity> es = run("fa", "عنوان",
        "عنایت الله کاویانی دیروز به شهر رسید. کاویانی در دیدار با کشاورزان گفت: آب کم است.");
    Entity p = person(es, "عنایت الله کاویانی");
    assertTrue(texts(p).contains("کاویانی"), all(es));
    assertFalse(texts(p).contains("الله کاویانی"), all(es));
  }

  @Test
  void theWordsAloneWithNoSurnameAreNoName() {
    List<Entity> es = run("fa", "عنوان", "مردم با توکل بر رحمت الله، در این سفر شرکت کردند.");
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.PERSON && texts(e).toString().contains("الله"), all(es));
    }
  }

  @Test
  void valiAndAllahApartAreNoGivenName() {
    // ولی is also "but": apart the pair is no name a rule may trust
    List<Entity> es = run("fa", "عنوان", "او می‌خواست بیاید ولی الله کرم کرد و باران آمد.");
    assertNull(mentioned(es, "ولی الله کرم"), all(es));
  }

  // -الله given names are spelt -ollah in English, apart or glued.

  @Test
  void anApartCompoundIsRomanizedAsOneName() {
    List<Entity> es = run("fa", "عنوان", "رحمت الله ملکی دیروز در جلسه گفت: کار تمام شد.");
    Entity p = person(es, "رحمت الله ملکی");
    assertTrue(p.getName().startsWith("Rehmatollah") || p.getName().startsWith("Rahmatollah"), p.getName());
    assertFalse(p.getName().contains("al-Allah"), p.getName());
  }

  @Test
  void aGluedCompoundIsRomanizedWithOllah() {
    List<Entity> es = run("fa", "عنوان", "روح‌الله ملکی دیروز در جلسه گفت: کار تمام شد.");
    Entity p = person(es, "روح‌الله ملکی");
    assertTrue(p.getName().startsWith("Rouhollah") || p.getName().startsWith("Ruhollah"), p.getName());
  }

  @Test
  void anArticleWordBeforeAllahIsNotJoined() {
    // the ollah spelling joins only a name word to الله, never a word with the article (an Arabic phrase)
    assertFalse(io.newswire.enrich.entities.link.CrossScriptName.romanize("العبد الله", "fa").contains("ollah"));
  }

  // A listed given name glued to علی is one compound given name (as محمدعلی), spelt as one word in English.

  @Test
  void aGivenNameGluedToAliOpensTheName() {
    List<Entity> es = run("fa", "عنوان", "حسنعلی مرادی دیروز در جلسه شورای شهر گفت: بودجه امسال کافی نیست.");
    Entity p = person(es, "حسنعلی مرادی");
    assertTrue(p.getName().startsWith("Hassanali") || p.getName().startsWith("Hasanali"), p.getName());
  }

  @Test
  void aCommonWordInAliIsNoGivenName() {
    // فعلی (current): too short a first part to be a given name
    List<Entity> es = run("fa", "عنوان", "وضعیت فعلی بازار را کارشناسان بررسی کردند.");
    assertNull(mentioned(es, "فعلی بازار"), all(es));
  }
}
