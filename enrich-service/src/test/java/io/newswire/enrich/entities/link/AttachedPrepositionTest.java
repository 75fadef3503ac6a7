package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A preposition glued to a name is cut only when the article also writes the name without it. */
class AttachedPrepositionTest {
  private static int cut(String name, Set<String> written) {
    return UnknownNameLinker.attachedPreposition(name, 0, name.length(), written);
  }

  @Test
  void cutWhereTheArticleWritesTheNameAlone() {
    assertEquals(1, cut("بطبرية", Set.of("طبريه")), "matching form: teh marbuta folds to heh");
    assertEquals(1, cut("لسان ماركو", Set.of("سان ماركو")));
    assertEquals(2, cut("وبطبرية", Set.of("طبريه")), "و then ب");
  }

  @Test
  void keptWhereTheNameAloneIsNotWritten() {
    assertEquals(0, cut("برشلونة", Set.of("برشلونه")), "the letter is the name's own");
    assertEquals(0, cut("لبنان", Set.of("بنان الجديدة")));
    assertEquals(0, cut("Lisbon", Set.of("isbon")), "Latin script");
  }
}
