package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 34 (issue 13, Arabic entities): a person the article names whole once is whole wherever the text writes the
 * same words ({@link WholeNameRepeats}); the preposition ل is no part of a name: لي ("to me") before a given name or a
 * noun with the article, a ل glued to a name the article names ({@link LamNames}); a bare body noun before لل… or a
 * verb is a body described, not named ({@link IndefiniteBodies}); a dual head names two places whatever follows them
 * ({@link ArabicPlaceLists}). Sentences written for these tests;
 * the mentions stand for what the tagger gives.
 */
class ArabicEntityRound34Test {
  /** Rule ids without a knowledge base: every listed place is named by its romanized name. */
  private static final RuleNameIds NO_KB = new RuleNameIds(java.util.Map.of());

  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  private static Mention person(String text, String words, int nth, String id) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(words, at + 1);
    }
    return new Mention(0, at, at + words.length(), id, EntityType.PERSON, id, false);
  }

  private static String span(String text, Mention m) {
    return text.substring(m.start(), m.end());
  }

  @Test
  void aNameWrittenWholeAgainIsTheWholeName() {
    String text = "وقرأ الشاعر سعد الدوخي قصائده في النادي الأدبي، ثم ختم سعد الدوخي الأمسية بقصيدة عن الوطن.";
    Mention whole = person(text, "سعد الدوخي", 0, "person:name:sd");
    Mention cut = person(text, "سعد", 1, "person:name:s");
    List<Mention> out = WholeNameRepeats.widen(List.of(field(text)), List.of(whole, cut));
    assertEquals("سعد الدوخي", span(text, out.get(1)));
    assertEquals("person:name:sd", out.get(1).entityId()); // the same person as the whole name
  }

  @Test
  void aGivenNameBeforeOtherWordsStaysAlone() {
    String text = "وقرأ الشاعر سعد الدوخي قصائده في النادي الأدبي، ثم ختم سعد الأمسية بقصيدة عن الوطن.";
    Mention whole = person(text, "سعد الدوخي", 0, "person:name:sd");
    Mention bare = person(text, "سعد", 1, "person:name:s");
    List<Mention> out = WholeNameRepeats.widen(List.of(field(text)), List.of(whole, bare));
    assertEquals("سعد", span(text, out.get(1)));
  }

  @Test
  void aWholeNameReadOnIntoALongerWordIsNotTaken() {
    String text = "وقال سعد الدوخي إن الأمسية نجحت، وحضر سعد الدوخيات الشعرية.";
    Mention whole = person(text, "سعد الدوخي", 0, "person:name:sd");
    Mention bare = person(text, "سعد", 1, "person:name:s");
    List<Mention> out = WholeNameRepeats.widen(List.of(field(text)), List.of(whole, bare));
    assertEquals("سعد", span(text, out.get(1)));
  }

  @Test
  void toMeBeforeAGivenNameIsThePronoun() {
    String text = "واتصل المخرج ذات مساء، وقال لي يوسف: «عندي لك دور جديد».";
    List<Mention> out = LamNames.trim(List.of(field(text)), List.of(person(text, "لي يوسف", 0, "person:name:ly")),
        id -> false);
    assertEquals("يوسف", span(text, out.get(0)));
  }

  @Test
  void toMeBeforeANounIsNoName() {
    String text = "وجلسنا طويلا، وطلب لي الصديق العزيز فنجان قهوة.";
    List<Mention> out = LamNames.trim(List.of(field(text)), List.of(person(text, "لي الصديق", 0, "person:name:ls")),
        id -> false);
    assertEquals(0, out.size(), out.toString());
  }

  @Test
  void aKnownLeeStays() {
    String text = "واستقبل الرئيس لي الكبير الوفد.";
    List<Mention> out = LamNames.trim(List.of(field(text)), List.of(person(text, "لي الكبير", 0, "person:kb")),
        id -> true);
    assertEquals(1, out.size());
  }

  @Test
  void aGluedLamBeforeANameTheArticleGivesIsThePreposition() {
    String text = "وغنى مارسيل خليفة أمام جمهور كبير، واستمع الحضور إلى أغنيات لمارسيل خليفة من السبعينات.";
    Mention first = person(text, "مارسيل خليفة", 0, "person:name:mk");
    Mention glued = person(text, "لمارسيل خليفة", 0, "person:name:lmk");
    List<Mention> out = LamNames.trim(List.of(field(text)), List.of(first, glued), id -> false);
    assertEquals("مارسيل خليفة", span(text, out.get(1)));
  }

  @Test
  void aGivenNameThatOpensWithLamKeepsIt() {
    String text = "وحضر الاجتماع وزير الاتصالات لطفي باشرين ووزير الأشغال طفي الحداد.";
    Mention lutfi = person(text, "لطفي باشرين", 0, "person:name:lb");
    Mention other = person(text, "طفي الحداد", 0, "person:name:th");
    List<Mention> out = LamNames.trim(List.of(field(text)), List.of(lutfi, other), id -> false);
    assertEquals("لطفي باشرين", span(text, out.get(0))); // لطفي is a given name itself
  }

  private static Mention org(String text, String words) {
    int at = text.indexOf(words);
    return new Mention(0, at, at + words.length(), "org:x", EntityType.ORGANIZATION, "x", false);
  }

  @Test
  void aBareBodyNounBeforeAPrepositionIsNoName() {
    String text = "وقررت الوزارة إنشاء لجنة للخبراء تدرس المشروع، وقال رئيس اتحاد للمعلمين إن القرار صائب.";
    List<Mention> out = IndefiniteBodies.drop(List.of(field(text)),
        List.of(org(text, "لجنة للخبراء"), org(text, "اتحاد للمعلمين")));
    assertEquals(0, out.size(), out.toString());
  }

  @Test
  void aBareBodyNounBeforeAVerbIsNoName() {
    String text = "وجاء ذلك في تقرير لجنة يشرف عليها نائب الحاكم، بعد أن تحول من حزب يدافع عن الناخبين.";
    List<Mention> out = IndefiniteBodies.drop(List.of(field(text)),
        List.of(org(text, "لجنة يشرف"), org(text, "حزب يدافع")));
    assertEquals(0, out.size(), out.toString());
  }

  @Test
  void namedBodiesStay() {
    String text = "وسافر الوفد على مصر للطيران، وقالت صحيفة يديعوت أحرونوت إن الهيئة العامة للسياحة ولجنة التحكيم وافقتا.";
    List<Mention> in = List.of(org(text, "مصر للطيران"), org(text, "صحيفة يديعوت أحرونوت"),
        org(text, "الهيئة العامة للسياحة"), org(text, "لجنة التحكيم"));
    assertEquals(4, IndefiniteBodies.drop(List.of(field(text)), in).size());
  }

  private static String places(List<Mention> ms, String text) {
    StringBuilder b = new StringBuilder();
    for (Mention m : ms) {
      if (m.type() == EntityType.PLACE) {
        b.append(text, m.start(), m.end()).append('|');
      }
    }
    return b.toString();
  }

  @Test
  void twoGovernoratesAfterTheDualAreBothPlaces() {
    String text = "وشملت الحملات محافظتي الخرمة وتربة والمراكز التابعة لهما.";
    List<Mention> out = ArabicPlaceLists.add(List.of(field(text)), List.of(), NO_KB);
    assertEquals("الخرمة|تربة|", places(out, text));
  }

  @Test
  void aTwoWordPlaceAfterTheDualStaysWhole() {
    String text = "وزار الوفد منطقتي الباحة وعسير، ثم محافظتي القطيف ورأس تنورة، قبل عودته.";
    List<Mention> out = ArabicPlaceLists.add(List.of(field(text)), List.of(), NO_KB);
    assertEquals("القطيف|رأس تنورة|", places(out, text)); // منطقتي is no dual head of the list
  }

  @Test
  void myCityNeedsAKnownPlace() {
    String text = "وقال إن مدينتي الصغيرة وأهلها لن ينسوا ذلك اليوم.";
    assertEquals("", places(ArabicPlaceLists.add(List.of(field(text)), List.of(), NO_KB), text));
  }
}
