package io.newswire.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.ner.Chunk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
  @Test
  void chunksFollowConllevalSemantics() {
    // I- after O starts a chunk; a type change starts a new one.
    assertEquals(List.of(new Chunk(0, 2, "PERS"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "ORG")),
        Chunk.fromTags(new String[] {"B-PERS", "I-PERS", "O", "I-LOC", "I-ORG"}));
    assertEquals(List.of(new Chunk(0, 1, "LOC"), new Chunk(1, 2, "LOC")), Chunk.fromTags(new String[] {"B-LOC", "B-LOC"}));
  }

  @Test
  void scoresPredictionsFile(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("pred.conll");
    Files.writeString(p, String.join("\n",
        "زار B-PERS B-PERS", "سامي I-PERS I-PERS", "بيروت B-LOC B-ORG", "", "في O O", "دمشق B-LOC B-LOC", "امس O B-MISC", ""));
    NerEvaluation.Report r = NerEvaluation.run(p, "ar", p);
    assertEquals(2, r.overall().truePositives());
    assertEquals(2, r.overall().falsePositives());
    assertEquals(1, r.overall().falseNegatives());
    assertEquals(1.0, r.byType().get("PERS").f1(), 1e-9);
    assertEquals(0.5, r.overall().precision(), 1e-9);
    assertEquals(2.0 / 3, r.overall().recall(), 1e-9);
    assertEquals(0.6667, r.byType().get("LOC").f1(), 1e-3);
  }
}
