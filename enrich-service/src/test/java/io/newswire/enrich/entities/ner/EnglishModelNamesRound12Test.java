package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 12: the shape a weak model person needs to type an untyped run (our own phrases). */
class EnglishModelNamesRound12Test {

  private static String[] w(String s) {
    return s.split(" ");
  }

  @Test
  void aPersonsShape() {
    assertTrue(EnglishModelNames.personShaped(w("However , Orla McGrath and crew"), new Chunk(2, 4, "PER")));
    assertTrue(EnglishModelNames.personShaped(w("led by Wen Haotian , a rebel"), new Chunk(2, 4, "PER")));
  }

  @Test
  void noPersonsShape() {
    assertFalse(EnglishModelNames.personShaped(w("near the Parliamentary Library today"), new Chunk(2, 4, "PER")));
    assertFalse(EnglishModelNames.personShaped(w("a record by Moped Vs Santa"), new Chunk(3, 6, "PER")));
    assertFalse(EnglishModelNames.personShaped(w("the shop in Harbour County today"), new Chunk(3, 5, "PER")));
    assertFalse(EnglishModelNames.personShaped(w("shares of ACME Holdings rose"), new Chunk(2, 4, "PER")));
    assertFalse(EnglishModelNames.personShaped(w("with Lone Star"), new Chunk(1, 2, "PER")));
  }
}
