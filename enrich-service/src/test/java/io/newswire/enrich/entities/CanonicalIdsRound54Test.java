package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 54 (issue 13): عمان, which the KB gives Oman and Amman, goes by the words around it (link.CountryOrCity); the
 * bare English George Bush is the son's row's, as the Arabic and Persian were; Arabic copy's second spelling of
 * Mourinho.
 * Sentences written for these tests, no pool text.
 */
class CanonicalIdsRound54Test {
  private static final String OMAN = "wikidata:Q842";
  private static final String AMMAN = "wikidata:Q3805";

  @Test
  void afterTheCapitalWordItIsAmman() {
    List<Entity> es = run("ar", "وصل الوفد الطبي أمس إلى العاصمة الأردنية عمان قادما من جدة.");
    assertEquals(AMMAN, named(es, "عمان").getId().toString(), all(es));
    List<Entity> bare = run("ar", "واستقبلت العاصمة عمان الوفد الطبي أمس.");
    assertEquals(AMMAN, named(bare, "عمان").getId().toString(), all(bare));
  }

  @Test
  void amongCitiesItIsAmman() {
    List<Entity> es = run("ar", "وكانت القوافل تمر بالقاهرة ودمشق وبغداد وعمان قبل أن تصل إلى مكة.");
    assertEquals(AMMAN, named(es, "عمان").getId().toString(), all(es));
  }

  @Test
  void amongCountriesItIsOmanEvenWhereTheArticleNamesJordan() {
    List<Entity> es = run("ar", "وقال تاجر زار الأردن الشهر الماضي إن المملكة تستورد البن من اليمن، والبرازيل، وعمان، وكينيا.");
    assertEquals(OMAN, named(es, "عمان").getId().toString(), all(es));
  }

  @Test
  void aloneItKeepsTheArticlesReading() {
    List<Entity> oman = run("ar", "واستأنفت عمان مساعيها لإيجاد تسوية سياسية للأزمة.");
    assertEquals(OMAN, named(oman, "عمان").getId().toString(), all(oman));
    List<Entity> jordan = run("ar", "وأعلن الأردن أن المستشفى الإسلامي في عمان استقبل الجرحى.");
    assertEquals(AMMAN, named(jordan, "عمان").getId().toString(), all(jordan));
  }

  @Test
  void theBareGeorgeBushIsTheSonInEnglishCopyAsInArabicAndPersian() {
    List<Entity> es = run("en", "George Bush told reporters in Washington that the talks would go on next week.");
    assertEquals("person:george-w-bush", named(es, "George Bush").getId().toString(), all(es));
    assertEquals("George W. Bush", named(es, "George Bush").getName().toString());
  }

  @Test
  void mourinhoWithAHehIsTheKbCoach() {
    List<Entity> es = run("ar", "وقال المدرب البرتغالي جوزيه مورينهو إن فريقه سيقاتل على اللقب حتى النهاية.");
    assertEquals("person:jose-mourinho", named(es, "جوزيه مورينهو").getId().toString(), all(es));
  }
}
