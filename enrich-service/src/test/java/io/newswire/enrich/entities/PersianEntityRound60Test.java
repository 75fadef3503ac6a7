package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 60, Persian persons: entities on sentences written for these tests. */
class PersianEntityRound60Test {

  // PersianNameRecognizer.beforeSpeechCue: a sentence that opens with a name and an interview cue, no comma.

  @Test
  void aNameBeforeAnInterviewCueIsTheSpeaker() {
    List<Entity> es = run("fa", "عنوان",
        "بختیار قاسمی در گفت‌وگو با خبرنگار ورزشی فارس گفت: تیم ما برای بازی فردا آماده است.");
    assertTrue(typed(es, EntityType.PERSON, "بختیار قاسمی"), all(es));
  }

  @Test
  void anInterviewSpelledInThreeWords() {
    List<Entity> es = run("fa", "عنوان",
        "بختیار نوروزی در گفت و گو با خبرنگار فارس افزود: کار ساخت سالن تا پایان سال تمام می‌شود.");
    assertTrue(typed(es, EntityType.PERSON, "بختیار نوروزی"), all(es));
  }

  @Test
  void anOfficeBeforeAnInterviewCueIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "سخنگوی شورا در گفت‌وگو با خبرنگار فارس گفت: جلسه بعدی هفته آینده برگزار می‌شود.");
    assertFalse(typedContaining(es, EntityType.PERSON, "سخنگوی شورا"), all(es));
    assertFalse(typedContaining(es, EntityType.PERSON, "شورا"), all(es));
  }

  @Test
  void wordsBeforeAnInterviewWithoutANameShapeAreNoName() {
    List<Entity> es = run("fa", "عنوان",
        "بازار کتاب در گفت‌وگو با ناشران بررسی شد و نتیجه آن به زودی اعلام می‌شود.");
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON), all(es));
  }
}
