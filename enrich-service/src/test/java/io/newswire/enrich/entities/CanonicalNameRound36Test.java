package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.VowelLetters;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 36 (issue 13): a KB person's full name written with other vowel letters or spacing, the Saudi clubs'
 * reference names, موسى as the Saudi press writes it. Sentences written for these tests, no pool text.
 */
class CanonicalNameRound36Test {
  /** The shipped Arabic tagger finds the names the linker then reads (the rules alone find no untitled name). */
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  private static List<Entity> model(String... paragraphs) {
    return WITH_MODEL.extract(fields(paragraphs), "ar");
  }

  @Test
  void theSkeletonDropsOnlyTheInnerVowelLetters() {
    assertEquals(VowelLetters.skeleton("فرانسوا"), VowelLetters.skeleton("فرنسوا"));
    assertEquals("حسن", VowelLetters.skeleton("حسان"));
    assertEquals("حسني", VowelLetters.skeleton("حسني")); // the last letter stays: حسني is not حسان
    assertEquals("يد", VowelLetters.skeleton("يد"));
  }

  @Test
  void aKbPersonsFullNameWithoutAVowelLetterIsThePerson() {
    List<Entity> es = model("قمة", "وقال الرئيس فرنسوا هولاند إن بلاده ستواصل دعم الحل السياسي.");
    Entity e = mentioned(es, "فرنسوا هولاند");
    assertNotNull(e, all(es));
    assertEquals("François Hollande", e.getName());
  }

  @Test
  void aKbPersonsGivenNameWrittenApartIsThePerson() {
    List<Entity> es = model("ذكرى", "وكان خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز قد أمر بإنشاء المركز.");
    Entity e = mentioned(es, "عبد الله بن عبد العزيز");
    assertNotNull(e, all(es));
    assertEquals("Abdullah bin Abdulaziz Al Saud", e.getName());
  }

  @Test
  void saudiClubsTakeTheirReferenceNames() {
    List<Entity> es = run("ar", "الدوري", "وتغلب نادي الاتحاد على نادي الهلال بهدفين في جدة مساء أمس.");
    assertEquals("Ittihad FC", mentioned(es, "نادي الاتحاد").getName(), all(es));
    assertEquals("Al-Hilal FC", mentioned(es, "نادي الهلال").getName(), all(es));
  }

  @Test
  void musaIsMousaInArabicCopy() {
    assertEquals("Mousa", CrossScriptName.romanizePerson("موسى", "ar"));
    assertEquals("al-Mousa", CrossScriptName.romanizePerson("الموسى", "ar"));
  }
}
