package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.schema.ParsedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first real dispatch (Mehr, Arabic), read from the shared data; skipped when absent. */
class SeedDispatchTest {
  @Test
  void seedParses() throws Exception {
    Path seed = SharedData.file("seed/mehr-ar-pezeshkian-qatar.txt");
    assumeTrue(Files.isRegularFile(seed), "seed not present: " + seed);
    byte[] bytes = Files.readAllBytes(seed);
    ParsedArticle a = new DispatchParser().parse(new RawDispatch(null, bytes, Map.of("source", "seed"), 0L));
    assertTrue(a.getHeadline().startsWith("الرئيس بزشكيان: على الدول "), a.getHeadline());
    assertEquals(4, a.getHighlights().size());
    assertEquals("طهران", a.getDateline().getCity());
    assertEquals("Mehr News Agency", a.getDateline().getAgency());
    assertEquals("طهران-مهر", a.getDateline().getText());
    assertEquals("ar", a.getLanguage());
    assertEquals("UTF-8", a.getCharset());
    assertEquals("plain", a.getFormat());
    assertFalse(a.getParagraphs().get(0).startsWith("طهران"), "dateline cut from the body");
    // The later '*' line is kept as a paragraph, not a highlight.
    assertTrue(a.getParagraphs().stream().noneMatch(p -> p.startsWith("*")));
  }
}
