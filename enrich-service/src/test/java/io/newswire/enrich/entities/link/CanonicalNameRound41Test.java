package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.normalization.MatchingForm;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 41 canonical names; organisation names written for these tests, the places stand in for the knowledge base. */
class CanonicalNameRound41Test {
  private static final Map<String, String> PLACES = Map.of("اصفهان", "Isfahan", "تبریز", "Tabriz", "ایران", "Iran",
      "شیراز", "Shiraz", "کرمان", "Kerman");
  private static final Function<String, String> PLACE = w -> PLACES.entrySet().stream()
      .filter(e -> MatchingForm.key(e.getKey()).equals(w)).map(Map.Entry::getValue).findFirst().orElse(null);

  @Test
  void persianHeadsOfRound41NameTheBodyInEnglish() {
    assertEquals("Tabriz Chamber of Commerce", OrganisationName.english("اتاق بازرگانی تبریز", PLACE));
    assertEquals("Kerman Province Chamber of Commerce", OrganisationName.english("اتاق بازرگانی استان کرمان", PLACE));
    assertEquals("Student Basij", OrganisationName.english("بسیج دانشجویی", PLACE));
    assertEquals("Isfahan Student Basij", OrganisationName.english("بسیج دانشجویی اصفهان", PLACE));
    assertEquals("Labour Basij", OrganisationName.english("بسیج کارگری", PLACE));
  }

  @Test
  void ebadiIsThePersianSurnameAndTheArticleMakesItAnArabsName() {
    assertEquals("Shirin Ebadi", CrossScriptName.romanizePerson("شیرین عبادی", "fa"));
    assertEquals("Mohammad al-Abadi", CrossScriptName.romanizePerson("محمد العبادی", "fa"));
    assertEquals("Haider al-Abadi", CrossScriptName.romanizePerson("حيدر العبادي", "ar"));
    assertEquals("Abadi", CrossScriptName.romanizePerson("عبادي", "ar"));
  }
}
