package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.json.PlainJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dispatch given to the command line: a text file (id = file name without extension), a line of
 * a JSON-lines file ({@code {"id", "text", "source"?, "contentType"?}}), or standard input.
 */
public record Input(String id, byte[] body, Map<String, String> headers) {

  public static Input ofFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return new Input(id, Files.readAllBytes(file), Map.of("source", "file:" + name));
  }

  public static Input ofStream(String id, InputStream in) throws IOException {
    return new Input(id, in.readAllBytes(), Map.of("source", "stdin"));
  }

  /** Reads a JSON-lines file; a line that is not a JSON object with a string 'text' is an error. */
  public static List<Input> ofJsonLines(Path file) throws IOException {
    List<Input> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.add(ofJson(PlainJson.MAPPER.readTree(line), file + ":" + n));
      }
    }
    return out;
  }

  static Input ofJson(JsonNode doc, String where) {
    if (!doc.isObject() || !doc.path("text").isTextual()) {
      throw new IllegalArgumentException(where + ": expected a JSON object with a string \"text\"");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("source", doc.path("source").asText("jsonl"));
    if (doc.path("contentType").isTextual()) {
      headers.put("content-type", doc.path("contentType").asText());
    }
    String id = doc.path("id").isMissingNode() || doc.path("id").isNull() ? null : doc.path("id").asText();
    return new Input(id, doc.path("text").asText().getBytes(StandardCharsets.UTF_8), headers);
  }

  /** The bundled sample dispatches that {@code demo} pushes (listed in samples/index.list). */
  public static List<Input> samples() throws IOException {
    List<Input> out = new ArrayList<>();
    for (String name : resourceLines("samples/index.list")) {
      try (InputStream in = Input.class.getClassLoader().getResourceAsStream("samples/" + name)) {
        if (in == null) {
          throw new IOException("missing bundled sample " + name);
        }
        int dot = name.lastIndexOf('.');
        out.add(new Input(name.substring(0, dot), in.readAllBytes(), Map.of("source", "sample:" + name)));
      }
    }
    return out;
  }

  private static List<String> resourceLines(String resource) throws IOException {
    try (InputStream in = Input.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
