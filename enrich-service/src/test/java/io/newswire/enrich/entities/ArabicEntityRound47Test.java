package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 47 (issue 13, Arabic entities). Sentences written for these tests. */
class ArabicEntityRound47Test {
  @Test
  void athleticsIsTheFederationsFieldNotANisba() {
    // لألعاب folds to a word opening with لا, and القوى ends in alif maqsura, which the matching form folds to ي
    List<Entity> es = run("ar", "منشطات", "وقال الاتحاد المغربي لألعاب القوى إنه سيرد على التقرير.");
    found(es, "الاتحاد المغربي لألعاب القوى", EntityType.ORGANIZATION);
    assertNull(mentioned(es, "الاتحاد المغربي"), all(es));
  }

  @Test
  void aBodyAfterTheLamOfLilIsTheSameBody() {
    List<Entity> es = run("ar", "منشطات", "وقال الاتحاد المغربي لألعاب القوى إنه سيرد على التقرير، وأكد مصدر "
        + "للاتحاد المغربي لألعاب القوى أن الرد جاهز.");
    Entity body = found(es, "الاتحاد المغربي لألعاب القوى", EntityType.ORGANIZATION);
    assertEquals(2, body.getMentions().size(), all(es));
  }

  @Test
  void aMosqueNamedAfterTheForcesItServesIsAFacility() {
    // the files' convention: the body inside a mosque's name is not annotated, as the person inside an airport's is not
    List<Entity> es = run("ar", "تفجير", "أدان المجلس التفجير الذي استهدف مسجد قوات الطوارئ في المدينة أمس.");
    assertNull(mentioned(es, "قوات الطوارئ"), all(es));
  }
}
