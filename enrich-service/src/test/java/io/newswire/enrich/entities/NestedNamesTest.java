package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NestedNames' drops on sentences written for these tests: the one match goes, the others stay in order. */
class NestedNamesTest {
  private static FieldText field(String text) {
    return new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
  }

  private static NameMatch match(FieldText f, String name, EntityType type) {
    int s = f.display().indexOf(name);
    int e = s + name.length();
    KbEntity entity = new KbEntity("Q-" + name, type, name, List.of(), Map.of());
    return new NameMatch(s, e, NestedNames.matchingIndex(f.form(), s), NestedNames.matchingIndex(f.form(), e),
        List.of(new AliasTarget(entity, AliasStrength.STRONG, false, false, false, "ar")));
  }

  private static Candidate candidate(FieldText f, String text, EntityType type, double confidence, boolean cued) {
    int s = f.display().indexOf(text);
    return new Candidate(0, s, s + text.length(), type, confidence, cued);
  }

  private static List<List<NameMatch>> matches(NameMatch... field) {
    return new ArrayList<>(List.of(List.of(field)));
  }

  @Test
  void aKbPersonAfterANamingTitleInsideABodyIsDropped() {
    FieldText f = field("زار الوفد مركز الملك سلمان للإغاثة ثم عاد إلى الرياض");
    NameMatch salman = match(f, "سلمان", EntityType.PERSON);
    NameMatch riyadh = match(f, "الرياض", EntityType.PLACE);
    List<List<NameMatch>> ms = matches(salman, riyadh);
    NestedNames.dropNamesakes(List.of(f), ms, List.of(candidate(f, "مركز الملك سلمان للإغاثة",
        EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false)));
    assertEquals(List.of(riyadh), ms.get(0));
  }

  @Test
  void aKbPersonAfterBinOrOpeningATitledChainIsDropped() {
    FieldText f = field("استقبل الأمير فيصل بن سلمان بن عبد العزيز الوفد في جدة");
    NameMatch salman = match(f, "سلمان", EntityType.PERSON);
    NameMatch jeddah = match(f, "جدة", EntityType.PLACE);
    List<List<NameMatch>> ms = matches(salman, jeddah);
    NestedNames.dropPatronymics(List.of(f), ms, List.of(candidate(f, "فيصل بن سلمان بن عبد العزيز", EntityType.PERSON, 0.9, true)));
    assertEquals(List.of(jeddah), ms.get(0));

    FieldText g = field("في جدة قال الشيخ سلمان بن صالح إن الموسم بدأ");
    NameMatch jeddahFirst = match(g, "جدة", EntityType.PLACE);
    NameMatch given = match(g, "سلمان", EntityType.PERSON);
    List<List<NameMatch>> gs = matches(jeddahFirst, given);
    NestedNames.dropPatronymics(List.of(g), gs, List.of(candidate(g, "سلمان بن صالح", EntityType.PERSON, 0.9, true)));
    assertEquals(List.of(jeddahFirst), gs.get(0));
  }

  @Test
  void aNationalBodyFoundByItsShapeDropsTheKbBodyAtItsStart() {
    FieldText f = field("اجتمع مجلس الأمن القومي في كابول");
    NameMatch council = match(f, "مجلس الأمن", EntityType.ORGANIZATION);
    NameMatch kabul = match(f, "كابول", EntityType.PLACE);
    List<List<NameMatch>> ms = matches(council, kabul);
    NestedNames.growShapedOrganisations(List.of(f), ms, List.of(candidate(f, "مجلس الأمن القومي",
        EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false)), "ar");
    assertEquals(List.of(kabul), ms.get(0));
  }

  @Test
  void aPlaceInsideAStructuralNameIsDroppedAndNothingElse() {
    FieldText f = field("The Bank of England met in London");
    NameMatch england = match(f, "England", EntityType.PLACE);
    NameMatch london = match(f, "London", EntityType.PLACE);
    List<List<NameMatch>> ms = matches(england, london);
    Candidate bank = candidate(f, "Bank of England", EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false);
    NestedNames.dropInsideStructural(ms, List.of(bank));
    assertEquals(List.of(london), ms.get(0));
    NestedNames.dropInsideStructural(ms, List.of(bank));
    assertEquals(List.of(london), ms.get(0));
  }

  @Test
  void aKbBodyEndingALongerBodyAfterTwoWordsIsDropped() {
    FieldText f = field("The American Pork Congress met in Iowa");
    NameMatch congress = match(f, "Congress", EntityType.ORGANIZATION);
    NameMatch iowa = match(f, "Iowa", EntityType.PLACE);
    List<List<NameMatch>> ms = matches(congress, iowa);
    NestedNames.dropParentAtTheEnd(List.of(f), ms, List.of(candidate(f, "American Pork Congress",
        EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false)));
    assertEquals(List.of(iowa), ms.get(0));
  }
}
