package io.newswire.enrich.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.ArticleFields;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scratch (not a test): prints the entities of the first N dispatches of a JSON-lines file. */
public final class EyeballScratch {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int n = Integer.parseInt(args[1]);
    int skip = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    EntityExtractor x = new EntityExtractor();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines.subList(skip, Math.min(lines.size(), skip + n))) {
      var node = json.readTree(line);
      try {
        var a = new DispatchParser().parse(new RawDispatch("x", node.path("text").asText().getBytes(StandardCharsets.UTF_8), Map.of(), 0L));
        System.out.println("== " + a.getHeadline());
        for (var e : x.extract(ArticleFields.of(a), node.path("lang").asText(a.getLanguage()))) {
          System.out.println("  " + e.getType() + " " + e.getId() + " | " + e.getName() + " | " + e.getSalience() + " | "
              + e.getMentions().stream().map(m -> m.getText().toString()).distinct().toList());
        }
      } catch (Exception ex) {
        System.out.println("!! " + ex.getMessage());
      }
    }
  }
}
