package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 57 (issue 13, Arabic organisations). Sentences written for these tests. */
class ArabicOrganisationRound57Test {
  @Test
  void aTimePhraseAfterABodyIsNoPartOfItsName() {
    List<Entity> es = run("ar", "أفغانستان",
        "تولى الزعيم الجديد قيادة حركة طالبان الأسبوع الماضي، وقال مسؤول لوكالة رويترز الاثنين الماضي إن الحركة منقسمة.");
    assertEquals("Taliban", named(es, "حركة طالبان").getName());
    assertEquals("Reuters", named(es, "وكالة رويترز").getName());
    assertNull(mentioned(es, "حركة طالبان الأسبوع الماضي"), all(es));
    assertNull(mentioned(es, "وكالة رويترز الاثنين الماضي"), all(es));
  }

  @Test
  void aNameWithANisbaAfterItKeepsIt() {
    List<Entity> es = run("ar", "تركيا", "شن الجيش غارات على مواقع حزب العمال الكردستاني في الشهر الجاري.");
    assertEquals("ORGANIZATION", named(es, "حزب العمال الكردستاني").getType().name());
  }

  @Test
  void frontsAndCoalitionsOfSyriaAndMaliTakeTheirNames() {
    List<Entity> es = run("ar", "سوريا",
        "قال عضو في الائتلاف الوطني السوري إن جبهة ثوار سوريا خسرت مواقعها، فيما تبنت جبهة تحرير ماسينا هجوما "
            + "في مالي بالتنسيق مع حركة أنصار الدين، ونددت تنسيقية حركات الأزواد بالهجوم.");
    assertEquals("Syrian National Coalition", named(es, "الائتلاف الوطني السوري").getName());
    assertEquals("Syria Revolutionaries Front", named(es, "جبهة ثوار سوريا").getName());
    assertEquals("Macina Liberation Front", named(es, "جبهة تحرير ماسينا").getName());
    assertEquals("Ansar Dine", named(es, "حركة أنصار الدين").getName());
    assertEquals("Coordination of Azawad Movements", named(es, "تنسيقية حركات الأزواد").getName());
  }

  @Test
  void nusraAloneIsTheFrontBesideItsFullName() {
    List<Entity> es = run("ar", "سوريا",
        "هاجمت جبهة النصرة مواقع للفصائل أمس. وقالت «النصرة» إن الهجوم رد على الغارات.");
    Entity front = named(es, "جبهة النصرة");
    assertEquals("Al-Nusra Front", front.getName());
    assertEquals(front, named(es, "النصرة"));
  }

  @Test
  void supportAndTheFaithfulAloneAreWords() {
    // without the full name in the dispatch, النصرة is 'support' and أنصار الدين 'the faith's supporters'
    List<Entity> es = run("ar", "حملة",
        "أطلقت الجمعية حملة النصرة للأشقاء، وشارك فيها أنصار الدين والعلم من أهالي المدينة.");
    assertNull(mentioned(es, "النصرة"), all(es));
    assertNull(mentioned(es, "أنصار الدين"), all(es));
  }

  @Test
  void aBodyInsideACupsOrAPrizesNameIsNotAnnotated() {
    List<Entity> es = run("ar", "فروسية",
        "يقام السباق على كأس وزارة النقل يوم السبت، وأعلنت وزارة النقل مشاركة عشرين جوادا، وفاز باحث بجائزة رولكس للمشاريع.");
    assertEquals(1, named(es, "وزارة النقل").getMentions().size(), all(es)); // the ministry announcing, not the one inside the cup's name
    assertNull(mentioned(es, "رولكس"), all(es));
  }

  @Test
  void sealedIsNoCourtAndCourtsTakeTheirNames() {
    List<Entity> es = run("ar", "صحة",
        "ينصح الأطباء بحفظ اللحوم في أكياس محكمة الإغلاق. ولجأ النادي إلى محكمة الكأس للتحكيم الرياضي، "
            + "فيما أحيل الملف إلى محكمة الجنايات الدولية.");
    assertNull(mentioned(es, "محكمة الإغلاق"), all(es));
    assertEquals("Court of Arbitration for Sport", named(es, "محكمة الكأس للتحكيم الرياضي").getName());
    assertEquals("International Criminal Court", named(es, "محكمة الجنايات الدولية").getName());
  }

  @Test
  void theCurrencyMarketIsNoExchange() {
    List<Entity> es = run("ar", "أسواق",
        "يخسر كثير من المتداولين في بورصة العملات العالمية، وربطت الحكومة سعر الوقود بسعر البورصة العالمية، "
            + "فيما ارتفع مؤشر البورصة المصرية.");
    assertNull(mentioned(es, "بورصة العملات العالمية"), all(es));
    assertNull(mentioned(es, "بورصة العملات"), all(es));
    assertNull(mentioned(es, "البورصة العالمية"), all(es));
    assertEquals("ORGANIZATION", named(es, "البورصة المصرية").getType().name());
  }

  @Test
  void aCountrysForcesBranchWithItsNationalityIsABody() {
    List<Entity> es = run("ar", "دفاع",
        "شاركت القوات الجوية الفرنسية في المناورة، وأعلنت القوات المسلحة الباكستانية مقتل جنديين، "
            + "فيما أقلعت القوات الجوية من قاعدتها وعادت القوات البحرية إلى الميناء.");
    assertEquals("ORGANIZATION", named(es, "القوات الجوية الفرنسية").getType().name());
    assertEquals("ORGANIZATION", named(es, "القوات المسلحة الباكستانية").getType().name());
    assertNull(mentioned(es, "القوات الجوية"), all(es)); // the branch alone describes forces
    assertNull(mentioned(es, "القوات البحرية"), all(es));
    List<Entity> chief = run("ar", "دفاع", "التقى الوزير رئيس هيئة الأركان العامة للقوات المسلحة الباكستانية أمس.");
    assertNull(mentioned(chief, "لقوات المسلحة الباكستانية"), all(chief)); // inside the chief of staff's title
  }
}
