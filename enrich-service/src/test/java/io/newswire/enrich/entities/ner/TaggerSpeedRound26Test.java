package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 26: a sentence's token infos looked up in phases ({@link TokenCache#getAll}), and one sentence view and
 * one set of decoder arrays per document, refilled for each sentence. The same infos and the same tagging.
 */
class TaggerSpeedRound26Test {
  private static final AtomicInteger MADE = new AtomicInteger();
  private static final Gazetteer NO_LISTS = noLists();
  private static final Function<String, TaggerFeatures.TokenInfo> MAKE = t -> {
    MADE.incrementAndGet();
    return new TaggerFeatures.TokenInfo(t, NO_LISTS, WordClusters.NONE);
  };

  private static Gazetteer noLists() {
    try {
      return Gazetteer.readFrom(new DataInputStream(new ByteArrayInputStream(new byte[4]))); // zero entries
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  /** Known words come from the table (made once), new ones are made and kept, repeats in a sentence share one info. */
  @Test
  void aSentenceLookedUpAtOnceGetsWhatOneByOneGets() {
    TokenCache cache = new TokenCache(8, 200);
    for (String w : words("the ferry left the harbour")) {
      cache.get(w, MAKE);
    }
    String[] sentence = words("the ferry from the island reached the harbour at dawn");
    TaggerFeatures.TokenInfo[] out = new TaggerFeatures.TokenInfo[sentence.length + 3];
    int before = MADE.get();
    cache.getAll(sentence, out, MAKE);
    assertEquals(5, MADE.get() - before, "from, island, reached, at, dawn are new");
    for (int i = 0; i < sentence.length; i++) {
      assertEquals(sentence[i], out[i].token);
      assertSame(cache.get(sentence[i], MAKE), out[i]);
    }
    assertSame(out[0], out[3], "the same word, the same info");
    assertEquals(null, out[sentence.length], "nothing written past the sentence");
    before = MADE.get();
    cache.getAll(sentence, out, MAKE);
    assertEquals(0, MADE.get() - before, "every word known now");
  }

  /** A word whose home slot holds another word (the same string hash, or a full table probing on) is still found. */
  @Test
  void collidingWordsAreFoundPastTheirHomeSlot() {
    TokenCache cache = new TokenCache(4, 12); // 16 slots: words share home slots
    assertEquals("Aa".hashCode(), "BB".hashCode());
    String[] first = {"Aa", "BB", "Aa", "w1", "w2", "w3", "w4", "w5", "w6"};
    TaggerFeatures.TokenInfo[] out = new TaggerFeatures.TokenInfo[first.length];
    cache.getAll(first, out, MAKE);
    TaggerFeatures.TokenInfo[] again = new TaggerFeatures.TokenInfo[first.length];
    cache.getAll(new String[] {"BB", "Aa", "w6", "w5", "w4", "w3", "w2", "w1", "BB"}, again, MAKE);
    assertSame(out[1], again[0]);
    assertSame(out[0], again[1]);
    assertSame(out[8], again[2]);
    assertSame(out[3], again[7]);
    assertSame(again[0], again[8]);
    assertEquals("BB", again[0].token);
    assertEquals("Aa", again[1].token);
  }

  /** Past the table's limit it starts afresh, between or within sentences: every word still gets its own info. */
  @Test
  void aTableStartingAfreshStillAnswersEveryWord() {
    TokenCache cache = new TokenCache(6, 40);
    String[] sentence = new String[70];
    for (int i = 0; i < sentence.length; i++) {
      sentence[i] = "word" + (i % 50);
    }
    TaggerFeatures.TokenInfo[] out = new TaggerFeatures.TokenInfo[sentence.length];
    for (int round = 0; round < 3; round++) {
      cache.getAll(sentence, out, MAKE);
      for (int i = 0; i < sentence.length; i++) {
        assertEquals(sentence[i], out[i].token);
      }
    }
  }

  /** A view refilled with a shorter sentence after a longer one reads, in [0, n), what a fresh view reads. */
  @Test
  void aRefilledViewIsTheSentenceItWasFilledWith() {
    TaggerFeatures.Lookup fresh = (tokens, out) -> {
      for (int i = 0; i < tokens.length; i++) {
        out[i] = new TaggerFeatures.TokenInfo(tokens[i], NO_LISTS, WordClusters.NONE);
      }
    };
    String longer = "the council said on Monday that the old bridge over the river would reopen to cars and buses "
        + "in the spring after two years of repairs";
    String shorter = "« trains » were late again";
    TaggerFeatures.Sentence view = new TaggerFeatures.Sentence(0, 4);
    view.fill(words(longer), fresh); // more words than the view has room for: it grows
    assertEquals(words(longer).length, view.n);
    view.fill(words(shorter), fresh);
    TaggerFeatures.Sentence alone = new TaggerFeatures.Sentence(words(shorter), NO_LISTS, WordClusters.NONE, 0);
    assertEquals(alone.n, view.n);
    int n = view.n;
    assertArrayEquals(Arrays.copyOf(alone.word, n), Arrays.copyOf(view.word, n));
    assertArrayEquals(Arrays.copyOf(alone.stem, n), Arrays.copyOf(view.stem, n));
    assertArrayEquals(Arrays.copyOf(alone.quote, n), Arrays.copyOf(view.quote, n));
    assertArrayEquals(Arrays.copyOf(alone.coarse, n), Arrays.copyOf(view.coarse, n));
    assertArrayEquals(Arrays.copyOf(alone.shape, n), Arrays.copyOf(view.shape, n));
    long[] a = new long[TaggerFeatures.MAX];
    long[] b = new long[TaggerFeatures.MAX];
    for (int i = 0; i < n; i++) {
      int ka = TaggerFeatures.observation(alone, i, 0, a);
      int kb = TaggerFeatures.observation(view, i, 0, b);
      assertArrayEquals(Arrays.copyOf(a, ka), Arrays.copyOf(b, kb), "position " + i);
    }
  }

  /**
   * A document of long and short sentences, the arrays reused from one to the next: the same chunks and margins
   * with the word caches (looked up in phases) as with every feature looked up afresh, on a cold and a warm cache,
   * with the long sentence first (shorter ones then leave old cells behind) and last (the arrays grow).
   */
  @Test
  void reusedArraysTagLongAndShortSentencesAlike() {
    PerceptronTagger model = PerceptronTagger.loadShipped("en");
    if (model == null) {
      return; // a build without the model files has nothing to compare
    }
    List<String[]> doc = new ArrayList<>();
    doc.add(words("Speaking in Geneva on Thursday , the health minister of Norway , Anna Berg , said the new clinic "
        + "near Bergen would open next year with help from the World Health Organization and the Red Cross"));
    doc.add(words("Berg said so"));
    doc.add(words("Officials in Oslo agreed"));
    doc.add(words("The Red Cross in Geneva welcomed the plan , a spokesman for the group told Reuters on Friday evening"));
    // After a long sentence that names no one (so the document's memory stays empty), a short one is tagged as
    // in a document of its own, where every array is fresh: nothing the long one left in the arrays is read.
    String[] plain = words("the council said on monday that the old bridge over the river would reopen to cars and "
        + "buses in the spring after two years of repairs and a long wait");
    String[] named = words("Anna Berg met officials in Oslo");
    List<List<PerceptronTagger.ScoredChunk>> after = model.tagDocument(List.of(plain, named));
    assertEquals(List.of(), after.get(0), "the long sentence names no one");
    assertEquals(model.tagDocument(List.<String[]>of(named)).get(0), after.get(1));
    assertTrue(!after.get(1).isEmpty());
    List<String[]> reversed = new ArrayList<>(doc);
    java.util.Collections.reverse(reversed);
    for (List<String[]> d : List.of(doc, reversed)) {
      for (int pass = 0; pass < 2; pass++) {
        List<List<PerceptronTagger.ScoredChunk>> cached = model.tagDocument(d);
        assertEquals(model.tagDocumentUncached(d), cached, "pass " + pass);
        assertEquals(d.size(), cached.size());
        assertTrue(cached.stream().mapToInt(List::size).sum() > 0, "the sentences name someone");
      }
    }
  }
}
