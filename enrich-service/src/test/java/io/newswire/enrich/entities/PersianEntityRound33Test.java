package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 33 (Persian): entities on sentences written for these tests. */
class PersianEntityRound33Test {

  // An adverb, a prepositional noun or a predicate adjective after a place word opens the predicate: no place.

  @Test
  void degreeAdverbAfterCountyIsNoPlace() {
    List<Entity> es = run("fa", "عنوان",
        "فرماندار گفت: حضور خبرنگاران در شهرستان بسیار مهم و مفید است و مردم شهرستان همچنان پای کار هستند.");
    assertFalse(anyMentionHolds(es, "بسیار"), all(es));
    assertFalse(anyMentionHolds(es, "مفید"), all(es));
    assertFalse(anyMentionHolds(es, "همچنان"), all(es));
  }

  @Test
  void determinedCountyIsNoName() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرعامل جمعیت هلال احمر بر تجهیز پایگاه‌ها در دو شهرستان فوق تاکید کرد و گفت: این طرح به چند شهرستان خاص محدود نیست.");
    assertFalse(anyMentionHolds(es, "فوق"), all(es));
    assertFalse(anyMentionHolds(es, "خاص"), all(es));
  }

  @Test
  void soCalledRegionIsNoPlace() {
    List<Entity> es = run("fa", "عنوان", "درگیری‌ها در منطقه موسوم به مثلث مرگ ادامه دارد و چند حادثه در شهرستان رخ داد.");
    assertFalse(anyMentionHolds(es, "موسوم"), all(es));
    assertFalse(anyMentionHolds(es, "رخ"), all(es));
  }

  @Test
  void countyNameStopsBeforeSimultaneously() {
    List<Entity> es = run("fa", "عنوان", "رژه نیروهای مسلح شهرستان نظرآباد هم‌زمان با سراسر کشور برگزار شد.");
    Entity town = found(es, "نظرآباد", EntityType.PLACE);
    assertTrue(town != null, all(es));
    assertFalse(anyMentionHolds(es, "هم‌زمان"), all(es));
  }

  // شرکت "taking part" before a number, a quantifier, a plural or an adverb is no firm.

  @Test
  void takingPartIsNoFirm() {
    List<Entity> es = run("fa", "عنوان",
        "مسابقات با شرکت چهار تیم در سمنان برگزار شد و دبیر هیئت از مردم برای شرکت آگاهانه در انتخابات دعوت کرد.");
    assertFalse(anyMentionHolds(es, "شرکت"), all(es));
  }

  @Test
  void takingPartOfPluralTeamsIsNoFirm() {
    List<Entity> es = run("fa", "عنوان", "این رقابت‌ها با شرکت تیم‌های والیبال نوجوانان فردا برگزار می‌شود.");
    assertFalse(anyMentionHolds(es, "شرکت"), all(es));
  }

  @Test
  void aFirmKeepsItsName() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل شرکت ملی نفت ایران گفت: تولید نفت افزایش می‌یابد.");
    assertTrue(anyMentionHolds(es, "شرکت ملی نفت"), all(es));
  }

  // A country's office alone may name a predecessor of the holder the knowledge base knows: no person.

  @Test
  void officeAloneNamesNoOne() {
    List<Entity> es = run("fa", "عنوان",
        "مشاور نخست وزیر عراق گفت: دولت این کشور برای افزایش تولید نفت به شرکت‌های خارجی پول می‌پردازد.");
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.PERSON, all(es));
    }
  }

  @Test
  void officeOfANamedHolderStaysHis() {
    List<Entity> es = run("fa", "عنوان",
        "مسعود پزشکیان امروز به نیویورک رفت. رئیس جمهور ایران در این سفر با دبیرکل سازمان ملل دیدار می‌کند.");
    found(es, "مسعود پزشکیان", EntityType.PERSON);
    assertTrue(es.stream().filter(e -> e.getType() == EntityType.PERSON).count() == 1, all(es));
  }

  @Test
  void officeInAppositionIsTheNamedPersons() {
    // The knowledge base's holder of the office today is someone else: the office after the name is his, not hers.
    List<Entity> es = run("fa", "عنوان",
        "«جان کری» وزیر امور خارجه آمریکا در نشست خبری گفت: توافق نزدیک است.");
    Entity kerry = found(es, "جان کری", EntityType.PERSON);
    assertTrue(kerry != null, all(es));
    assertTrue(es.stream().filter(e -> e.getType() == EntityType.PERSON).count() == 1, all(es));
    assertTrue(kerry.getMentions().stream().anyMatch(m -> m.getText().equals("وزیر امور خارجه آمریکا")), all(es));
  }

  // A noun or a function word that opens a headline before an office is no person's name.

  @Test
  void headlineNounBeforeAnOfficeIsNoPerson() {
    List<Entity> es = run("fa", "بازدید ناگهانی وزیر بازرگانی از بازار میوه",
        "متن سوالات نماینده مردم شیراز از وزیر نیرو اعلام شد و علیرغم قول وزیر کار، مشکل پرستاران حل نشد.");
    for (Entity e : es) {
      assertFalse(e.getType() == EntityType.PERSON, all(es));
    }
  }

  @Test
  void aNameBeforeAnOfficeStaysAPerson() {
    List<Entity> es = run("fa", "عنوان", "در این دیدار، مرتضی کاظمی رئیس سازمان بهزیستی استان از برنامه‌های جدید خبر داد.");
    found(es, "مرتضی کاظمی", EntityType.PERSON);
  }
}
