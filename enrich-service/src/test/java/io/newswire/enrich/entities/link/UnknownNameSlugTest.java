package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnknownNameSlugTest {
  @Test
  void lettersAndDigitsJoinedBySingleDashes() {
    assertEquals("person:en:jean-pierre-o-neill", UnknownNameLinker.slug(EntityType.PERSON, "en", "Jean-Pierre  O'Neill"));
    assertEquals("org:en:g7", UnknownNameLinker.slug(EntityType.ORGANIZATION, "en", "(G7)"));
    assertEquals("place:ar:بئر-السبع", UnknownNameLinker.slug(EntityType.PLACE, "ar", "بئر السبع"));
    assertEquals("person:fa:علی-اکبر-ولایتی", UnknownNameLinker.slug(EntityType.PERSON, "fa", "علی\u200cاکبر ولایتی"));
    assertEquals("other:en:", UnknownNameLinker.slug(EntityType.OTHER, "en", " -- "));
  }

  @Test
  void sameAsTheRegularExpressionItReplaces() {
    for (String s : List.of("Abu Dhabi's", "..a..b..", "٢٠٢٤ عام", "x\uD835\uDC00y", "Ⅻ century", "  ", "a—b", "«الرياض»")) {
      String expected = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      assertEquals("person:en:" + expected, UnknownNameLinker.slug(EntityType.PERSON, "en", s), s);
    }
  }
}
