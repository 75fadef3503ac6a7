package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 48b (issue 13): Iran's Supreme National Security Council and other national security councils. Sentences written for these tests. */
class SecurityCouncilsRound48bTest {
  private static final String SNSC = "org:ir-supreme-national-security-council";

  @Test
  void aNationalSecurityCouncilIsNoUnSecurityCouncil() {
    List<Entity> es = run("ar", "اجتماع أمني",
        "عقدت الحكومة الأفغانية جلسة لمجلس الأمن القومي صباح أمس في كابول، فيما دعا مجلس الأمن إلى التهدئة.");
    Entity national = mentioned(es, "مجلس الأمن القومي");
    assertNotNull(national, all(es));
    assertNotEquals("org:unsc", national.getId().toString());
    assertEquals("org:unsc", mentioned(es, "مجلس الأمن").getId().toString());
  }

  @Test
  void iransCouncilHasOneIdInArabicPersianAndEnglish() {
    Entity ar = mentioned(run("ar", "طهران",
        "قال أمين المجلس الأعلى للأمن القومي الإيراني إن بلاده لن تتراجع عن برنامجها."), "المجلس الأعلى للأمن القومي الإيراني");
    Entity fa = mentioned(run("fa", "تهران",
        "دبیر شوراي عالي امنيت ملي گفت که ایران از حقوق خود دفاع می کند."), "شوراي عالي امنيت ملي");
    Entity en = mentioned(run("en", "Tehran",
        "Iran's Supreme National Security Council said on Monday it would respond to any attack."), "Supreme National Security Council");
    assertNotNull(ar);
    assertNotNull(fa);
    assertNotNull(en);
    assertEquals(SNSC, ar.getId().toString());
    assertEquals(SNSC, fa.getId().toString());
    assertEquals(SNSC, en.getId().toString());
  }
}
