package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 42b (issue 13, Arabic organisations). Sentences written for these tests. */
class ArabicEntityRound42bTest {
  /** The marked words the recognizers would give as organisations, and which of them the filter keeps. */
  private static List<String> kept(String text, List<String> marked, String knownId) {
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of(text), 0);
    List<Mention> tagged = new ArrayList<>();
    int from = 0;
    for (String word : marked) {
      int at = text.indexOf("«" + word, from) + 1;
      from = at;
      String id = word.equals("ميتا") ? knownId : "org:name:" + word;
      tagged.add(new Mention(0, at, at + word.length(), id, EntityType.ORGANIZATION, word, false));
    }
    List<String> out = new ArrayList<>();
    for (Mention m : MarkedWorks.drop(List.of(f), tagged, id -> id.equals(knownId))) {
      out.add(text.substring(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void aMarkedTitleAfterAWorkNounIsNoBody() {
    String text = "وتصدرت لعبة «نجوم الصحراء» قائمة التنزيلات، يليها تطبيق «ميتا» ثم فيلمه «رحلة القمر»، "
        + "فيما أعلنت شركة «الواحة» أرباحها.";
    assertEquals(List.of("الواحة"), kept(text, List.of("نجوم الصحراء", "ميتا", "رحلة القمر", "الواحة"), "org:meta"));
  }

  @Test
  void aTitleShownOnceIsATitleWhereverItIsMarked() {
    String text = "بدأ تصوير فيلم «رحلة القمر» العام الماضي، وتأمل الشركة أن يعرض «رحلة القمر» في الصيف، "
        + "كما أطلقت تطبيق «ميتا» بينما قالت «ميتا» إنها ستدعمه.";
    // the unknown title goes in both places; the firm the knowledge base knows stays where no work noun precedes it
    assertEquals(List.of("ميتا"), kept(text, List.of("رحلة القمر", "رحلة القمر", "ميتا", "ميتا"), "org:meta"));
  }

  @Test
  void aNameGivenIsLeftAlone() {
    String text = "وأعلنت جماعة تطلق على نفسها اسم «الفجر الجديد» مسؤوليتها، وتحدث باسم «الفجر الجديد» متحدث.";
    assertEquals(List.of("الفجر الجديد", "الفجر الجديد"), kept(text, List.of("الفجر الجديد", "الفجر الجديد"), "x"));
  }
}
