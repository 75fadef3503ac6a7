package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A kill (withdrawal) notice usually has no body; it must still become an event that says so. */
class KillNoticeTest {
  @Test
  void ninjsKillWithoutBodyIsAnArticleMarkedCanceled() throws Exception {
    String kill = "{\"uri\":\"urn:newsml:newswire.test:kill-7\",\"version\":\"3\",\"pubstatus\":\"canceled\","
        + "\"headlines\":[{\"role\":\"main\",\"value\":\"سحب: الوزارة تعلن خطوط حافلات جديدة\"}]}";
    ParsedArticle a = Dispatches.parse(Dispatches.raw(kill.getBytes(StandardCharsets.UTF_8), "application/ninjs+json", null));
    assertEquals("canceled", a.getPubStatus());
    assertEquals("urn:newsml:newswire.test:kill-7", a.getId());
    assertEquals(3, a.getVersion());
    assertTrue(a.getParagraphs().isEmpty());
    assertEquals("ar", a.getLanguage());
  }

  @Test
  void aUsableDispatchWithoutBodyIsStillRejected() {
    String noBody = "{\"uri\":\"urn:newsml:newswire.test:nobody-1\",\"pubstatus\":\"usable\","
        + "\"headlines\":[{\"role\":\"main\",\"value\":\"Headline only\"}]}";
    RejectedDispatchException e = assertThrows(RejectedDispatchException.class,
        () -> Dispatches.parse(Dispatches.raw(noBody.getBytes(StandardCharsets.UTF_8), "application/ninjs+json", null)));
    assertEquals("no-body", e.reason());
  }
}
