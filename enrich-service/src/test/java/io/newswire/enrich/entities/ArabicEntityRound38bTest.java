package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 38b (Arabic): the other names of a comma list two of whose items are already persons are persons too
 * ({@link ArabicPersonLists}); the family word after a militia head is the group the knowledge base knows as
 * جماعة X ({@link MilitiaGroups}). Sentences written for these tests; the persons given stand for what the tagger finds.
 */
class ArabicEntityRound38bTest {
  /** The persons {@link ArabicPersonLists} adds to {@code persons} in {@code body} (also used by round 39's tests). */
  static List<String> added(String body, String... persons) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    List<Mention> names = new ArrayList<>();
    for (String p : persons) {
      int s = body.indexOf(p);
      names.add(new Mention(0, s, s + p.length(), "person:name:" + p, EntityType.PERSON, p, false));
    }
    List<String> out = new ArrayList<>();
    for (Mention m : ArabicPersonLists.add(fields, names)) {
      if (!names.contains(m)) {
        assertEquals(EntityType.PERSON, m.type());
        out.add(body.substring(m.start(), m.end()));
      }
    }
    return out;
  }

  @Test
  void theOtherNamesOfAListOfPersonsArePersons() {
    String body = "شارك في العرض سالم النمر، وهدى زاهر، ورامي قطان، ومحمد عبد الرحيم، وليلى مراد، وانتهى العرض مساء.";
    assertEquals(List.of("هدى زاهر", "محمد عبد الرحيم"), added(body, "سالم النمر", "رامي قطان", "ليلى مراد"));
  }

  @Test
  void oneKnownPersonIsNoList() {
    String body = "حضر الأمسية: سالم النمر، هدى زاهر، رامي قطان.";
    assertEquals(List.of(), added(body, "سالم النمر"));
    assertEquals(List.of("هدى زاهر"), added(body, "سالم النمر", "رامي قطان"));
  }

  @Test
  void itemsOfAnotherShapeEndTheListAndAreNotTaken() {
    // the article (a body or a common noun), a digit, a clause joined by و, three words with no chain word
    String body = "الفائزون: سالم النمر، رامي قطان، سعيد حداد، والهيئة العامة، و12 لاعبا، وسعيد وأخوه، وخالد سعيد يتقدم، ومنى حداد.";
    assertEquals(List.of("سعيد حداد"), added(body, "سالم النمر", "رامي قطان"));
  }

  @Test
  void aMentionAlreadyThereIsLeftAsItIs() {
    String body = "ضمت القائمة: سالم النمر، رامي قطان، جدة الجديدة، منى حداد.";
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    List<Mention> names = new ArrayList<>();
    for (String p : List.of("سالم النمر", "رامي قطان")) {
      int s = body.indexOf(p);
      names.add(new Mention(0, s, s + p.length(), "person:name:" + p, EntityType.PERSON, p, false));
    }
    int s = body.indexOf("جدة");
    names.add(new Mention(0, s, s + 3, "place:jeddah", EntityType.PLACE, "Jeddah", false));
    List<Mention> out = ArabicPersonLists.add(fields, names);
    assertEquals(names.size() + 1, out.size());
    assertEquals("منى حداد", body.substring(out.get(out.size() - 1).start(), out.get(out.size() - 1).end()));
  }

  private static final MilitiaGroups MILITIAS = new MilitiaGroups(KnowledgeBase.load());

  private static List<String> groups(String body, List<Mention> names) {
    List<FieldText> fields = List.of(new FieldText(0, "paragraphs[0]", FieldAnalysis.of(body), 0));
    List<String> out = new ArrayList<>();
    for (Mention m : MILITIAS.mark(fields, names)) {
      out.add(m.type() + " " + m.entityId() + " " + body.substring(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void theFamilyWordAfterAMilitiaHeadIsTheGroupNotThePerson() {
    String body = "وتقدمت ميليشيات الحوثي نحو المدينة، ثم قصفت ميليشيا الحوثي الأحياء، وقاتلت قوات الجيش وميليشيات الحوثي في مواقع أخرى.";
    int second = body.indexOf("الحوثي", body.indexOf("ميليشيا "));
    Mention person = new Mention(0, second, second + 6, "person:name:x", EntityType.PERSON, "x", false);
    List<String> out = groups(body, List.of(person));
    assertEquals(3, out.size());
    for (String g : out) {
      assertEquals("ORGANIZATION org:houthis الحوثي", g);
    }
  }

  @Test
  void anAdjectiveOrAnUnknownFamilyIsLeftAlone() {
    assertEquals(List.of(), groups("وتراجعت الميليشيات الحوثية عن مواقعها، وانسحبت ميليشيات القبائل.", List.of()));
  }
}
