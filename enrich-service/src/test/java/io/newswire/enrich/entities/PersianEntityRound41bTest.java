package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 41 second part (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound41bTest {

  // A department named by its field after مدیرکل is named with its province whole, when the province's name has
  // two or three words (the recognizer stops two words after the field's و, inside the province).

  @Test
  void directorateOfATwoWordProvinceKeepsTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرکل فرهنگ و ارشاد اسلامی خراسان رضوی در نشست خبری از برگزاری جشنواره تئاتر خبر داد.");
    found(es, "فرهنگ و ارشاد اسلامی خراسان رضوی", EntityType.ORGANIZATION);
  }

  @Test
  void directorateOfAThreeWordProvinceKeepsTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرکل فرهنگ و ارشاد اسلامی کهگیلویه و بویراحمد از افتتاح دو کتابخانه تازه در یاسوج سخن گفت.");
    found(es, "فرهنگ و ارشاد اسلامی کهگیلویه و بویراحمد", EntityType.ORGANIZATION);
  }

  @Test
  void directorateAfterProvinceWordKeepsTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "مدیرکل فرهنگ و ارشاد اسلامی استان خراسان رضوی به همراه چند هنرمند از نمایشگاه دیدن کرد.");
    found(es, "فرهنگ و ارشاد اسلامی استان خراسان رضوی", EntityType.ORGANIZATION);
  }
}
