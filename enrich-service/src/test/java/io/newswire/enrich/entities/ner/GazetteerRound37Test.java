package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 37: the Arabic tagger's word list takes the KB's Arabic aliases only. */
class GazetteerRound37Test {

  @Test
  void theArabicListTakesArabicAliasesOnly() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load((Path) null);
    Gazetteer arabic = Gazetteer.build(kb, "ar");
    Gazetteer persian = Gazetteer.build(kb, "fa");
    // Words only the KB's Persian column writes: a Persian spelling of a footballer's name, a Persian
    // adjective, and "استريت" after a joiner (a stem starting with a space).
    for (String word : List.of("ابراهيموويچ", "اجرايي")) {
      assertNotNull(persian.tags(ArabicStem.of(word)), word);
      assertNull(arabic.tags(ArabicStem.of(word)), word);
    }
    assertNotNull(persian.tags(" استريت"));
    assertNull(arabic.tags(" استريت"));
    // Names the Arabic column writes stay, and the hand-written lists are still read.
    assertTrue(arabic.tags(ArabicStem.of("الرياض")).contains("PLACE1"));
    assertTrue(arabic.tags(ArabicStem.of("محمد")).contains("GIVEN"));
  }
}
