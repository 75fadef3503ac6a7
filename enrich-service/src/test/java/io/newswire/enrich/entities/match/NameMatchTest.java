package io.newswire.enrich.entities.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchTest {
  private static NameMatch at(int start, int end) {
    return new NameMatch(start, end, start, end, List.of());
  }

  @Test
  void withoutKeepsTheOthersInOrderAndTestsEachMatchOnceInOrder() {
    List<NameMatch> field = List.of(at(0, 4), at(5, 9), at(10, 14), at(15, 19));
    List<Integer> tested = new ArrayList<>();
    List<NameMatch> kept = NameMatch.without(field, m -> {
      tested.add(m.start());
      return m.start() == 5 || m.start() == 15;
    });
    assertEquals(List.of(at(0, 4), at(10, 14)), kept);
    assertEquals(List.of(0, 5, 10, 15), tested);
  }

  @Test
  void withoutGivesTheSameListWhenNoneGoes() {
    List<NameMatch> field = List.of(at(0, 4), at(5, 9));
    assertSame(field, NameMatch.without(field, m -> false));
    assertEquals(List.of(), NameMatch.without(field, m -> true));
  }
}
