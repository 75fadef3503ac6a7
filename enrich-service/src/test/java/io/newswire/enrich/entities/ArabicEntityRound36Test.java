package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 36 (issue 13, Arabic entities): place names that are also common words (مشهد "a scene", بنين "boys") are
 * dropped without a sign of the place ({@link CommonWordPlaces}); the name after an indefinite مديرية is a Yemeni
 * district, a place, unless it is a department's field ({@link YemeniDistricts}); a و-joined article noun completes a
 * body's name unless it is another body ({@link JoinedBodyNames}). Sentences written for these tests;
 * the mentions stand for what the tagger and the knowledge base give.
 */
class ArabicEntityRound36Test {
  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  /** A place mention of the first occurrence of {@code word} (after {@code from}). */
  private static Mention place(String text, String word, int from, String id) {
    int s = text.indexOf(word, from);
    return new Mention(0, s, s + word.length(), id, EntityType.PLACE, id, false);
  }

  private static Mention org(String text, String words) {
    int s = text.indexOf(words);
    return new Mention(0, s, s + words.length(), "org:x", EntityType.ORGANIZATION, words, false);
  }

  /** The mentions a rule returns, as TYPE:text (or the text alone). */
  private static List<String> shown(String text, List<Mention> result, boolean typed) {
    List<String> out = new ArrayList<>();
    for (Mention m : result) {
      String span = text.substring(m.start(), m.end());
      out.add(typed ? m.type().name() + ":" + span : span);
    }
    return out;
  }

  private static List<String> kept(String text, List<Mention> known) {
    return shown(text, CommonWordPlaces.drop(List.of(field(text)), known), true);
  }

  private static List<String> districts(String text, List<Mention> known) {
    return shown(text, YemeniDistricts.retype(List.of(field(text)), known), true);
  }

  private static List<String> bodies(String text, List<Mention> known) {
    return shown(text, JoinedBodyNames.extend(List.of(field(text)), known), false);
  }

  @Test
  void aSceneIsNoCity() {
    String text = "وصور المخرج مشهد النهاية في يوم واحد، ثم انتقل إلى مشهد آخر داخل القصر.";
    assertEquals(List.of(), kept(text, List.of(place(text, "مشهد", 0, "mashhad"), place(text, "مشهد", 20, "mashhad"))));
    String glued = "وتبدأ الحلقة بمشهد طويل على الشاطئ.";
    assertEquals(List.of(), kept(glued, List.of(place(glued, "مشهد", 0, "mashhad"))));
  }

  @Test
  void theCityStandsBesideIranOrAfterAWordOfPlace() {
    String withIran = "ووصل الوزير إلى مشهد في شمال شرق إيران صباح اليوم.";
    List<Mention> known = List.of(place(withIran, "مشهد", 0, "mashhad"), place(withIran, "إيران", 0, "iran"));
    assertEquals(List.of("PLACE:مشهد", "PLACE:إيران"), kept(withIran, known));
    String headed = "وأقيم المعرض في مدينة مشهد لمدة أسبوع.";
    assertEquals(List.of("PLACE:مشهد"), kept(headed, List.of(place(headed, "مشهد", 0, "mashhad"))));
    String nisba = "وزار الوفد مشهد الإيرانية أمس.";
    assertEquals(List.of("PLACE:مشهد"), kept(nisba, List.of(place(nisba, "مشهد", 0, "mashhad"))));
  }

  @Test
  void boysAndGirlsAreNoBenin() {
    String schools = "وتستقبل مدارس بنين وبنات الطلاب يوم الأحد.";
    assertEquals(List.of(), kept(schools, List.of(place(schools, "بنين", 0, "benin"))));
    String country = "وأرسلت نيجيريا وبنين قوات إلى الحدود، فيما وعدت بنين بإرسال المزيد.";
    List<Mention> known = List.of(place(country, "بنين", 20, "benin"));
    assertEquals(List.of("PLACE:بنين"), kept(country, known));
  }

  @Test
  void theNameAfterADistrictHeadIsAPlace() {
    String text = "واندلعت المواجهات في مديرية الحزم بمحافظة إب مساء أمس.";
    assertEquals(List.of("PLACE:الحزم"), districts(text, List.of(org(text, "مديرية الحزم"))));
    String two = "وتقدمت القوات نحو مديرية حزم العدين غربا.";
    assertEquals(List.of("PLACE:حزم العدين"), districts(two, List.of(org(two, "مديرية حزم العدين"))));
  }

  @Test
  void aDepartmentStaysABody() {
    String text = "وأعلنت مديرية أمن المحافظة القبض على المتهمين، كما دعت مديرية التربية إلى الهدوء.";
    List<Mention> known = List.of(org(text, "مديرية أمن المحافظة"), org(text, "مديرية التربية"));
    assertEquals(List.of("ORGANIZATION:مديرية أمن المحافظة", "ORGANIZATION:مديرية التربية"), districts(text, known));
    String army = "وأفاد بيان صادر عن مديرية التوجيه في الجيش بأن دورية اعتقلت مطلوبين.";
    assertEquals(List.of("ORGANIZATION:مديرية التوجيه"), districts(army, List.of(org(army, "مديرية التوجيه"))));
  }

  @Test
  void aHeadBeforeAConjunctionNamesNothing() {
    String text = "وسيطرت المقاومة على مديرية وباتت تسيطر على التلال.";
    assertEquals(List.of(), districts(text, List.of(org(text, "مديرية وباتت"))));
  }

  @Test
  void aJoinedNounCompletesABodysName() {
    String party = "وفاز حزب العدالة والتنمية بأغلبية المقاعد في الانتخابات.";
    assertEquals(List.of("حزب العدالة والتنمية"), bodies(party, List.of(org(party, "حزب العدالة"))));
    String ministry = "ونظمت وزارة الشؤون الإسلامية والأوقاف والإرشاد دورة للأئمة.";
    assertEquals(List.of("وزارة الشؤون الإسلامية والأوقاف والإرشاد"),
        bodies(ministry, List.of(org(ministry, "وزارة الشؤون الإسلامية"))));
  }

  @Test
  void anotherBodyAfterTheConjunctionStaysApart() {
    String text = "وشارك حزب النور والجمعية الشرعية في الحوار، ودعت مؤسسة الرئاسة والبرلمان إلى التهدئة.";
    List<Mention> known = List.of(org(text, "حزب النور"), org(text, "مؤسسة الرئاسة"));
    assertEquals(List.of("حزب النور", "مؤسسة الرئاسة"), bodies(text, known));
    String clause = "وقدمت منظمة الإغاثة الإنسانية والتي تعمل في المنطقة مساعدات.";
    assertEquals(List.of("منظمة الإغاثة الإنسانية"), bodies(clause, List.of(org(clause, "منظمة الإغاثة الإنسانية"))));
  }
}
