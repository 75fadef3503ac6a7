package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.schema.EnrichedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every evaluation against annotated text needs: the documents of a gold file, and where each
 * field of an enriched article stands in the original text (gold offsets are code points into it,
 * ours are code points into each field's display text).
 */
public final class GoldDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldDocuments() {}

  /** Every JSON document in the file: one (pretty-printed) object, or one per line. */
  public static List<JsonNode> read(Path file) throws IOException {
    try (MappingIterator<JsonNode> docs = JSON.readerFor(JsonNode.class)
        .readValues(Files.readString(file, StandardCharsets.UTF_8))) {
      return docs.readAll();
    }
  }

  /**
   * Annotations kept without their text (the pools may not be copied into the project): each line of
   * {@code annotations} is a gold object whose {@code id} names a dispatch of {@code pool} (JSON lines
   * with {@code id} and {@code text}); the dispatch's text is put back before scoring, so offsets mean
   * what they meant when the annotation was made. With {@code pool} null this is {@link #read(Path)}.
   *
   * @throws IllegalArgumentException when an annotated id is not in the pool
   */
  public static List<JsonNode> read(Path annotations, Path pool) throws IOException {
    List<JsonNode> docs = read(annotations);
    if (pool == null) {
      return docs;
    }
    Map<String, String> texts = new HashMap<>();
    try (MappingIterator<JsonNode> lines = JSON.readerFor(JsonNode.class)
        .readValues(Files.readString(pool, StandardCharsets.UTF_8))) {
      while (lines.hasNext()) {
        JsonNode line = lines.next();
        texts.put(line.path("id").asText(), line.path("text").asText());
      }
    }
    List<JsonNode> out = new ArrayList<>(docs.size());
    for (JsonNode doc : docs) {
      String id = doc.path("id").asText();
      String text = texts.get(id);
      if (text == null) {
        throw new IllegalArgumentException("annotated dispatch '" + id + "' is not in the pool " + pool);
      }
      ObjectNode withText = doc.deepCopy();
      withText.put("text", text);
      out.add(withText);
    }
    return out;
  }

  /**
   * Code-point start of every field of {@code a} in {@code text}, found in reading order: verbatim
   * when the display text occurs as is, else modulo whitespace (the display form collapses runs of it).
   * A field not found after the previous one is looked for from the start; one not found at all is left out.
   * The dateline is found after the headline but moves no cursor ({@link #pointsIntoBody}).
   */
  public static Map<String, Integer> fieldStarts(String text, EnrichedArticle a) {
    Map<String, Integer> out = new HashMap<>();
    int cursor = 0;
    for (ArticleField f : ArticleFields.of(a)) {
      int at = indexOfLoose(text, f.text(), cursor);
      if (at < 0) {
        at = indexOfLoose(text, f.text(), 0);
      }
      if (at >= 0) {
        out.put(f.name(), text.codePointCount(0, at));
        if (!pointsIntoBody(f)) {
          cursor = at + 1;
        }
      }
    }
    return out;
  }

  /**
   * The dateline comes before the paragraphs in field order, but the Persian report sentence
   * ({@code به گزارش … فارس از X،}) stays in the body and may open the second paragraph: moving the
   * cursor past it would place a lead that the body repeats after it on the later copy, and score the
   * lead's mentions as missed. So the dateline never moves the cursor.
   */
  static boolean pointsIntoBody(ArticleField f) {
    return "dateline".equals(f.name());
  }

  /** Index of {@code needle} in {@code hay} from {@code from}, any whitespace run matching a single space. */
  static int indexOfLoose(String hay, String needle, int from) {
    int exact = hay.indexOf(needle, from);
    if (exact >= 0 || needle.isEmpty()) {
      return exact;
    }
    StringBuilder re = new StringBuilder();
    for (String part : needle.split(" ")) {
      if (re.length() > 0) {
        re.append("\\s+");
      }
      re.append(Pattern.quote(part));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(hay);
    return m.find(from) ? m.start() : -1;
  }
}
