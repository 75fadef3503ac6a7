package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class QuoteScratchTest {
  @Test
  void scratch() throws Exception {
    Path in = Path.of("/tmp/qa/in.txt");
    Assumptions.assumeTrue(Files.exists(in));
    String[] lines = Files.readString(in).split("\n");
    String lang = lines[0].trim();
    List<ArticleField> fields = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        fields.add(new ArticleField(fields.isEmpty() ? "headline" : "paragraphs[" + (fields.size() - 1) + "]", lines[i].trim()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (FieldView f : List.of(new FieldView(fields.get(fields.size() - 1), CueLexicon.forLanguage(lang), List.of(), false))) {
      sb.append("spans ").append(f.spans).append('\n');
    }
    new QuoteExtractor().extract(fields, lang, List.of()).forEach(q -> sb.append(q).append('\n'));
    Files.writeString(Path.of("/tmp/qa/out.txt"), sb.toString());
  }
}
