package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 53b (Persian entities): where an unknown body's name ends, on sentences written for these tests. */
class PersianEntityRound53bTest {

  // [predicate-noun]: a verbal or event noun after a body's name of two words or more opens the predicate.

  @Test
  void anEventNounAfterABodysNameOpensTheNextPhrase() {
    List<Entity> es = run("fa", "عنوان",
        "با حضور رئیس سازمان تبلیغات اسلامی مراسم تودیع مدیرکل پیشین در شهر برگزار شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سازمان تبلیغات اسلامی"), all(es));
    assertFalse(anyMentionHolds(es, "مراسم"), all(es));
    List<Entity> party = run("fa", "عنوان", "دبیرکل گفت حزب همبستگی ملی تشکیل کارگروه ویژه را تصویب کرد.");
    assertFalse(anyMentionHolds(party, "تشکیل"), all(party));
  }

  @Test
  void rightAfterTheHeadSuchANounIsTheBodysOwnField() {
    List<Entity> es = run("fa", "عنوان", "رئیس کمیته تخصیص اعتبارات گفت که بودجه امسال کافی نیست.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "کمیته تخصیص اعتبارات"), all(es));
  }
}
