package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Organisation names written for these tests; the places stand in for the knowledge base. */
class OrganisationNameTest {
  private static final Map<String, String> PLACES = Map.of("الموصل", "Mosul", "ايران", "Iran", "تبريز", "Tabriz",
      "فلسطين", "State of Palestine");
  private static final Function<String, String> PLACE = PLACES::get;

  @Test
  void aMinistryIsNamedByItsSubjectWithTheAdjectivesBeforeTheNoun() {
    assertEquals("Ministry of Health", OrganisationName.english("وزارة الصحة", PLACE));
    assertEquals("Ministry of Higher Education", OrganisationName.english("وزارة التعليم العالي", PLACE));
    assertEquals("Ministry of Social Affairs", OrganisationName.english("وزارة الشؤون الاجتماعية", PLACE));
    assertEquals("Ministry of Foreign Affairs", OrganisationName.english("وزارت امور خارجه", PLACE), "Persian ezafe");
  }

  @Test
  void aNationalityQualifiesAGovernmentBodyAndDescribesAnyOther() {
    assertEquals("Ministry of Interior (Iraq)", OrganisationName.english("الداخلية العراقية", PLACE));
    assertEquals("Ministry of Culture (Egypt)", OrganisationName.english("وزارة الثقافة المصرية", PLACE));
    assertEquals("Jordanian Army", OrganisationName.english("الجيش الأردني", PLACE));
    assertEquals("Iranian Revolutionary Guard", OrganisationName.english("الحرس الثوري الإيراني", PLACE), "nationality first");
    assertEquals("Kuwaiti Chambers Council", OrganisationName.english("مجلس الغرف الكويتية", PLACE), "the noun's, not the head's");
    assertEquals("Ministry of Endowments (State of Palestine)", OrganisationName.english("وزارة الأوقاف فلسطين", PLACE));
  }

  @Test
  void everyNationalityTheRecognizerReadsNamesItsCountrysForces() {
    assertEquals("Nigerian Army", OrganisationName.english("الجيش النيجيري", PLACE));
    assertEquals("Cameroonian Army", OrganisationName.english("الجيش الكاميروني", PLACE));
    assertEquals("Ukrainian Forces", OrganisationName.english("القوات الأوكرانية", PLACE), "feminine form");
  }

  @Test
  void adjectivesOfTheHeadComeFirstAndAndJoinsNouns() {
    assertEquals("Revolutionary Democratic Party", OrganisationName.english("الحزب الثوري الديمقراطي", PLACE));
    assertEquals("Ministry of Culture and Information", OrganisationName.english("وزارة الثقافة والإعلام", PLACE));
    assertEquals("Relief Foundation", OrganisationName.english("بنیاد امداد", PLACE));
    assertEquals("Human Rights Committee", OrganisationName.english("لجنة حقوق الإنسان", PLACE), "a genitive chain reads backwards");
    assertEquals("Republican People's Party", OrganisationName.english("حزب الشعب الجمهوري", PLACE));
  }

  @Test
  void aPlaceTheKnowledgeBaseKnowsNamesTheBody() {
    assertEquals("Mosul University", OrganisationName.english("جامعة الموصل", PLACE));
    assertEquals("Tabriz University", OrganisationName.english("دانشگاه تبریز", PLACE));
    assertEquals("Atomic Energy Organization of Iran", OrganisationName.english("سازمان انرژی اتمی ایران", PLACE));
  }

  @Test
  void anUnknownWordOrABareHeadGivesNoEnglishName() {
    assertNull(OrganisationName.english("جمعية الزهور الخيرية", PLACE), "الزهور is not in the word list");
    assertNull(OrganisationName.english("الوزارة", PLACE));
    assertNull(OrganisationName.english("حيدر العبادي", PLACE), "not an organisation's head");
    assertNull(OrganisationName.english("وزارة الصحة العراقية الدولية", PLACE), "nothing after the nationality");
  }

  @Test
  void aPurposePhraseFollowsTheNameWithFor() {
    assertEquals("National Office for Statistics", OrganisationName.english("المكتب الوطني للإحصاءات", PLACE));
    assertEquals("Cooperative Society for Culture and Arts", OrganisationName.english("الجمعية التعاونية للثقافة والفنون", PLACE));
    assertEquals("Social Development Center", OrganisationName.english("مركز التنمية الاجتماعية", PLACE));
    assertEquals("Mosul Stock Exchange", OrganisationName.english("بورصة الموصل", PLACE));
    assertNull(OrganisationName.english("مركز للشباب الموصل", PLACE), "a purpose phrase takes no place after it");
  }
}
