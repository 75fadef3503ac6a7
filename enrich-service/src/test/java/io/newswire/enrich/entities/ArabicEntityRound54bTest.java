package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import org.junit.jupiter.api.Test;

/** Round 54b (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound54bTest {
  @Test
  void aChainInAListOfOfficialsKeepsItsGivenNameGluedToTheConjunction() {
    var es = run("ar", "استقبال",
        "وكان في استقباله الدكتور سعد بن ناصر الشثري المستشار في الديوان، وفهد بن عبد الله الراشد نائب رئيس المراسم، "
            + "وسلمان بن محمد الدوسري مدير مكتب الأمير.");
    assertTrue(typed(es, EntityType.PERSON, "فهد بن عبد الله الراشد"), all(es));
    assertTrue(typed(es, EntityType.PERSON, "سلمان بن محمد الدوسري"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().startsWith("وفهد")
        || m.getText().startsWith("وسلمان"))), all(es));
  }

  @Test
  void aGivenNameThatOpensWithWawKeepsIt() {
    var es = run("ar", "لقاء",
        "والتقى وليد بن طلال الحربي رئيس النادي باللاعبين قبل المباراة.");
    assertTrue(typed(es, EntityType.PERSON, "وليد بن طلال الحربي"), all(es));
  }
}
