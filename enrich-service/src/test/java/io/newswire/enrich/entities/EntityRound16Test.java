package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.LatinLetters;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 16 (issue 13, Arabic entities). Sentences written for these tests. */
class EntityRound16Test {
  @Test
  void lettersSpeltOutAloneInMarksAreAnOrganisation() {
    List<Entity> es = run("ar", "سيارات جديدة", "وقالت «بي إم دبليو» إن مبيعاتها ارتفعت في الربع الثاني من العام.");
    Entity bmw = mentioned(es, "بي إم دبليو");
    assertNotNull(bmw, all(es));
    assertEquals(EntityType.ORGANIZATION, bmw.getType());
    assertEquals("BMW", bmw.getName());
  }

  @Test
  void aNameOpenedBySpeltOutLettersIsNoPerson() {
    String text = "نشرت «جي دي باور» دراستها السنوية، وقالت «إم بي سي» إنها ستعرضها.";
    FieldText f = new FieldText(0, "paragraphs[0]", io.newswire.text.analysis.FieldAnalysis.of(text), 0);
    int s = text.indexOf("جي");
    List<Candidate> cs = new java.util.ArrayList<>(List.of(new Candidate(0, s, s + "جي دي باور".length(), EntityType.PERSON, 0.9, false)));
    LatinLetters.acronymOrganisations(List.of(f), cs, 0.99);
    assertEquals(EntityType.ORGANIZATION, cs.get(0).type());
    assertEquals(2, cs.size(), cs.toString()); // «إم بي سي», uncovered, added
    assertEquals("إم بي سي", text.substring(cs.get(1).start(), cs.get(1).end()));
    assertEquals(EntityType.ORGANIZATION, cs.get(1).type());
  }

  @Test
  void ministersOfTheArchiveCopyAreNamedAsTheAgenciesSpellThem() {
    List<Entity> es = run("ar", "محادثات في موسكو",
        "التقى وزير الخارجية عادل الجبير نظيره الروسي سيرجي لافروف، فيما قالت جانيت يلين إن الفائدة سترتفع.");
    Entity jubeir = mentioned(es, "عادل الجبير");
    assertNotNull(jubeir, all(es));
    assertEquals("Adel al-Jubeir", jubeir.getName());
    Entity lavrov = mentioned(es, "سيرجي لافروف");
    assertNotNull(lavrov, all(es));
    assertEquals("Sergei Lavrov", lavrov.getName());
    Entity yellen = mentioned(es, "جانيت يلين");
    assertNotNull(yellen, all(es));
    assertEquals("Janet Yellen", yellen.getName());
  }

  @Test
  void aDefiniteHeadWithItsAdjectiveAndPurposeIsAnOrganisation() {
    List<Entity> es = run("ar", "تقرير جديد",
        "ذكر المرصد السوري لحقوق الإنسان أن القصف استمر، فيما أعلنت اللجنة العليا للإغاثة وصول قافلة، "
            + "وأصدرت المديرية العامة للجوازات تعليمات جديدة.");
    Entity observatory = mentioned(es, "المرصد السوري لحقوق الإنسان");
    assertNotNull(observatory, all(es));
    assertEquals(EntityType.ORGANIZATION, observatory.getType());
    assertEquals("Syrian Observatory for Human Rights", observatory.getName());
    Entity committee = mentioned(es, "اللجنة العليا للإغاثة"); // العليا agrees with the feminine head
    assertNotNull(committee, all(es));
    assertEquals(EntityType.ORGANIZATION, committee.getType());
    Entity directorate = mentioned(es, "المديرية العامة للجوازات");
    assertNotNull(directorate, all(es));
    assertEquals(EntityType.ORGANIZATION, directorate.getType());
  }
}
