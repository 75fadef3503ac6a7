package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.entity;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
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
 * The house styles of Gulf, pan-Arab, Persian and English agencies (issue 9), on sentences written for
 * this test: quotations after a cue and إن/أن, quoted words after verbs of describing, honorific and
 * role speakers, Persian leads and colon statements, English describing verbs.
 */
class QuoteHouseStylesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(String lang, List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, lang, List.of(entities));
  }


  // ------------------------------------------------------------------ Arabic

  @Test
  void arabicFragmentInsideReportedClauseIsDirect() {
    var f = fields("عنوان",
        "وأوضح سامي حداد أن الوفد زار «مصنعا للأدوية» في المنطقة، وقال لـ«وكالة الأنباء» إن التحقيق مستمر.");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals(List.of("مصنعا للأدوية"), texts(direct)); // the agency's name in marks is not a quote
    assertEquals("Sami Haddad", speakerName(direct.get(0)));
    assertTrue(texts(ofKind(q, QuoteKind.INDIRECT)).stream().anyMatch(t -> t.contains("الوفد زار")));
  }

  @Test
  void arabicQuotationAfterCueAndComplementizer() {
    var f = fields("عنوان",
        "وقال الوزير سامي حداد إن \"الحكومة ستفتح المعابر الأسبوع المقبل\"، مشيرا إلى أن «القرار نهائي ولا رجعة فيه».",
        "وأضاف أن \"المفاوضات ستستمر حتى التوصل إلى اتفاق شامل\".");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد")), QuoteKind.DIRECT);
    assertEquals(List.of("الحكومة ستفتح المعابر الأسبوع المقبل", "القرار نهائي ولا رجعة فيه",
        "المفاوضات ستستمر حتى التوصل إلى اتفاق شامل"), texts(q));
    q.forEach(x -> assertEquals("Sami Haddad", speakerName(x), x.getText().toString()));
    assertEquals(List.of("وقال", "مشيرا", "وأضاف"), q.stream().map(x -> x.getCue().toString()).toList());
    q.forEach(x -> assertEquals(x.getText().toString(), cut(f, x)));
  }

  @Test
  void arabicColonAndSpaceInsideTheMark() {
    var f = fields("عنوان",
        "وقال سامي حداد :\" نعمل على توسيع الشبكة قبل حلول الصيف \" .",
        "وقال سموه \" إن التعليم أولوية الدولة في المرحلة المقبلة \" .");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد")), QuoteKind.DIRECT);
    assertEquals(List.of("نعمل على توسيع الشبكة قبل حلول الصيف", "إن التعليم أولوية الدولة في المرحلة المقبلة"), texts(q));
  }

  @Test
  void honorificPronounResolvesToTheTitledPersonNotTheLastName() {
    var f = fields("عنوان",
        "استقبل صاحب السمو الملكي الأمير نايف بن سالم أمير المنطقة اليوم وفدا من المعلمين برئاسة مدير التعليم خالد العمري.",
        "وقال سموه : \" إن التعليم أولوية الدولة في المرحلة المقبلة \" .",
        "مؤكداً سموه على دور المعلمين في بناء الأجيال القادمة.");
    List<Quote> q = run("ar", f, person("P1", "Naif bin Salem", f, "نايف بن سالم"),
        person("P2", "Khalid Al-Omari", f, "خالد العمري"));
    assertEquals(2, q.size(), q::toString);
    q.forEach(x -> assertEquals("Naif bin Salem", speakerName(x), x.getText().toString()));
    assertEquals("سموه", speakerText(q.get(0)));
    assertEquals(QuoteKind.INDIRECT, q.get(1).getKind());
  }

  @Test
  void honorificWithNoTitledPersonIsNoSpeaker() {
    var f = fields("عنوان", "وقال معاليه إن \"المشروع سيكتمل قبل نهاية العام الجاري\".");
    List<Quote> q = run("ar", f);
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker(), "a pronoun is never published as a name");
  }

  @Test
  void arabicDescribingVerbsQuoteShortFragments() {
    var f = fields("عنوان",
        "ووصف سامي حداد الاتفاق بأنه «خطوة تاريخية» في مسار العلاقات.",
        "وندد حداد بـ«الاعتداءات المتكررة» على القرى الحدودية.");
    List<Quote> q = ofKind(run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد", "حداد")), QuoteKind.DIRECT);
    assertEquals(List.of("خطوة تاريخية", "الاعتداءات المتكررة"), texts(q));
    q.forEach(x -> assertEquals("Sami Haddad", speakerName(x), x.getText().toString()));
  }

  @Test
  void arabicPartialQuotationInsideAReportedClauseGivesBoth() {
    var f = fields("عنوان", "وذكر سامي حداد أن المعابر «ستفتح أمام الشاحنات صباح كل يوم» بعد انتهاء الصيانة.");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals(List.of("ستفتح أمام الشاحنات صباح كل يوم"), texts(ofKind(q, QuoteKind.DIRECT)));
    List<Quote> clause = ofKind(q, QuoteKind.INDIRECT);
    assertEquals(1, clause.size());
    assertTrue(clause.get(0).getText().toString().contains("المعابر"));
    q.forEach(x -> assertEquals("Sami Haddad", speakerName(x)));
  }

  @Test
  void arabicVsoSubjectWithLongTitleAndNoColon() {
    var f = fields("عنوان",
        "وقال وزير الخارجية السعودي الأسبق سامي حداد في مؤتمر صحفي عقده بالعاصمة «لن نقبل بأي تدخل في شؤوننا الداخلية».",
        "وقالت الفنانة ليلى منصور في اتصال هاتفي «سأعود إلى المسرح بعد انتهاء التصوير».");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"), person("P2", "Layla Mansour", f, "ليلى منصور"));
    assertEquals(List.of("Sami Haddad", "Layla Mansour"), q.stream().map(Articles::speakerName).toList());
    assertEquals(List.of(QuoteKind.DIRECT, QuoteKind.DIRECT), q.stream().map(Quote::getKind).toList());
  }

  @Test
  void arabicNamesAndTitlesInMarksStayOut() {
    var f = fields("عنوان",
        "افتتح المعرض «ألوان الربيع» أمس في قاعة المدينة.",
        "وأكد سامي حداد أن «الأمل» فاز بالبطولة للمرة الثالثة.");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertTrue(ofKind(q, QuoteKind.DIRECT).isEmpty(), q::toString);
  }

  @Test
  void arabicUnnamedSourceKeepsItsWordsWithoutAName() {
    var f = fields("عنوان", "وقال مصدر عسكري إن \"الهجوم بدأ فجرا واستمر ساعتين\".");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker().getName());
    assertNull(q.get(0).getSpeaker().getEntityId());
    assertEquals("مصدر عسكري", speakerText(q.get(0)));
  }

  @Test
  void arabicRoleWithANameTheEntityStepMissedKeepsTheName() {
    var f = fields("عنوان",
        "وقال سامي حداد إن \"الوضع تحت السيطرة\".",
        "وقال الناطق باسم مجلس قيادة الحراك حسن الأحمدي إن «المتظاهرين ملأوا معظم الساحة».");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals(2, q.size());
    assertNull(q.get(1).getSpeaker().getEntityId(), "not the previous speaker");
    assertEquals("الناطق باسم مجلس قيادة الحراك حسن الأحمدي", speakerText(q.get(1)));
  }

  @Test
  void arabicHeadlineRoleResolvesToThePersonTheBodyNames() {
    var f = fields("وزير الداخلية: لن نسمح بتهديد أمن المواطنين",
        "قال وزير الداخلية سامي حداد إن \"الأجهزة الأمنية في حالة تأهب كامل\".");
    List<Quote> q = run("ar", f, person("P1", "Sami Haddad", f, "سامي حداد"));
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Sami Haddad", speakerName(x), x.getText().toString()));
  }

  @Test
  void quotedWordsInAHeadlineBelongToItsSubject() {
    var ar = fields("سامي حداد يتعهد بحوار «لا يستثني أحدا» مع المعارضة", "وعقد حداد اجتماعا مع قادة الأحزاب أمس.");
    List<Quote> q = run("ar", ar, person("P1", "Sami Haddad", ar, "سامي حداد", "حداد"));
    assertEquals(List.of("لا يستثني أحدا"), texts(ofKind(q, QuoteKind.DIRECT)));
    assertEquals("Sami Haddad", speakerName(q.get(0)));
    var en = fields("Haddad 'sorry' over train delays", "The minister met commuters on Monday.");
    List<Quote> e = run("en", en, person("P1", "Sami Haddad", en, "Haddad"));
    assertEquals(List.of("sorry"), texts(e));
    assertEquals("Sami Haddad", speakerName(e.get(0)));
  }

  // ------------------------------------------------------------------ Persian

  @Test
  void persianLeadRoleNamedInTheNextSentenceAndColonStatements() {
    var f = fields("عنوان",
        "وزیر نیرو گفت: تامین آب تهران در تابستان امسال تضمین شده است.",
        "به گزارش خبرگزاری فارس، رضا کاظمی امروز در جمع خبرنگاران افزود: سدهای استان تهران بیش از هفتاد درصد پر هستند.",
        "وی ادامه داد: مصرف آب در شهر باید کاهش یابد. مردم در این زمینه همکاری خوبی کرده‌اند.",
        "وزیر نیرو تصریح کرد: طرح انتقال آب تا پایان سال به بهره‌برداری می‌رسد.");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    assertEquals(4, q.size(), q::toString);
    q.forEach(x -> assertEquals("Reza Kazemi", speakerName(x), x.getText().toString()));
    q.forEach(x -> assertEquals(QuoteKind.INDIRECT, x.getKind()));
    assertEquals("مصرف آب در شهر باید کاهش یابد. مردم در این زمینه همکاری خوبی کرده‌اند.", q.get(2).getText(),
        "a colon statement runs to the paragraph's end");
  }

  @Test
  void persianCommaAndBareClauses() {
    var f = fields("عنوان",
        "رضا کاظمی در نشست خبری تاکید کرد، بحران آب با همکاری مردم حل می‌شود.",
        "کاظمی در گفت و گو با خبرنگاران گفت ذخایر سدهای استان پانزده درصد بیشتر شده است.");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی", "کاظمی"));
    assertEquals(List.of("بحران آب با همکاری مردم حل می‌شود", "ذخایر سدهای استان پانزده درصد بیشتر شده است"), texts(q));
    q.forEach(x -> assertEquals("Reza Kazemi", speakerName(x)));
  }

  @Test
  void persianHeadlineSurnameSpeakerLine() {
    var f = fields("کاظمی: تابستان امسال قطعی آب نداریم",
        "وزیر نیرو گفت: هیچ برنامه‌ای برای جیره‌بندی آب وجود ندارد.");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    assertEquals("تابستان امسال قطعی آب نداریم", q.get(0).getText());
    assertEquals("کاظمی", speakerText(q.get(0)));
  }

  @Test
  void persianDirectQuotationWithPronounSpeaker() {
    var f = fields("عنوان",
        "رضا کاظمی گفت: «سدهای تهران پر هستند و نگرانی وجود ندارد.»",
        "او افزود: «مردم باید در مصرف آب صرفه‌جویی کنند.»");
    List<Quote> q = run("fa", f, person("P1", "Reza Kazemi", f, "رضا کاظمی"));
    assertEquals(2, ofKind(q, QuoteKind.DIRECT).size(), q::toString);
    q.forEach(x -> assertEquals("Reza Kazemi", speakerName(x)));
    assertEquals("او", speakerText(q.get(1)));
  }

  // ------------------------------------------------------------------ English

  @Test
  void englishDescribingVerbsQuoteTheirWords() {
    var f = fields("Headline",
        "In a statement Senator Mary Cole called the plan \"a gift to speculators.\"",
        "The scheme was described as a \"reckless gamble\" by her office.");
    List<Quote> q = run("en", f, person("P1", "Mary Cole", f, "Mary Cole"));
    List<Quote> direct = ofKind(q, QuoteKind.DIRECT);
    assertEquals(List.of("a gift to speculators.", "reckless gamble"), texts(direct));
    assertEquals("Mary Cole", speakerName(direct.get(0)));
  }

  @Test
  void englishTrailingCueAccordingToAndQuotedAsSaying() {
    var f = fields("Headline",
        "\"We will not raise fares this year,\" transport minister Mary Cole said on Monday.",
        "Cole was quoted as saying: \"The network needs patience, not panic.\"",
        "Fares will stay frozen until March, according to Mary Cole.",
        "The trains will run on time, she said.");
    List<Quote> q = run("en", f, person("P1", "Mary Cole", f, "Mary Cole", "Cole"));
    assertEquals(List.of("We will not raise fares this year", "The network needs patience, not panic."),
        texts(ofKind(q, QuoteKind.DIRECT)));
    assertEquals(List.of("The trains will run on time"),
        texts(ofKind(q, QuoteKind.INDIRECT)).stream().filter(t -> t.startsWith("The trains")).toList());
    q.forEach(x -> assertEquals("Mary Cole", speakerName(x), x.getText().toString()));
  }

  @Test
  void englishScareQuotesWithoutCueStayOut() {
    var f = fields("Ministers 'face tough choices'",
        "The so-called \"smart\" meters were installed in every home last year.");
    List<Quote> q = run("en", f, entity("O1", EntityType.ORGANIZATION, "Ministry", f, "Ministry"));
    assertTrue(q.isEmpty(), q::toString);
  }
}
