package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 40 canonical names; organisation names written for these tests, the places stand in for the knowledge base. */
class CanonicalNameRound40Test {
  private static final Map<String, String> PLACES = Map.of("کردستان", "Kurdistan Province", "ایران", "Iran",
      "ژاپن", "Japan", "کاشان", "Kashan", "یزد", "Yazd", "گیلان", "Gilan Province");
  private static final Function<String, String> PLACE = w -> PLACES.entrySet().stream()
      .filter(e -> MatchingForm.key(e.getKey()).equals(w)).map(Map.Entry::getValue).findFirst().orElse(null);

  @Test
  void persianFieldWordsOfRound40NameTheBodyInEnglish() {
    assertEquals("Kurdistan Province Wrestling Board", OrganisationName.english("هیات کشتی استان کردستان", PLACE));
    assertEquals("Yazd Wrestling Board", OrganisationName.english("هیئت کشتی یزد", PLACE));
    assertEquals("Iran Wrestling Federation", OrganisationName.english("فدراسیون کشتی ایران", PLACE));
    assertEquals("Archery Federation", OrganisationName.english("فدراسیون تیراندازی با کمان", PLACE));
    assertEquals("Gilan Artists Association", OrganisationName.english("انجمن هنرمندان گیلان", PLACE));
    assertEquals("Kashan Physical Education Department", OrganisationName.english("اداره تربیت بدنی کاشان", PLACE));
    assertEquals("Referees Committee", OrganisationName.english("کمیته داوران", PLACE));
    assertEquals("Ministry of Finance (Japan)", OrganisationName.english("وزارت دارایی ژاپن", PLACE));
    assertEquals("National Development Fund", OrganisationName.english("صندوق توسعه ملی", PLACE));
    // a province's organisation takes Province (round 48, the files' convention)
    assertEquals("Gilan Province Tourism Organization", OrganisationName.english("سازمان ایرانگردی و جهانگردی گیلان", PLACE));
  }

  @Test
  void territoriesCarryTheNameReferenceWorksUseNotTheDisplayForm() {
    KnowledgeBase kb = KnowledgeBase.load((java.nio.file.Path) null);
    assertEquals("Hong Kong", kb.get("wikidata:Q8646").name());
    assertEquals("Macau", kb.get("wikidata:Q14773").name());
    assertEquals("Vatican City", kb.get("wikidata:Q237").name());
    assertEquals("Isle of Man", kb.get("wikidata:Q9676").name());
  }

  @Test
  void oneNameInArabicPersianAndLatinScriptKeepsOneKey() {
    String key = CrossScriptName.key("Haider al-Abadi");
    assertEquals(key, CrossScriptName.key("حيدر العبادي"));
    assertEquals(key, CrossScriptName.key("حیدر العبادی"));
    assertEquals(CrossScriptId.person("حيدر العبادي"), CrossScriptId.person("حیدر العبادی"));
  }

  @Test
  void aFinalHehAfterALongAIsAConsonant() {
    assertEquals("Farimah", CrossScriptName.letters(MatchingForm.key("فریماه"), true));
    assertEquals("Dadgah", CrossScriptName.letters(MatchingForm.key("دادگاه"), true));
    assertTrue(CrossScriptName.letters(MatchingForm.key("خجسته"), true).endsWith("teh"), "after a consonant the heh is still the vowel -eh");
  }
}
