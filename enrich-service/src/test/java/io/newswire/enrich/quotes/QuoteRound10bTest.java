package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, tenth round, second part: speakers standing for a source named before, on invented sentences. */
class QuoteRound10bTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ Persian: a medium named in marks

  @Test
  void persianSourcePhraseGivesTheMediumNamedInMarks() {
    var f = fields("آتش‌سوزی در یک پالایشگاه",
        "به گزارش خبرگزاری فارس، آتش‌سوزی دیروز در یک پالایشگاه در جنوب کشور مهار شد.",
        "به نوشته پایگاه اینترنتی شبکه «نیوزلاین»، دو کارگر در این حادثه زخمی شده و به بیمارستان منتقل شده‌اند.");
    List<Quote> q = run("fa", f);
    Quote clause = startingWith(q, "دو کارگر");
    assertEquals("نیوزلاین", speakerText(clause), "the medium in marks: " + speakerText(clause));
    assertNull(speakerName(clause)); // unnamed by the entity step: its words only, never another name
  }

  @Test
  void persianSourcePhraseGivesAnAbbreviationInMarks() {
    var f = fields("نجات کوهنوردان",
        "به گزارش خبرگزاری فارس، تیم‌های امداد دیروز آخرین کوهنورد گرفتار در برف را نجات دادند.",
        "به نوشته سایت شبکه خبری «سی. ان. ان»، هفت کوهنورد از روز شنبه در ارتفاعات گرفتار شده بودند.");
    List<Quote> q = run("fa", f);
    Quote clause = startingWith(q, "هفت کوهنورد");
    assertEquals("سی. ان. ان", speakerText(clause), "the abbreviation in marks: " + speakerText(clause));
  }

  // ------------------------------------------------------------------ English: a document and its author after 'by'

  @Test
  void englishDocumentConductedByABodySpeaksForIt() {
    var f = fields("Readers unhappy with broadband",
        "A survey conducted by the Harbour Research Institute has revealed that most readers are unhappy with their broadband.",
        "A study carried out by Northgate University has revealed that rural users pay more for slower lines.");
    Entity inst = entity("O1", EntityType.ORGANIZATION, "Harbour Research Institute", f, "Harbour Research Institute");
    Entity uni = entity("O2", EntityType.ORGANIZATION, "Northgate University", f, "Northgate University");
    List<Quote> q = run("en", f, inst, uni);
    assertEquals("Harbour Research Institute", speakerName(startingWith(q, "most readers")));
    assertEquals("Northgate University", speakerName(startingWith(q, "rural users")));
  }

  @Test
  void persianThisReportIsTheCitedAgencyNeverThePersonBefore() {
    var f = fields("نشست وزیران اروپا",
        "به گزارش فارس به نقل از خبرگزاری رویترز، وزیران خارجه اروپا دیروز در بروکسل گرد هم آمدند.",
        "علی رضایی وزیر امور خارجه گفت: «ما از این نشست نتیجه‌ای روشن انتظار داریم.»",
        "این گزارش حاکی است، وزیران درباره بودجه سال آینده به توافق نرسیدند.");
    Entity reuters = entity("O1", EntityType.ORGANIZATION, "Reuters", f, "رویترز");
    Entity ali = person("P1", "Ali Rezaei", f, "علی رضایی");
    List<Quote> q = run("fa", f, reuters, ali);
    assertEquals("Ali Rezaei", speakerName(startingWith(q, "ما از این نشست")));
    assertEquals("Reuters", speakerName(startingWith(q, "وزیران درباره بودجه")));
  }
}
