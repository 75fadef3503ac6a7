package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round 24's token cache: a flat table in place of the tagger's map, the same infos for the same words. */
class TaggerSpeedRound24Test {
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

  /** A word asked again comes from the table, its info made once. */
  @Test
  void aWordAskedAgainIsMadeOnce() {
    TokenCache cache = new TokenCache(6, 40);
    int before = MADE.get();
    TaggerFeatures.TokenInfo first = cache.get("harbour", MAKE);
    TaggerFeatures.TokenInfo again = cache.get(new String("harbour".toCharArray()), MAKE);
    assertSame(first, again);
    assertEquals(1, MADE.get() - before);
    assertEquals("harbour", again.token);
  }

  /** Another word, even one with the same string hash, gets its own info. */
  @Test
  void wordsWithTheSameHashKeepTheirOwnInfos() {
    TokenCache cache = new TokenCache(6, 40);
    assertEquals("Aa".hashCode(), "BB".hashCode()); // a known collision of String.hashCode
    TaggerFeatures.TokenInfo aa = cache.get("Aa", MAKE);
    TaggerFeatures.TokenInfo bb = cache.get("BB", MAKE);
    assertNotSame(aa, bb);
    assertEquals("Aa", cache.get("Aa", MAKE).token);
    assertEquals("BB", cache.get("BB", MAKE).token);
    assertEquals(aa.word, cache.get("Aa", MAKE).word);
  }

  /** Past its limit the table starts afresh, and every word still gets its own info. */
  @Test
  void theTableStartsAfreshAtItsLimit() {
    TokenCache cache = new TokenCache(6, 40);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      words.add("word" + i);
    }
    for (String w : words) {
      assertEquals(w, cache.get(w, MAKE).token);
    }
    assertEquals(100 % 40, cache.size());
    for (String w : words) {
      assertEquals(w, cache.get(w, MAKE).token);
    }
    assertThrows(IllegalArgumentException.class, () -> new TokenCache(6, 64));
  }

  /** Two threads asking for the same words at once get equal answers (the cache is shared by the taggers' callers). */
  @Test
  void threadsSharingTheTableGetTheirWords() throws Exception {
    TokenCache cache = new TokenCache(8, 200);
    Runnable ask = () -> {
      for (int round = 0; round < 50; round++) {
        for (int i = 0; i < 300; i++) {
          String w = "w" + i;
          if (!cache.get(w, MAKE).token.equals(w)) {
            throw new AssertionError(w);
          }
        }
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(ask);
      Future<?> b = pool.submit(ask);
      a.get(); // rethrows a thread's AssertionError
      b.get();
    } finally {
      pool.shutdown();
    }
  }
}
