package io.newswire.enrich.entities.ner;

import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/** Access for {@code EnglishEntityRound14Test} to the package-private checks of {@link EnglishModelNames}. */
public final class EnglishModelNamesRound14 {
  private EnglishModelNamesRound14() {}

  public static boolean singleWord(String sentence, int i, EntityType type, double margin) {
    return EnglishModelNames.singleWordName(sentence.split(" "), i, type, margin);
  }

  public static boolean openerOpen(String sentence) {
    String[] ws = sentence.split(" ");
    List<Tokenizer.Token> ts = new ArrayList<>();
    int at = 0;
    for (String w : ws) {
      ts.add(new Tokenizer.Token(w, at, at + w.length()));
      at += w.length() + 1;
    }
    return EnglishModelNames.openerOpen(ts, 0);
  }

  public static boolean inside(String sentence, int start, int end, String type, int[] other, String otherType) {
    List<PerceptronTagger.ScoredChunk> chunks = new ArrayList<>();
    if (other != null) {
      chunks.add(new PerceptronTagger.ScoredChunk(new Chunk(other[0], other[1], otherType), 50));
    }
    return EnglishModelNames.insideLargerRun(sentence.split(" "), new Chunk(start, end, type), chunks);
  }
}
