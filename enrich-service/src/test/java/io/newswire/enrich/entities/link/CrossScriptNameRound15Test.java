package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 15 (issue 13, canonical English names of Arabic entities): Latin letters spelt out in an acronym,
 * a personal name that many people spell one way before a place's spelling of the same letters, Khalid as
 * the Arabic press writes it, a society named by a proper name and adjectives, and a bare club name linked to
 * the knowledge base's club or named with FC. Sentences written for these tests.
 */
class CrossScriptNameRound15Test {
  private static final KnowledgeBase KB = KnowledgeBase.load((java.nio.file.Path) null);
  private static final EntityExtractor RULES = new EntityExtractor(KB, null);

  private static List<Entity> run(String... paragraphs) {
    List<ArticleField> fs = new java.util.ArrayList<>();
    fs.add(new ArticleField("headline", paragraphs[0]));
    for (int i = 1; i < paragraphs.length; i++) {
      fs.add(new ArticleField("paragraphs[" + (i - 1) + "]", paragraphs[i]));
    }
    return RULES.extract(fs, "ar");
  }

  private static Entity withMention(List<Entity> es, String text) {
    for (Entity e : es) {
      if (e.getMentions().stream().anyMatch(m -> m.getText().equals(text))) {
        return e;
      }
    }
    return null;
  }

  @Test
  void spelledOutLatinLettersAreAnAcronym() {
    assertEquals("FC Moscow", CrossScriptName.romanize("إف سي موسكو", "ar"));
    assertEquals("MTV", CrossScriptName.romanize("إم تي في", "ar"));
    assertEquals("FBI", CrossScriptName.romanize("اف بی آی", "fa"));
  }

  @Test
  void aSingleLetterNameIsAWordNotALetter() {
    String[] words = {MatchingForm.key("في"), MatchingForm.key("المدينة")};
    assertEquals(1, LatinLetters.run(words, 0)); // في "in": one letter name alone is no acronym
    assertEquals("BBC", CrossScriptName.romanize("بي بي سي", "ar"));
  }

  @Test
  void aWellAttestedPersonalNameComesBeforeAPlacesSpelling() {
    // نيل is the Nile among the places the knowledge base aligns, Neil for the people Wikidata names
    assertEquals("Neil Armstrong", CrossScriptName.romanize("نيل أرمسترونغ", "ar"));
  }

  @Test
  void khalidAsTheArabicPressWritesItKhaledInPersianCopy() {
    assertEquals("Khalid", CrossScriptName.romanize("خالد", "ar"));
    assertEquals("Khaled", CrossScriptName.romanize("خالد", "fa"));
  }

  @Test
  void aSocietyNamedByAProperNameAndAdjectivesKeepsItsAdjectivesInEnglish() {
    String name = OrganisationName.properName("جمعية الوفاق الخيرية", "ar");
    assertNotNull(name);
    assertEquals(true, name.endsWith(" Charity Society"), name);
    assertEquals(true, name.toLowerCase(java.util.Locale.ROOT).startsWith("al-"), name);
  }

  @Test
  void worldGoesFirstAmongTheAdjectivesOfABody() {
    assertEquals("World Health Organization", OrganisationName.english("منظمة الصحة العالمية", w -> null));
  }

  @Test
  void aBareClubNameInMatchCopyIsTheKnowledgeBasesClub() {
    List<Entity> es = run("النصر يفوز في الدوري",
        "فاز النصر في مباراة الدوري أمس بعد أن خسر أمام الرائد في الدور الأول، وسجل النصر الهدف الأول.");
    Entity nassr = withMention(es, "النصر");
    assertNotNull(nassr, es.toString());
    assertEquals("org:al-nassr", nassr.getId());
    Entity raed = withMention(es, "الرائد");
    assertNotNull(raed, es.toString());
    assertEquals("al-Raed FC", raed.getName());
    assertEquals("org:name:al-raed-fc", raed.getId());
  }

  @Test
  void aChannelSpeltOutInLettersRunsOnOverTheLetterV() {
    List<Entity> es = run("برامج الصيف", "قالت قناة «إم تي في» إنها ستبث الحفل مباشرة من لندن.");
    Entity mtv = withMention(es, "إم تي في");
    assertNotNull(mtv, es.toString());
    assertEquals("MTV", mtv.getName());
  }

  @Test
  void aForeignNameAndWhatItIsIsTheNameAlone() {
    String name = OrganisationName.properName("ياهو العالمية", "ar");
    assertNotNull(name);
    assertEquals(false, name.contains(" "), name); // the adjective (global) is no part of the English name
  }

  @Test
  void aSingerOrActorIsNamedRightAfterTheirCraft() {
    List<Entity> es = run("حفل في الرياض", "وقدمت المغنية سلوى زيدان أغنيتين بعد أن ألقى الشاعر حمد الراشد قصيدة في الافتتاح.");
    Entity singer = withMention(es, "سلوى زيدان");
    assertNotNull(singer, es.toString());
    assertEquals(io.newswire.schema.EntityType.PERSON, singer.getType());
    Entity poet = withMention(es, "حمد الراشد");
    assertNotNull(poet, es.toString());
    assertEquals(io.newswire.schema.EntityType.PERSON, poet.getType());
  }
}
