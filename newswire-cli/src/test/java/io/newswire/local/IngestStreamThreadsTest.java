package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How many stream threads the local stack gives the ingest service beside enrich. */
class IngestStreamThreadsTest {
  @Test
  void aQuarterOfTheCoresAndAtLeastOne() {
    assertEquals("1", LocalStack.ingestStreamThreads(Map.of(), 2));
    assertEquals("1", LocalStack.ingestStreamThreads(Map.of(), 1));
    assertEquals("2", LocalStack.ingestStreamThreads(Map.of(), 8));
  }

  @Test
  void itsOwnVariableWins() {
    assertEquals("3", LocalStack.ingestStreamThreads(Map.of("NEWSWIRE_INGEST_STREAM_THREADS", "3"), 2));
    assertEquals("3", LocalStack.ingestStreamThreads(
        Map.of("NEWSWIRE_INGEST_STREAM_THREADS", "3", "NEWSWIRE_STREAM_THREADS", "4"), 2));
  }

  @Test
  void theSharedVariableHoldsForEveryServiceWhenSet() {
    assertNull(LocalStack.ingestStreamThreads(Map.of("NEWSWIRE_STREAM_THREADS", "4"), 2));
  }
}
