package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enrich --passes N}: the input N times in one JVM, the last pass's events written, a step table per pass. */
class EnrichPassesRound26Test {
  private static final String INPUT = "{\"id\":\"en-1\",\"text\":\"Bridge reopens\\nLONDON (AP) — The bridge reopened on Monday, the council said.\"}\n"
      + "{\"id\":\"bad\",\"text\":\"\"}\n"
      + "{\"id\":\"en-2\",\"text\":\"Rain delays trains\\nLEEDS (AP) — Trains were late on Friday after heavy rain.\"}\n";

  @Test
  void threePassesWriteTheEventsOfOnePassAndATablePerPass(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT);
    Path once = dir.resolve("once.jsonl");
    Path thrice = dir.resolve("thrice.jsonl");
    CommandLineRunner.Run one = CommandLineRunner.run("enrich", "--in", in.toString(), "--out", once.toString(), "--threads", "1");
    CommandLineRunner.Run three = CommandLineRunner.run("enrich", "--in", in.toString(), "--out", thrice.toString(),
        "--threads", "1", "--passes", "3", "--profile-steps");
    assertEquals(3, one.exit(), one.err());
    assertEquals(3, three.exit(), three.err());
    List<String> a = Files.readAllLines(once);
    List<String> b = Files.readAllLines(thrice);
    assertEquals(2, a.size());
    assertEquals(2, b.size(), "the events of the last pass only");
    for (int i = 0; i < a.size(); i++) {
      assertEquals(strip(a.get(i)), strip(b.get(i)));
    }
    // The rejection is reported once (by the written pass), the counts are one pass's.
    assertEquals(1, count(three.err(), "bad rejected"), three.err());
    assertTrue(three.err().contains("enrich: 2 enriched, 1 rejected"), three.err());
    for (int p = 1; p <= 3; p++) {
      assertEquals(1, count(three.err(), "enrich: pass " + p + " of 3"), three.err());
    }
    assertEquals(3, count(three.err(), "step (thread CPU)"), three.err());
  }

  @Test
  void oneRunByDefaultPrintsNoPassHeading(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT);
    CommandLineRunner.Run r = CommandLineRunner.run("enrich", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(),
        "--threads", "1", "--profile-steps");
    assertFalse(r.err().contains("enrich: pass"), r.err());
    assertEquals(1, count(r.err(), "step (thread CPU)"), r.err());
  }

  private static String strip(String line) {
    return line.replaceAll("\"(receivedAt|processedAt)\":\"[^\"]*\"", "");
  }

  private static int count(String s, String part) {
    int c = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
      c++;
    }
    return c;
  }
}
