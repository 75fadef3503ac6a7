package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 42 (Arabic persons): a بن chain whose family name is followed by the sentence's time, an office or a role in
 * the accusative is whole; الشهري closes a chain as a family name; a KB person's alias inside a longer chain is the
 * KB's man named in full (the alias ends the chain) or a namesake (the chain goes on past it). Sentences written for
 * these tests.
 */
class ArabicEntityRound42pTest {
  /** The verb is read into the name by the statistical model, so its test runs with the shipped model. */
  private static final EntityExtractor WITH_MODEL = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  private static boolean person(List<Entity> es, String text) {
    return typed(es, EntityType.PERSON, text);
  }

  @Test
  void aTimeAnOfficeOrAnAccusativeRoleClosesTheChain() {
    List<Entity> es = run("ar", "محليات",
        "واستقبل محافظ المدينة سعد بن ناصر الحمدان اليوم وفد الغرفة، وحضر اللقاء خالد بن فهد الراجح ممثلاً عن "
            + "وزارة التجارة، كما شارك فيه سلطان بن عبدالله الموسى مدير فرع الوزارة.");
    assertTrue(person(es, "سعد بن ناصر الحمدان"), all(es));
    assertTrue(person(es, "خالد بن فهد الراجح"), all(es));
    assertTrue(person(es, "سلطان بن عبدالله الموسى"), all(es));
  }

  @Test
  void alShehriAfterAChainIsTheFamilyName() {
    List<Entity> es = run("ar", "محليات", "وأكد مدير الإدارة فهد بن عبدالله بن سعد الشهري أن التقرير الشهري يصدر غدا.");
    assertTrue(person(es, "فهد بن عبدالله بن سعد الشهري"), all(es));
  }

  @Test
  void aChainGoingOnPastAKbAliasIsANamesake() {
    List<Entity> es = run("ar", "صحة",
        "واستقبل المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة اليوم سفير اليابان لدى المملكة.");
    assertTrue(person(es, "عبدالله بن عبدالعزيز الربيعة"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Abdullah bin Abdulaziz Al Saud")), all(es));
  }

  @Test
  void aChainEndingWithAKbAliasIsTheKbPersonInFull() {
    List<Entity> es = run("ar", "خليج",
        "وزار الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني اليوم مقر المنظمة في جنيف.");
    Entity zayani = es.stream().filter(e -> e.getName().equals("Abdullatif bin Rashid Al Zayani")).findFirst().orElse(null);
    assertTrue(zayani != null, all(es));
    assertEquals("عبداللطيف بن راشد الزياني", zayani.getMentions().get(0).getText(), all(es));
  }

  @Test
  void aNameAfterCalledIsAPersonWhateverItsWords() {
    List<Entity> es = run("ar", "منوعات",
        "والتقت الصحيفة شابا صوماليا يدعى عبدي ورسمي طاهر يعمل في مقهى، وفتاة تُدعى نيمو وتدرس الطب. "
            + "ويروي الفيلم قصة ملاك يدعى «سيرافيم» يزور المدينة.");
    assertTrue(person(es, "عبدي ورسمي طاهر"), all(es));
    assertTrue(person(es, "نيمو"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON
        && e.getMentions().stream().anyMatch(m -> m.getText().contains("سيرافيم"))), all(es));
  }

  @Test
  void anImperfectVerbAfterANameIsNoPartOfIt() {
    List<Entity> es = WITH_MODEL.extract(fields("حكايات", "وفي الصباح كان ضياء يكذب على الجميع، ثم جاء خالد يصرخ في الممر."), "ar");
    assertTrue(person(es, "خالد"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().contains("يصرخ"))), all(es));
    assertTrue(VerbEndedPersons.imperfectVerb("يستقبل") && !VerbEndedPersons.imperfectVerb("ترامب")
        && !VerbEndedPersons.imperfectVerb("يونكر") && !VerbEndedPersons.imperfectVerb("يوسف"));
  }

  @Test
  void aPastVerbAfterTheFathersNameEndsTheChain() {
    List<Entity> es = WITH_MODEL.extract(fields("تاريخ",
        "وبين الأمين أن الملك فيصل بن عبدالعزيز قدم مصحفا نادرا للمكتبة عام 1970، وأن الأمير سعود بن فيصل قال إن المكتبة كنز."),
        "ar");
    assertTrue(person(es, "فيصل بن عبدالعزيز"), all(es));
    assertFalse(es.stream().anyMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().endsWith("قدم")
        || m.getText().endsWith("قال"))), all(es));
  }
}
