package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTagsTest {
  @Test
  void benchmarkTypesMapToPerLocOrg() {
    assertArrayEquals(new String[] {"B-PER", "I-PER", "B-LOC", "O", "B-ORG", "I-ORG"},
        NerTags.mapAll(new String[] {"B-PERS", "I-PERS", "B-LOC", "B-MISC", "B-ORG", "I-ORG"}));
    // ArmanPersoNER: lower case, with or without B-/I-.
    assertArrayEquals(new String[] {"B-PER", "I-PER", "B-ORG", "I-LOC", "O", "O"},
        NerTags.mapAll(new String[] {"B-pers", "I-pers", "B-org", "loc", "B-event", "fac"}));
    // CoNLL-2003 (IOB1) and other columns: a part-of-speech tag is not a type.
    assertArrayEquals(new String[] {"I-PER", "B-PER", "O", "O"}, NerTags.mapAll(new String[] {"I-PER", "B-PER", "NNP", "O"}));
    assertEquals(List.of(new Chunk(0, 1, "PER"), new Chunk(1, 2, "PER")),
        Chunk.fromTags(NerTags.mapAll(new String[] {"I-PER", "B-PER"})));
  }

  @Test
  void documentsEndAtDocstartOrAfterNSentences(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("d.conll");
    Files.writeString(p, String.join("\n", "-DOCSTART- -X- -X- O", "", "Iran NNP B-NP B-LOC", "", "Tehran NNP B-NP B-LOC", "",
        "Qatar NNP B-NP B-LOC", "", "-DOCSTART- -X- -X- O", "", "Doha NNP B-NP B-LOC", ""), StandardCharsets.UTF_8);
    List<List<ConllSentence>> whole = ConllSentence.readDocuments(p, 0);
    assertEquals(List.of(3, 1), whole.stream().map(List::size).toList());
    assertEquals(List.of(2, 1, 1), ConllSentence.readDocuments(p, 2).stream().map(List::size).toList());
    assertArrayEquals(new String[] {"B-LOC"}, whole.get(1).get(0).lastTags());
  }
}
