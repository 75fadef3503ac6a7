package io.newswire.enrich.entities.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A key's parts are read as {@code split(" ")} gives them: trailing empty parts dropped, others kept. */
class GivenNamePartsTest {
  private static boolean bySplit(String key, Set<String> given) {
    for (String part : key.split(" ")) {
      if (!given.contains(part)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void partsAreTheSplitsParts() {
    Set<String> given = Set.of("محمد", "علي", "رضا");
    Set<String> withEmpty = Set.of("محمد", "علي", "");
    String[] keys = {"محمد علي", "محمد علي ", "محمد  علي", " محمد علي", "محمد حسن", "  ", " ", "محمد علي رضا",
        "علي   ", "حسن علي"};
    for (String k : keys) {
      assertEquals(bySplit(k, given), PersianNameRecognizer.everyPartGiven(k, given), "[" + k + "]");
      assertEquals(bySplit(k, withEmpty), PersianNameRecognizer.everyPartGiven(k, withEmpty), "[" + k + "]");
    }
  }
}
