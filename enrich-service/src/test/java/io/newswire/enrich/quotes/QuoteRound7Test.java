package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.startingWith;
import static io.newswire.enrich.quotes.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, seventh round: speaker resolution (headline sources described by their role or kind, a name
 * apposed to a description, definite epithets of trade, addressees and unnamed sources in Arabic, Persian
 * colon cues and descriptions), on invented sentences.
 */
class QuoteRound7Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }

  // ------------------------------------------------------------------ English

  @Test
  void englishHeadlineOfficialIsThePersonTheLeadNames() {
    var f = fields("HARBOUR FEES TO RISE NEXT YEAR, OFFICIAL SAYS",
        "OSLO, May 4 - Port fees will rise by about six pct next year to pay for new cranes, Transport Secretary Ingrid Solberg told reporters.",
        "\"We cannot keep the quays open on last decade's prices,\" she said.");
    Entity solberg = person("P1", "Ingrid Solberg", f, "Ingrid Solberg");
    List<Quote> q = run("en", f, solberg);
    Quote headline = q.stream().filter(x -> x.getField().toString().equals("headline")).findFirst().orElseThrow();
    assertEquals("Ingrid Solberg", speakerName(headline));
  }

  @Test
  void englishHeadlineNewspaperIsTheOrganisationTheLeadNames() {
    var f = fields("FERRY LINE TO ORDER SIX SHIPS, NEWSPAPER SAYS",
        "LONDON, May 4 - A Baltic ferry line is expected to order six ships worth 900 mln dlrs, the Daily Courier said.",
        "Company chairman Piet Vos said last week that the fleet needed renewing.");
    Entity paper = entity("O1", EntityType.ORGANIZATION, "Daily Courier", f, "Daily Courier");
    Entity vos = person("P1", "Piet Vos", f, "Piet Vos");
    List<Quote> q = run("en", f, paper, vos);
    Quote headline = q.stream().filter(x -> x.getField().toString().equals("headline")).findFirst().orElseThrow();
    assertEquals("Daily Courier", speakerName(headline));
  }

  @Test
  void englishHeadlineRoleStaysUnnamedWhenNoPersonIsNamedInTheLead() {
    var f = fields("TALKS ON FISHING QUOTAS STALL, OFFICIAL SAYS",
        "BRUSSELS, May 4 - Talks on next year's fishing quotas have stalled over cod, a Commission official said.",
        "The Fisheries Board said it would publish its own figures in June.");
    Entity board = entity("O1", EntityType.ORGANIZATION, "Fisheries Board", f, "Fisheries Board");
    List<Quote> q = run("en", f, board);
    Quote headline = q.stream().filter(x -> x.getField().toString().equals("headline")).findFirst().orElseThrow();
    assertNull(speakerName(headline), "a body is not the official");
  }

  @Test
  void englishNameApposedToADescriptionIsTheSpeaker() {
    var f = fields("Orchestra loses its hall",
        "The director of the city's concert hall Harbour Rooms, Margit Lind, said the building would close in March.");
    Entity lind = person("P1", "Margit Lind", f, "Margit Lind");
    List<Quote> q = ofKind(run("en", f, lind), QuoteKind.INDIRECT);
    assertEquals("Margit Lind", speakerName(startingWith(q, "the building would close")));
  }

  @Test
  void englishTheJudgeIsTheJudgeNamedBefore() {
    var f = fields("Fraud trial set for spring",
        "Federal judge Ana Molina rejected a request to drop the charges against the two bankers.",
        "The judge said she would hear arguments on the evidence in February.");
    Entity molina = person("P1", "Ana Molina", f, "Ana Molina");
    List<Quote> q = ofKind(run("en", f, molina), QuoteKind.INDIRECT);
    assertEquals("Ana Molina", speakerName(startingWith(q, "she would hear")));
  }

  // ------------------------------------------------------------------ Arabic

  @Test
  void arabicAddresseeAfterTheVerbIsNotTheSpeaker() {
    var f = fields("عنوان",
        "وأوضح سامر الخطيب، مدير الدفاع المدني في المدينة، أن فرق الإنقاذ انتشلت ثلاثة أشخاص من تحت الأنقاض.",
        "وقال لوكالة الأنباء الألمانية، إن «البحث سيستمر طوال الليل في الأحياء الشرقية».");
    Entity khatib = person("P1", "Samer al-Khatib", f, "سامر الخطيب");
    Entity agency = entity("O1", EntityType.ORGANIZATION, "Deutsche Presse-Agentur", f, "وكالة الأنباء الألمانية");
    List<Quote> q = ofKind(run("ar", f, khatib, agency), QuoteKind.DIRECT);
    assertEquals("Samer al-Khatib", speakerName(startingWith(q, "البحث سيستمر")));
  }

  @Test
  void arabicSourcePhraseOpeningTheSentenceIsTheSpeakerOfItsSubjectlessCue() {
    var f = fields("عنوان",
        "وأعلنت هيئة الموانئ أن السفينة وصلت إلى الرصيف صباح أمس.",
        "ووفقا لمصادر ملاحية تحدثت للصحيفة، فقد أكدت أن الحمولة تضم ألفي طن من القمح، موضحة أن التفريغ يستغرق يومين.");
    Entity ports = entity("O1", EntityType.ORGANIZATION, "Ports Authority", f, "هيئة الموانئ");
    List<Quote> q = ofKind(run("ar", f, ports), QuoteKind.INDIRECT);
    assertEquals("Ports Authority", speakerName(startingWith(q, "السفينة")));
    assertNull(speakerName(startingWith(q, "الحمولة")), "the unnamed sources, not the authority");
    assertNull(speakerName(startingWith(q, "التفريغ")), "the participle goes on with the sources");
  }

  // ------------------------------------------------------------------ Persian

  @Test
  void persianPronounAfterAnUnnamedSourceStaysUnnamed() {
    var f = fields("عنوان",
        "یک منبع در وزارت نیرو گفت: \"بهرام صالحی\" مدیر این طرح قرار است گزارش خود را هفته آینده ارائه کند.",
        "وی افزود: صالحی همچنین از تشکیل یک کمیته کارشناسی خبر داد.");
    Entity salehi = person("P1", "Bahram Salehi", f, "بهرام صالحی", "صالحی");
    List<Quote> q = ofKind(run("fa", f, salehi), QuoteKind.INDIRECT);
    Quote added = startingWith(q, "صالحی همچنین");
    assertNull(speakerName(added), "the source is not named, and not the man it speaks of");
  }

  @Test
  void persianAlsoBeforeTheVerbBringsInSomeoneNew() {
    var f = fields("عنوان",
        "مهدی کرمانی رئیس اتحادیه نانوایان گفت: قیمت آرد در ماه گذشته دو بار افزایش یافته است.",
        "وی افزود: نانوایان برای خرید آرد با مشکل روبرو هستند.",
        "مدیرکل غله و خدمات بازرگانی استان نیز گفت: سهمیه آرد نانوایی‌ها از ماه آینده افزایش می‌یابد.");
    Entity kermani = person("P1", "Mehdi Kermani", f, "مهدی کرمانی");
    List<Quote> q = ofKind(run("fa", f, kermani), QuoteKind.INDIRECT);
    assertEquals("Mehdi Kermani", speakerName(startingWith(q, "نانوایان برای")));
    assertNull(speakerName(startingWith(q, "سهمیه آرد")), "'also' marks a new speaker, not Kermani");
  }

  @Test
  void persianConsulDescriptionGoesOnFromTheConsulNamedBefore() {
    var f = fields("عنوان",
        "حمید نوری سرکنسول ایران در هرات اظهار داشت: این محموله شامل دارو و تجهیزات پزشکی است.",
        "سرکنسول ایران در هرات تصریح کرد: محموله دوم هفته آینده ارسال می‌شود.");
    Entity nouri = person("P1", "Hamid Nouri", f, "حمید نوری");
    List<Quote> q = ofKind(run("fa", f, nouri), QuoteKind.INDIRECT);
    assertEquals("Hamid Nouri", speakerName(startingWith(q, "محموله دوم")));
  }

  // ------------------------------------------------------------------ precision

  @Test
  void englishHearsayPassiveIsNoCue() {
    var f = fields("Regulator looks at share sale",
        "The regulator is said to believe the two directors had \"inside knowledge\" of the offer when they bought shares.",
        "The company said the directors had acted within the rules.");
    Entity company = entity("O1", EntityType.ORGANIZATION, "Norland Mining", f, "Norland Mining");
    List<Quote> q = run("en", f, company);
    assertTrue(q.stream().noneMatch(x -> x.getText().toString().contains("inside knowledge")), texts(q).toString());
    assertTrue(q.stream().anyMatch(x -> x.getText().toString().startsWith("the directors had acted")), texts(q).toString());
  }

  @Test
  void arabicNameInMarksAfterANetworkOrShowIsNoQuote() {
    var f = fields("عنوان",
        "وقال السيناتور لشبكة \"سي بي إس نيوز\" أمس إن الاتفاق لن يمر في مجلس الشيوخ.",
        "وتعود الدمية إلى الشاشة في عرض «ليلة الدمى» الشهر المقبل.");
    List<Quote> q = ofKind(run("ar", f), QuoteKind.DIRECT);
    assertTrue(q.isEmpty(), texts(q).toString());
  }

  @Test
  void persianDescriptionIsThePersonWhoGoesOnInTheNextParagraph() {
    var f = fields("عنوان",
        "مهدی کرمانی رئیس اتحادیه نانوایان گفت: قیمت آرد در ماه گذشته دو بار افزایش یافته است.",
        "مدیرکل غله و خدمات بازرگانی استان نیز گفت: سهمیه آرد نانوایی‌ها از ماه آینده افزایش می‌یابد.",
        "رضا احمدی افزود: بازرسی از نانوایی‌ها نیز بیشتر خواهد شد.");
    Entity kermani = person("P1", "Mehdi Kermani", f, "مهدی کرمانی");
    Entity ahmadi = person("P2", "Reza Ahmadi", f, "رضا احمدی");
    List<Quote> q = ofKind(run("fa", f, kermani, ahmadi), QuoteKind.INDIRECT);
    assertEquals("Reza Ahmadi", speakerName(startingWith(q, "سهمیه آرد")));
  }
}
