package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic names from the ANERcorp-trained tagger. MISC chunks (nationalities, events) are not published
 * entities; chunks whose weakest token wins by less than {@link #MIN_MARGIN} are dropped because a
 * wrong name costs more in the published stream than a missed one.
 */
public final class StatisticalRecognizer implements NameRecognizer {
  static final double MIN_MARGIN = 0;
  private final PerceptronTagger tagger;

  public StatisticalRecognizer(PerceptronTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    List<String[]> sentences = new ArrayList<>();
    List<List<Tokenizer.Token>> tokens = new ArrayList<>();
    List<Integer> fieldOf = new ArrayList<>();
    for (FieldText f : fields) {
      if (!hasArabicLetters(f.display())) {
        continue;
      }
      for (List<Tokenizer.Token> s : Tokenizer.sentences(f.display())) {
        sentences.add(Tokenizer.texts(s));
        tokens.add(s);
        fieldOf.add(f.index());
      }
    }
    if (sentences.isEmpty()) {
      return out;
    }
    List<List<PerceptronTagger.ScoredChunk>> found = tagger.tagDocument(sentences);
    for (int i = 0; i < found.size(); i++) {
      for (PerceptronTagger.ScoredChunk sc : found.get(i)) {
        EntityType type = switch (sc.chunk().type()) {
          case "PERS", "PER" -> EntityType.PERSON;
          case "LOC" -> EntityType.PLACE;
          case "ORG" -> EntityType.ORGANIZATION;
          default -> null;
        };
        if (type == null || sc.margin() < MIN_MARGIN) {
          continue;
        }
        List<Tokenizer.Token> ts = tokens.get(i);
        out.add(new Candidate(fieldOf.get(i), ts.get(sc.chunk().start()).start(), ts.get(sc.chunk().end() - 1).end(),
            type, 0.5 + Math.min(0.49, sc.margin() / 100), false));
      }
    }
    return out;
  }

  static boolean hasArabicLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0620' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }
}
