package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46, on invented sentences: the words between a verb and a participle of saying (وروى ما
 * جرى قائلا, وشرحت فكرتها قائلة) are the verb's object, and a sentence opening on its topic (وعن X ردت
 * بالقول) names no subject before بالقول: the quotation goes on from the person the story is about, never
 * from those words.
 */
class QuoteArabicRound46Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void theObjectBeforeAParticipleIsNotTheSpeaker() {
    var f = fields("شاهد يروي ليلة المداهمة",
        "وقال المزارع أحمد العلي إن القوة وصلت فجرا إلى القرية.",
        "وروى ما جرى قائلا: «في الساعة الثالثة داهم الجنود المنزل وأخرجونا منه».");
    List<Quote> q = run(f, person("P1", "Ahmed al-Ali", f, "أحمد العلي"));
    Quote told = startingWith(q, "في الساعة الثالثة");
    assertTrue(told != null, texts(q).toString());
    assertEquals("Ahmed al-Ali", speakerName(told), speakerText(told));
  }

  @Test
  void aSuffixedObjectBeforeAParticipleIsNotTheSpeaker() {
    var f = fields("مصممة تتحدث عن مجموعتها",
        "وقالت المصممة سلمى الراشد إن المجموعة الجديدة تستلهم التراث.",
        "وشرحت فكرتها قائلة: «أردت أن يرى الجيل الجديد ملابس جداته بعين معاصرة».");
    List<Quote> q = run(f, person("P1", "Salma al-Rashed", f, "سلمى الراشد"));
    Quote explained = startingWith(q, "أردت أن يرى");
    assertTrue(explained != null, texts(q).toString());
    assertFalse(speakerText(explained) != null && speakerText(explained).contains("فكرتها"), speakerText(explained));
  }

  @Test
  void aTopicOpeningASentenceIsNotTheSpeakerOfBilqawl() {
    var f = fields("ممثلة تتحدث عن أعمالها",
        "وقالت الممثلة سلمى الراشد إن الموسم الجديد مزدحم بالأعمال.",
        "وعن الخلطات الجديدة ردت بالقول: «هي تجربة جميلة زادت من انتشارنا».");
    List<Quote> q = run(f, person("P1", "Salma al-Rashed", f, "سلمى الراشد"));
    Quote replied = startingWith(q, "هي تجربة جميلة");
    assertTrue(replied != null, texts(q).toString());
    assertEquals("Salma al-Rashed", speakerName(replied), speakerText(replied));
  }

  @Test
  void aNameTheEntityStepMissedStillSpeaksBeforeItsParticiple() {
    // a subject that is a name, not an object, keeps its words (the participle itself left out)
    var f = fields("الحكم يعلق على المباراة",
        "وأضاف الحكم قائلا: «المباراة كانت صعبة».",
        "وأردف المسعد قائلا: «لم يكن هناك خطأ في القرار».");
    List<Quote> q = run(f);
    Quote added = startingWith(q, "لم يكن هناك");
    assertTrue(added != null, texts(q).toString());
    assertEquals("المسعد", speakerText(added));
  }
}
