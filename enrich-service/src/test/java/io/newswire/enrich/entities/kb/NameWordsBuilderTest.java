package io.newswire.enrich.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.normalization.MatchingForm;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The states file is split as a CSV file (quoted fields may hold commas), as {@link KbBuilder} splits it. */
class NameWordsBuilderTest {
  private static final String HEADER = "id,name,country_id,country_code,country_name,iso2,iso3166_2,fips_code,type,level,"
      + "parent_id,native,latitude,longitude,timezone,wikiDataId,population";

  @Test
  void quotedFieldWithACommaDoesNotShiftTheColumns() {
    NameWordsBuilder b = new NameWordsBuilder();
    b.readStates(List.of(HEADER,
        // a comma inside the quoted country name: a bare split reads the wrong column as the native name
        "9001,Zanjan,102,IR,\"Iran, Islamic Republic of\",08,IR-08,,province,,,زنجان,30.28,57.07,Asia/Tehran,Q1,",
        // a quoted two-word English name and a quoted native name: the quotes are not part of the words
        "9002,\"Hamadan Province\",102,IR,Iran,13,IR-13,,province,,,\"همدان استان\",34.8,48.5,Asia/Tehran,Q2,"));
    assertEquals("Zanjan", b.learned("fa", "زنجان"));
    assertEquals("Hamadan", b.learned("fa", "همدان"));
    assertNull(b.learned("ar", "زنجان"), "an Iranian province teaches the Persian column only");
  }

  @Test
  void splitsLikeTheKbBuilder() {
    assertEquals(List.of("1", "a, b", "c\"d", ""), KbBuilder.splitCsv("1,\"a, b\",\"c\"\"d\","));
  }

  @Test
  void anAliasInItsOwnWordOrderTeachesNoWord() {
    NameWordsBuilder b = new NameWordsBuilder();
    // Persian order: the first word is the English third, so the middle pair is chance
    b.add("fa", "امارات عربی متحده", "United Arab Emirates");
    b.add("ar", "الإمارات العربية المتحدة", "United Arab Emirates");
    assertNull(b.learned("fa", MatchingForm.key("عربی")));
    assertNull(b.learned("ar", MatchingForm.key("عربية")));
    assertTrue(NameWordsBuilder.otherWordOrder(MatchingForm.key("امارات عربی متحده").split(" "),
        List.of("United", "Arab", "Emirates")));
  }

  @Test
  void anAliasInTheEnglishWordOrderStillTeachesItsWords() {
    NameWordsBuilder b = new NameWordsBuilder();
    b.add("fa", "بندر عباس", "Bandar Abbas");
    b.add("ar", "خالد بن خالد", "Khalid bin Khalid"); // a word repeated at its own position is no other order
    assertEquals("Abbas", b.learned("fa", MatchingForm.key("عباس")));
    assertEquals("Khalid", b.learned("ar", MatchingForm.key("خالد")));
  }
}
