package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link KnowledgeBase#get} answers from its own lookup table: the same entity as the loaded rows, for every id. */
class KnowledgeBaseLookupTest {
  @Test
  void everyIdFindsItsEntityAndNoOtherIdFindsOne() {
    KnowledgeBase kb = KnowledgeBase.load(null);
    for (KbEntity e : kb.entities()) {
      assertSame(e, kb.get(e.id()), e.id());
    }
    assertNull(kb.get("person:name:xqzt"));
    assertNull(kb.get(""));
    assertNull(kb.get(null));
  }
}
