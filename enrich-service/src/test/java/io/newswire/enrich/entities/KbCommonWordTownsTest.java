package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small towns whose translated dr5hn names are everyday words or other names (روز 'day' for Egypt's Dayrut, بوش for
 * Egypt's Bush, سيناء for Iraq's Sinah) give no alias; a town with a name of its own keeps its link.
 */
class KbCommonWordTownsTest {
  private static boolean anyId(List<Entity> es, String id) {
    return es.stream().anyMatch(e -> id.equals(e.getId()));
  }

  @Test
  void dayIsNoEgyptianTown() {
    List<Entity> es = run("fa", "عنوان", "نمایشگاه کتاب روز دوشنبه در تهران گشایش یافت و هر روز تا شب باز است.");
    assertFalse(anyId(es, "place:eg:dayrut"), all(es));
    assertTrue(es.stream().anyMatch(e -> "Tehran".equals(e.getName())), all(es));
  }

  @Test
  void sinaiIsNoIraqiTown() {
    List<Entity> es = run("ar", "عنوان", "وصلت قافلة مساعدات إلى شمال سيناء أمس قادمة من القاهرة.");
    assertFalse(anyId(es, "place:iq:sinah"), all(es));
  }

  @Test
  void bushehrKeepsItsLink() {
    List<Entity> es = run("fa", "عنوان", "کشتی تازه دیروز در بندر بوشهر پهلو گرفت.");
    assertEquals(1, es.stream().filter(e -> "place:ir:bushehr".equals(e.getId())).count(), all(es));
  }
}
