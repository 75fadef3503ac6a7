package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.json.PlainJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline command line: JSON lines out, reasons on stderr, the next input still processed. */
class CommandLineTest {

  static CommandLineRunner.Run run(String... args) {
    return CommandLineRunner.run(args);
  }

  @Test
  void enrichFilesReportsRejectionsAndGoesOn(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("qna-ar-ports.txt");
    Files.writeString(good, "الدوحة تفتتح رصيفا جديدا في ميناء حمد\n"
        + "الدوحة-قنا:- افتتحت قطر اليوم رصيفا جديدا في ميناء حمد لاستقبال السفن الكبيرة.\n"
        + "وقال المدير العام للميناء: \"الرصيف الجديد يضاعف قدرتنا على المناولة\".\n");
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path english = dir.resolve("en-floods.txt");
    Files.writeString(english, "Floods close schools in the north\nMOSUL (AP) — Schools closed on Sunday after floods, officials said.\n");
    CommandLineRunner.Run r = run("enrich", empty.toString(), good.toString(), english.toString());
    assertEquals(3, r.exit(), "some input was rejected");
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    JsonNode ar = PlainJson.MAPPER.readTree(lines.get(0));
    assertEquals("qna-ar-ports", ar.get("id").asText());
    assertEquals("ar", ar.get("language").asText());
    assertEquals("الدوحة تفتتح رصيفا جديدا في ميناء حمد", ar.get("headline").asText());
    assertTrue(ar.get("quotes").size() >= 1, lines.get(0));
    assertEquals("en-floods", PlainJson.MAPPER.readTree(lines.get(1)).get("id").asText());
    assertTrue(r.err().contains("empty rejected: reason=empty"), r.err());
  }

  @Test
  void enrichJsonLinesKeepsTheirIds(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("docs.jsonl");
    Files.writeString(in, "{\"id\":\"fa-1\",\"text\":\"افزایش قیمت نان در تبریز\\nتبریز- ایرنا- قیمت نان از امروز افزایش یافت.\"}\n"
        + "{\"id\":\"en-1\",\"text\":\"Port reopens\\nBEIRUT (AP) — The port reopened on Tuesday.\"}\n");
    Path out = dir.resolve("out.jsonl");
    CommandLineRunner.Run r = run("enrich", "--in", in.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("fa-1", PlainJson.MAPPER.readTree(lines.get(0)).get("id").asText());
    assertEquals("fa", PlainJson.MAPPER.readTree(lines.get(0)).get("language").asText());
    assertEquals("en-1", PlainJson.MAPPER.readTree(lines.get(1)).get("id").asText());
  }

  @Test
  void enrichWithoutInputIsAUsageError() {
    assertEquals(2, run("enrich").exit());
  }
}
