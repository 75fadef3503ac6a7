package io.newswire.enrich.quotes;

import static io.newswire.enrich.quotes.Articles.cut;
import static io.newswire.enrich.quotes.Articles.fields;
import static io.newswire.enrich.quotes.Articles.ofKind;
import static io.newswire.enrich.quotes.Articles.person;
import static io.newswire.enrich.quotes.Articles.speakerName;
import static io.newswire.enrich.quotes.Articles.speakerText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English attribution, with and without entities, on invented sentences. */
class QuoteExtractorEnglishTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> run(List<ArticleField> fields, Entity... entities) {
    return extractor.extract(fields, "en", List.of(entities));
  }

  @Test
  void cueAfterTheQuoteSubjectBeforeOrInverted() {
    var f = fields("Headline",
        "“The harbour will reopen on Monday,” Mayor Ana Lopes said.",
        "“We have waited long enough,” said Tom Reed, a local fisherman.");
    List<Quote> q = run(f);
    assertEquals(2, q.size());
    assertEquals("The harbour will reopen on Monday", q.get(0).getText());
    assertEquals("Mayor Ana Lopes", speakerText(q.get(0)));
    assertEquals("said", q.get(0).getCue());
    assertEquals("Tom Reed", speakerText(q.get(1)));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"said", "says", "added", "stated", "noted", "explained",
      "insisted", "warned", "wrote", "told reporters", "argued", "recalled"})
  void everyEnglishCueAfterTheQuote(String cue) {
    var f = fields("Headline", "“The harbour will reopen on Monday,” Ana Lopes " + cue + ".");
    List<Quote> q = run(f);
    assertEquals(1, q.size(), cue);
    assertEquals("Ana Lopes", speakerText(q.get(0)), cue);
    assertEquals(cue, q.get(0).getCue(), cue);
  }

  @Test
  void accordingToNamesTheSourceAfterIt() {
    var f = fields("Headline", "“The harbour will reopen on Monday,” according to Ana Lopes.");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertEquals("Ana Lopes", speakerText(q.get(0)));
    assertEquals("according to", q.get(0).getCue());
  }

  @Test
  void cueBeforeTheQuoteWithEntity() {
    var f = fields("Headline", "Ana Lopes told reporters: \"The harbour will reopen on Monday.\"");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Ana Lopes"));
    assertEquals(1, q.size());
    assertEquals("Ana Lopes", speakerName(q.get(0)));
    assertEquals("told reporters", q.get(0).getCue());
    assertEquals(q.get(0).getText(), cut(f, q.get(0)));
  }

  @Test
  void continuationPronounAndForHisPart() {
    var f = fields("Headline",
        "“The budget is balanced,” Ana Lopes said. “Nobody expected that a year ago.”",
        "She added: “We will not raise taxes this year.”",
        "For his part, Tom Reed said: “The numbers do not add up at all.”",
        "“I have asked for an audit of every line,” he said.");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Ana Lopes"), person("P2", "Tom Reed", f, "Tom Reed"));
    assertEquals(List.of("Ana Lopes", "Ana Lopes", "Ana Lopes", "Tom Reed", "Tom Reed"),
        q.stream().map(Articles::speakerName).toList());
    assertEquals("She", speakerText(q.get(2)));
  }

  @Test
  void pronounWithoutEntitiesKeepsTheAntecedentAsName() {
    var f = fields("Headline", "“The budget is balanced,” Ana Lopes said.", "“Taxes stay where they are,” she added.");
    List<Quote> q = run(f);
    assertEquals("she", speakerText(q.get(1)));
    assertEquals("Ana Lopes", speakerName(q.get(1)));
  }

  @Test
  void roleOnlySpeaker() {
    var f = fields("Headline", "“The talks were constructive,” a ministry spokesman said.");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertNull(q.get(0).getSpeaker().getEntityId());
    assertEquals("a ministry spokesman", speakerText(q.get(0)));
  }

  @Test
  void appositiveBetweenNameAndCue() {
    var f = fields("Headline", "“We need more buses,” Ana Lopes, the city's transport chief, said on Tuesday.");
    assertEquals("Ana Lopes", speakerText(run(f).get(0)));
  }

  @Test
  void indirectSpeechWithAndWithoutThat() {
    var f = fields("Headline",
        "Ana Lopes said that the harbour would reopen next week.",
        "Tom Reed said the numbers did not add up.",
        "The repairs will take a month, officials said.");
    List<Quote> q = run(f);
    assertEquals(3, q.size());
    q.forEach(x -> assertEquals(QuoteKind.INDIRECT, x.getKind()));
    assertEquals("the harbour would reopen next week", q.get(0).getText());
    assertEquals("Ana Lopes", speakerText(q.get(0)));
    assertEquals("the numbers did not add up", q.get(1).getText());
    assertEquals("The repairs will take a month", q.get(2).getText());
  }

  @Test
  void partialQuotationIsReportedClauseAndDirectFragment() {
    var f = fields("Headline", "Tom Reed said the plan was \"dead on arrival\" and urged a new vote.");
    List<Quote> q = run(f);
    assertEquals(2, q.size());
    assertEquals(QuoteKind.INDIRECT, q.get(0).getKind());
    assertEquals("the plan was \"dead on arrival\" and urged a new vote", q.get(0).getText());
    assertEquals("Tom Reed", speakerText(q.get(0)));
    // the marked words are his own: DIRECT, however short, with the clause's speaker
    assertEquals(QuoteKind.DIRECT, q.get(1).getKind());
    assertEquals("dead on arrival", q.get(1).getText());
    assertEquals("Tom Reed", speakerText(q.get(1)));
  }

  @Test
  void oneWordFragmentAfterAddingThat() {
    var f = fields("Headline",
        "\"We will not raise it this week,\" the mayor's aide said, adding that the bridge toll remains \"frozen.\"");
    List<Quote> q = run(f);
    Quote frozen = q.stream().filter(x -> x.getText().toString().equals("frozen")).findFirst().orElseThrow();
    assertEquals(QuoteKind.DIRECT, frozen.getKind());
    assertEquals("the mayor's aide", speakerText(frozen));
    assertTrue(q.stream().anyMatch(x -> x.getKind() == QuoteKind.INDIRECT
        && x.getText().toString().contains("the bridge toll remains")));
  }

  @Test
  void fragmentOutsideReportedSpeechStaysNarrative() {
    var f = fields("Headline", "The new hall, the \"people's market\" to its stallholders, opens on Friday near the port.");
    assertTrue(run(f).stream().noneMatch(x -> x.getText().toString().equals("people's market")));
  }

  @Test
  void scareQuotesAreNotQuotes() {
    var f = fields("Headline", "The so-called \"green corridor\" opened last year to little fanfare.");
    assertTrue(run(f).isEmpty());
  }

  @Test
  void multiParagraphQuotation() {
    var f = fields("Headline",
        "Ana Lopes said: “The first phase is finished and paid for.",
        "“The second phase starts in spring, and it will be harder.”");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Ana Lopes"));
    assertEquals(2, q.size());
    assertEquals("The first phase is finished and paid for.", q.get(0).getText());
    assertEquals("The second phase starts in spring, and it will be harder.", q.get(1).getText());
    q.forEach(x -> assertEquals("Ana Lopes", speakerName(x)));
  }

  @Test
  void unbalancedQuotationClosedInTheNextParagraphWithoutReopening() {
    var f = fields("Headline",
        "Ana Lopes said: \"The first phase is finished and paid for.",
        "The second phase starts in spring.\" Then she left the room.");
    List<Quote> q = run(f);
    assertEquals(2, q.size());
    assertEquals("The second phase starts in spring.", q.get(1).getText());
    assertEquals("Ana Lopes", speakerText(q.get(1)));
    assertEquals("paragraphs[1]", q.get(1).getField());
    assertEquals(0, (int) q.get(1).getStart());
  }

  @Test
  void aCueThatClosedOneQuotationDoesNotOpenTheNext() {
    var f = fields("Headline",
        "“The council is tired,” she said, but in the same breath “I think the vote will pass,” said Ana Lopes.");
    List<Quote> q = run(f);
    assertEquals("Ana Lopes", speakerText(q.get(q.size() - 1)));
  }

  @Test
  void statementIntroducedByAColonNamesTheSentenceSubject() {
    var f = fields("Headline", "Tom Reed released the following statement:",
        "“We regret the delay and will compensate every family affected by it.”");
    assertEquals("Tom Reed", speakerText(run(f).get(0)));
  }

  @Test
  void colonCueEndingAParagraphHandsOverToTheNextQuote() {
    var f = fields("Headline", "Tom Reed continued:", "\"The harbour has been closed for far too long and everyone knows it.\"");
    List<Quote> q = run(f);
    assertEquals(1, q.size());
    assertEquals("Tom Reed", speakerText(q.get(0)));
  }

  @Test
  void headlineSpeakerLine() {
    var f = fields("Lopes: Harbour to reopen on Monday", "The harbour has been closed since March.");
    List<Quote> q = run(f, person("P1", "Ana Lopes", f, "Lopes"));
    assertEquals(1, q.size());
    assertEquals(QuoteKind.INDIRECT, q.get(0).getKind());
    assertEquals("Harbour to reopen on Monday", q.get(0).getText());
    assertEquals("Ana Lopes", speakerName(q.get(0)));
  }

  @Test
  void otherQuotationStylesAndNesting() {
    var f = fields("Headline",
        "Ana Lopes said: „The harbour will reopen on Monday.“",
        "Tom Reed said: «My father always told me “never trust a calm sea” and he was right.»");
    List<Quote> q = ofKind(run(f), QuoteKind.DIRECT);
    assertEquals(2, q.size());
    assertEquals("My father always told me “never trust a calm sea” and he was right.", q.get(1).getText());
  }

  @Test
  void nonBmpCharacterBeforeTheQuote() {
    var f = fields("Headline", "\uD83C\uDF0A Ana Lopes said: \"The harbour will reopen on Monday.\"");
    Quote q = run(f).get(0);
    assertEquals(q.getText(), cut(f, q));
    assertEquals(f.get(1).text().indexOf("The harbour") - 1, (int) q.getStart());
  }

  @Test
  void extractorIsSafeToShareBetweenThreads() throws Exception {
    var f = fields("Headline", "“The budget is balanced,” Ana Lopes said.", "“Taxes stay where they are,” she added.");
    List<Quote> expected = run(f);
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          if (!run(f).equals(expected)) {
            bad.incrementAndGet();
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, bad.get());
  }
}
