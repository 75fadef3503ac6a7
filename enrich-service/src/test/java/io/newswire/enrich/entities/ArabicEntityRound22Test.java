package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 22 (issue 13, Arabic entities and canonical names). Sentences written for these tests. */
class ArabicEntityRound22Test {
  @Test
  void theTeamIsNoTitle() {
    List<Entity> es = run("ar", "استعدادات",
        "قال المدرب إن الفريق جاهز تماما للمباراة المقبلة، وإن الفريق لتحقيقه الفوز يحتاج إلى جهد كبير.");
    assertNull(mentioned(es, "جاهز تماما"), all(es));
    assertNull(mentioned(es, "جاهز"), all(es));
    assertNull(mentioned(es, "لتحقيقه الفوز"), all(es));
  }

  @Test
  void theArtistBeforeAPhraseIsNoTitle() {
    List<Entity> es = run("ar", "عمل جديد",
        "انتهى الفنان بإعداد العمل الجديد خلال شهرين، وقال الفنان عادل إمام إنه سعيد بالنتيجة.");
    assertNull(mentioned(es, "بإعداد العمل"), all(es));
    Entity actor = mentioned(es, "عادل إمام"); // a given name after the title: still a person
    assertNotNull(actor, all(es));
    assertEquals(EntityType.PERSON, actor.getType());
  }

  @Test
  void aGeneralWithAGivenNameIsStillAPerson() {
    List<Entity> es = run("ar", "زيارة", "وصل الفريق ماجد الحربي إلى تبوك أمس في زيارة تفقدية.");
    Entity general = mentioned(es, "ماجد الحربي");
    assertNotNull(general, all(es));
    assertEquals(EntityType.PERSON, general.getType());
  }

  @Test
  void arabExchangesHaveTheirOwnEnglishNames() {
    List<Entity> es = run("ar", "أسواق المال",
        "أغلقت البورصة المصرية تعاملاتها على ارتفاع، فيما تراجعت بورصة البحرين وسوق مسقط للأوراق المالية وسوق دبي المالي.");
    assertEquals("Egyptian Exchange", mentioned(es, "البورصة المصرية").getName(), all(es));
    assertEquals("Bahrain Bourse", mentioned(es, "بورصة البحرين").getName(), all(es));
    assertEquals("Muscat Securities Market", mentioned(es, "سوق مسقط للأوراق المالية").getName(), all(es));
    assertEquals("Dubai Financial Market", mentioned(es, "سوق دبي المالي").getName(), all(es));
  }
}
