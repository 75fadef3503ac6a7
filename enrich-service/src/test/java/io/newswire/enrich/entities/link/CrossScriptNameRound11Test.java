package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 11 (issue 13): organisation names composed in English word order. Names written for these tests;
 * the places stand in for the knowledge base (a province named without استان, as the KB names it).
 */
class CrossScriptNameRound11Test {
  private static final Map<String, String> PLACES = Map.of("سوريه", "Syria", "فارس", "Fars Province", "خراسان جنوبی", "South Khorasan Province", "یزد", "Yazd", "الكويت", "Kuwait", "كويت", "Kuwait");
  private static final Function<String, String> PLACE = w -> {
    for (Map.Entry<String, String> e : PLACES.entrySet()) {
      if (io.newswire.normalization.MatchingForm.key(e.getKey()).equals(w)) {
        return e.getValue();
      }
    }
    return null;
  };

  @Test
  void aCommissionOfTheMajlisIsNamedAfterItsParent() {
    assertEquals("Cultural Commission of the Majlis", OrganisationName.english("کمیسیون فرهنگی مجلس شورای اسلامی", PLACE));
    assertEquals("Energy Commission of the Majlis", OrganisationName.english("کمیسیون انرژی مجلس", PLACE));
    assertEquals("Agriculture and Water Commission of the Majlis",
        OrganisationName.english("کمیسیون کشاورزی و آب مجلس", PLACE), "a list joined by و keeps its order");
    assertNull(OrganisationName.english("کمیسیون مجلس", PLACE), "a bare unit is not a name");
    assertEquals("Economic Committee of the Majlis", OrganisationName.english("کمیته اقتصادی مجلس", PLACE));
  }

  @Test
  void compoundsOfTwoOrThreeWordsAreOneNoun() {
    assertEquals("Yazd Education Directorate", OrganisationName.english("اداره کل آموزش و پرورش یزد", PLACE));
    assertEquals("Yazd Exceptional Education Directorate", OrganisationName.english("اداره کل آموزش وپرورش استثنایی یزد", PLACE),
        "و glued to the next word");
    assertEquals("Transportation Organization", OrganisationName.english("سازمان حمل و نقل", PLACE));
    assertEquals("Photography Society", OrganisationName.english("جمعية التصوير الضوئي", PLACE));
    assertEquals("Privatization Organization", OrganisationName.english("سازمان خصوصی‌سازی", PLACE), "ZWNJ inside a word");
  }

  @Test
  void aProvinceOfTwoWordsGoesFirstWithoutTheKbProvinceWord() {
    assertEquals("South Khorasan Education Directorate", OrganisationName.english("اداره کل آموزش و پرورش خراسان جنوبی", PLACE));
    assertEquals("Fars Province Roads and Urban Development Directorate",
        OrganisationName.english("اداره کل راه و شهرسازی استان فارس", PLACE), "استان written: Province kept");
  }

  @Test
  void coordinatedAdjectivesKeepTheirAnd() {
    assertEquals("Ministry of Municipal and Rural Affairs", OrganisationName.english("وزارة الشؤون البلدية والقروية", PLACE));
    assertEquals("Ministry of Social Affairs", OrganisationName.english("وزارة الشؤون الاجتماعية", PLACE));
    assertEquals("Ministry of Culture and Information", OrganisationName.english("وزارة الثقافة والإعلام", PLACE), "nouns as before");
  }

  @Test
  void anExchangeIsNamedByItsCountryNoun() {
    assertEquals("Kuwait Stock Exchange", OrganisationName.english("البورصة الكويتية", PLACE));
    assertEquals("Kuwait Stock Exchange", OrganisationName.english("سوق الكويت للأوراق المالية", PLACE));
    assertEquals("Kuwaiti Chambers Council", OrganisationName.english("مجلس الغرف الكويتية", PLACE), "other bodies keep the adjective");
  }

  @Test
  void newFieldWordsOfGovernmentBodies() {
    assertEquals("Budget Consolidation Commission", OrganisationName.english("کمیسیون تلفیق بودجه", PLACE));
    assertEquals("Foreign Exchange Reserve Fund", OrganisationName.english("صندوق ذخیره ارزی", PLACE));
    assertEquals("National Security and Foreign Policy Commission of the Majlis",
        OrganisationName.english("کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی", PLACE));
  }

  @Test
  void persianCompoundGivenNamesAreOneWord() {
    assertEquals("Alireza Karimi", CrossScriptName.romanize("علی رضا کریمی", "fa"), "written apart");
    assertEquals("Alireza Karimi", CrossScriptName.romanize("علیرضا کریمی", "fa"), "written as one, as before");
    assertEquals("Gholamhossein Karimi", CrossScriptName.romanize("غلامحسین کریمی", "fa"));
    assertEquals("Gholamreza Karimi", CrossScriptName.romanize("غلام رضا کریمی", "fa"));
    assertEquals("Ali Karimi", CrossScriptName.romanize("علی کریمی", "fa"), "Ali alone stays");
    assertEquals("Ali Rida", CrossScriptName.romanize("علي رضا", "ar"), "Arabic copy keeps two words");
  }

  @Test
  void iranianInstitutionsNamedWithTheirTown() {
    assertEquals("Islamic Azad University, Yazd Branch", OrganisationName.english("دانشگاه آزاد اسلامی واحد یزد", PLACE));
    assertEquals("Yazd University of Medical Sciences", OrganisationName.english("دانشگاه علوم پزشکی یزد", PLACE));
    assertEquals("South Khorasan University of Medical Sciences",
        OrganisationName.english("دانشگاه علوم پزشکی و خدمات بهداشتی درمانی استان خراسان جنوبی", PLACE));
    assertEquals("Yazd City Council", OrganisationName.english("شورای اسلامی شهر یزد", PLACE));
    assertEquals("Yazd City Council", OrganisationName.english("شورای شهر یزد", PLACE));
    assertEquals("East Azerbaijan Province Roads and Urban Development Directorate",
        OrganisationName.english("اداره کل راه و شهرسازی استان آذربایجان شرقی", w -> w.equals(io.newswire.normalization.MatchingForm.key("آذربایجان شرقی")) ? "East Azerbaijan Province" : null));
    assertEquals("Islamic Azad University", OrganisationName.english("دانشگاه آزاد اسلامی", PLACE));
  }

  @Test
  void aCountrysArmyIsNamedByItsAdjective() {
    assertEquals("Syrian Army", OrganisationName.english("ارتش سوریه", PLACE));
    assertEquals("Kuwaiti Army", OrganisationName.english("ارتش کویت", PLACE));
    assertEquals("Kuwait Police", OrganisationName.english("پلیس کویت", PLACE), "a police keeps the noun (Israel Police)");
    assertEquals("Ministry of Foreign Affairs (Syria)", OrganisationName.english("وزارت خارجه سوریه", PLACE), "a ministry keeps its qualifier");
  }

  @Test
  void theHouseOfAFamilyIsACapitalAl() {
    assertEquals("Saad bin Nasser Al-Sheikh", CrossScriptName.romanize("سعد بن ناصر آل الشيخ", "ar"));
    assertEquals("Mohammed bin Saud Al Saud", CrossScriptName.romanize("محمد بن سعود آل سعود", "ar"));
  }
}
