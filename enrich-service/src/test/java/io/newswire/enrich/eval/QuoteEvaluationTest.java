package io.newswire.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.enrich.quotes.QuoteExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation itself, on invented documents in both formats. */
class QuoteEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static int cp(String text, String part) {
    return text.codePointCount(0, text.indexOf(part));
  }

  private static ArrayNode span(String text, String part) {
    int s = cp(text, part);
    return JSON.createArrayNode().add(s).add(s + part.codePointCount(0, part.length()));
  }

  @Test
  void goldFormatMapsFieldOffsetsBackToTheText() throws Exception {
    // an emoji in the headline shifts every later offset by one code point but two chars
    String text = "\uD83D\uDCE2 عنوان الخبر\nوقال سامي حداد: \"سنعيد فتح السفارة قريبا\".\nوأكد سامي حداد أن المحادثات مستمرة مع الجانب الآخر.";
    ObjectNode gold = JSON.createObjectNode().put("id", "t1").put("lang", "ar").put("text", text);
    ObjectNode e1 = gold.putArray("entities").addObject().put("id", "E1").put("type", "PERSON").put("name", "Sami Haddad");
    ArrayNode mentions = e1.putArray("mentions");
    int first = text.indexOf("سامي حداد");
    int second = text.indexOf("سامي حداد", first + 1);
    for (int at : new int[] {first, second}) {
      int s = text.codePointCount(0, at);
      mentions.add(JSON.createArrayNode().add(s).add(s + 9));
    }
    ArrayNode quotes = gold.putArray("quotes");
    ArrayNode direct = span(text, "سنعيد فتح السفارة قريبا");
    quotes.addObject().put("kind", "direct").put("start", direct.get(0).asInt()).put("end", direct.get(1).asInt())
        .put("speaker", "E1").set("cue", span(text, "وقال"));
    ArrayNode indirect = span(text, "أن المحادثات مستمرة مع الجانب الآخر");
    quotes.addObject().put("kind", "indirect").put("start", indirect.get(0).asInt()).put("end", indirect.get(1).asInt())
        .put("speaker", "E1").set("cue", span(text, "وأكد"));
    Path file = dir.resolve("mini.gold.json");
    Files.writeString(file, JSON.writeValueAsString(gold));

    QuoteExtractor extractor = new QuoteExtractor();
    QuoteEvaluation.Report r = QuoteEvaluation.gold(file, t -> GoldArticles.enrichWithGoldEntities(gold, t, extractor));
    assertEquals(1.0, r.figure("direct recall"), r::toString);
    assertEquals(1.0, r.figure("direct precision"), r::toString);
    assertEquals(1.0, r.figure("indirect recall"), r::toString);
    assertEquals(1.0, r.figure("direct speaker accuracy"), r::toString);
    assertEquals(1, r.counts().get("direct exact span"), r::toString);
    assertTrue(r.toString().contains("direct recall"));
  }

  @Test
  void polnearDirectAttributionsSplitQuotesAndSpeakers() throws Exception {
    String text = "Harbour to reopen\n\n“The harbour will reopen on Monday,” Mayor Ana Lopes said. “Boats can return.”\n\n"
        + "The so-called “green corridor” is new.\n\n“Fuel prices will fall too,” said Tom Reed.";
    ObjectNode doc = JSON.createObjectNode().put("id", "p1").put("lang", "en").put("text", text);
    ArrayNode ats = doc.putArray("attributions");
    String whole = "“The harbour will reopen on Monday,” Mayor Ana Lopes said. “Boats can return.”";
    ats.addObject().put("direct", true).<ObjectNode>set("content", span(text, whole))
        .<ObjectNode>set("cue", span(text, "said")).set("source", span(text, "Mayor Ana Lopes"));
    ats.addObject().put("direct", true).<ObjectNode>set("content", span(text, "“Fuel prices will fall too,”"))
        .<ObjectNode>set("cue", span(text, "said Tom")).set("source", span(text, "Tom Reed"));
    Path file = dir.resolve("mini.jsonl");
    Files.writeString(file, JSON.writeValueAsString(doc) + "\n");

    QuoteExtractor extractor = new QuoteExtractor();
    QuoteEvaluation.Report r = QuoteEvaluation.polnear(file, (fields, lang) -> extractor.extract(fields, lang, List.of()));
    assertEquals(1.0, r.figure("recall"), r::toString);
    assertEquals(1.0, r.figure("precision"), r::toString); // the scare quote is not predicted
    assertEquals(1.0, r.figure("speaker accuracy (named sources)"), r::toString);
    assertEquals(2 / 3.0, r.figure("precision, strict single quote"), 1e-9, r::toString); // "Boats can return" alone
  }

  @Test
  void polnearListsEveryHeadlineSpeakerErrorWithItsDocument() throws Exception {
    // the gold source names the mayor, the quote's cue names the clerk: one headline speaker error, listed with the id
    String text = "Budget vote\n\nMayor Ana Lopes spoke first.\n\n“The budget is balanced,” said clerk Tom Reed.";
    ObjectNode doc = JSON.createObjectNode().put("id", "p7").put("lang", "en").put("text", text);
    doc.putArray("attributions").addObject().put("direct", true)
        .<ObjectNode>set("content", span(text, "“The budget is balanced,”"))
        .<ObjectNode>set("cue", span(text, "said")).set("source", span(text, "Ana Lopes"));
    Path file = dir.resolve("wrong.jsonl");
    Files.writeString(file, JSON.writeValueAsString(doc) + "\n");

    QuoteExtractor extractor = new QuoteExtractor();
    QuoteEvaluation.Report r = QuoteEvaluation.polnear(file, (fields, lang) -> extractor.extract(fields, lang, List.of()));
    assertEquals(0.0, r.figure("speaker accuracy (named sources)"), r::toString);
    assertTrue(r.examples().get(0).startsWith("speaker (headline) p7: "), r::toString);
    assertTrue(r.examples().get(0).endsWith("vs gold 'Ana Lopes' for: “The budget is balanced,”"), r::toString);
  }

  @Test
  void sourceNamesVersusPronouns() {
    assertTrue(QuoteEvaluation.isName("Mayor Ana Lopes"));
    assertTrue(QuoteEvaluation.isName("the Daily Planet"));
    assertTrue(!QuoteEvaluation.isName("He"));
    assertTrue(!QuoteEvaluation.isName("a spokesman"));
  }
}
