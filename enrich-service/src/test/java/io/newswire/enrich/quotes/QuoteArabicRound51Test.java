package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.indirectStarting;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 51, on invented sentences: Arabic verbs of claiming (زعم، ادعى) report the clause after their
 * complementizer as its subject's; with no complementizer a few words on (a claimed thing, the verbal noun
 * تزعم 'leading') they report nothing.
 */
class QuoteArabicRound51Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "ar", List.of(entities));
  }

  @Test
  void claimingReportsTheClauseAfterTheComplementizer() {
    var f = fields("جدل حول أرقام الشركة",
        "نشرت الشركة تقريرها السنوي أمس. وزعم المدون سامي الحربي أن الشركة أخفت خسائرها الحقيقية عن المساهمين.");
    List<Quote> q = run(f, person("P1", "Sami al-Harbi", f, "سامي الحربي"));
    Quote clause = indirectStarting(q, "الشركة أخفت");
    assertNotNull(clause, texts(q).toString());
    assertEquals("Sami al-Harbi", speakerName(clause), speakerText(clause));
  }

  @Test
  void theFeminineClaimOfABody() {
    var f = fields("حادث في وسط المدينة",
        "وقع الحادث قرب السوق القديم مساء الخميس. وادعت الشرطة أن السائق كان يقود بسرعة كبيرة.");
    List<Quote> q = run(f);
    Quote clause = indirectStarting(q, "السائق كان يقود");
    assertNotNull(clause, texts(q).toString());
    assertTrue(speakerText(clause) != null && speakerText(clause).contains("الشرطة"), speakerText(clause));
  }

  @Test
  void aNegatedARelativeOrABarePresentClaimReportsNothing() {
    var f = fields("مسلسل جديد",
        "على عكس الحكايات القديمة لا يدعي المخرج أن القصة وقعت في ليلة واحدة.",
        "واستدعت المدرسة المدرب الذي زعم لها أن الطالبة أصغر من الدور.",
        "وللأطفال يمكن أن تدعي متطوعة أنها خالتهم.");
    List<Quote> q = run(f);
    for (Quote x : q) {
      String cue = x.getCue() == null ? "" : x.getCue().toString();
      assertTrue(!cue.contains("زعم") && !cue.contains("دعي"), texts(q).toString());
    }
  }

  @Test
  void aPresentClaimOpeningItsSentence() {
    var f = fields("هاتف جديد",
        "طرحت الشركة هاتفها الجديد في الأسواق. وتزعم الشركة أن كاميرته هي الأفضل بين الهواتف.");
    List<Quote> q = run(f);
    assertNotNull(indirectStarting(q, "كاميرته هي الأفضل"), texts(q).toString());
  }

  @Test
  void noComplementizerNoClaim() {
    var f = fields("القائد الجديد للحركة",
        "وبعد تزعم الحركة قبل أسبوع، قال القائد الجديد إن المعارك ستتواصل حتى نهاية العام.",
        "ويزعم شراكة في الحكم كل من شارك في الحرب.");
    List<Quote> q = run(f);
    for (Quote x : q) {
      assertTrue(x.getCue() == null || !x.getCue().toString().contains("زعم"), texts(q).toString());
    }
    Quote clause = indirectStarting(q, "المعارك ستتواصل");
    assertNotNull(clause, texts(q).toString());
    assertEquals("القائد الجديد", speakerText(clause));
  }
}
