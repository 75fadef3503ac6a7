package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 42 (issue 13, Arabic organisations and places). Sentences written for these tests. */
class ArabicEntityRound42Test {
  @Test
  void aMinistrysBranchKeepsTheRegionItServes() {
    List<Entity> es = run("ar", "ندوة",
        "أقام فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة تبوك ندوة عن الوسطية أمس.");
    String branch = "فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة تبوك";
    Entity e = mentioned(es, branch);
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType());
    assertNull(mentioned(es, "تبوك"), all(es)); // the region inside the branch's name is no place of its own
  }

  @Test
  void aMinistryWithoutBranchKeepsItsPlaceApart() {
    List<Entity> es = run("ar", "جولة", "وتابعت وزارة الصحة بمنطقة تبوك سير العمل في المستشفيات.");
    assertNull(mentioned(es, "وزارة الصحة بمنطقة تبوك"), all(es));
  }

  @Test
  void theBareCivilDefenceIsTheSaudiService() {
    List<Entity> es = run("ar", "حريق",
        "وأخمدت فرق الدفاع المدني حريقا شب في مستودع بحي السلي شرق الرياض دون إصابات.");
    Entity e = mentioned(es, "الدفاع المدني");
    assertNotNull(e, all(es));
    assertEquals(EntityType.ORGANIZATION, e.getType());
    assertEquals("Saudi Civil Defense", e.getName());
  }

  @Test
  void theBareBorderGuardIsNoBody() {
    // another country's guards as often as the Saudi service: only the named forms are listed
    List<Entity> es = run("ar", "الحدود", "وقال مسؤول إن حرس الحدود المغربي أوقف مئات المهاجرين قرب مليلية.");
    assertNull(mentioned(es, "حرس الحدود"), all(es));
  }

  @Test
  void anAdverbFromANisbaIsNoPlace() {
    // the mentions stand for what the tagger gives: three unknown one-word places and a linked country
    String text = "وتابع الفريق الوضع ميدانيا قبل أن يعود إلى ألمانيا، فيما ظل الملف معقدا بنيويا، كما في بوليفيا.";
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    List<Mention> tagged = new ArrayList<>();
    for (String word : List.of("ميدانيا", "ألمانيا", "بنيويا", "بوليفيا")) {
      int at = text.indexOf(word);
      String id = word.equals("ألمانيا") ? "place:germany" : "place:ar:" + word;
      tagged.add(new Mention(0, at, at + word.length(), id, EntityType.PLACE, word, false));
    }
    List<String> kept = new ArrayList<>();
    // Germany is linked (the knowledge base's countries never reach the filter); Bolivia, unlinked, has no nisba's ـو/ـان
    KbEntity germany = new KbEntity("place:germany", EntityType.PLACE, "Germany", List.of(), java.util.Map.of());
    Function<String, KbEntity> kb = id -> id.equals(germany.id()) ? germany : null;
    for (Mention m : AdverbPlaces.drop(List.of(f), tagged, kb)) {
      kept.add(text.substring(m.start(), m.end()));
    }
    assertEquals(List.of("ألمانيا", "بوليفيا"), kept);
  }
}
