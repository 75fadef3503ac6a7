package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic names from the ANERcorp-trained model. MISC chunks (nationalities, events) are not published
 * entities; chunks below {@link #MIN_PROBABILITY} are dropped because a wrong name costs more in the
 * published stream than a missed one.
 */
public final class StatisticalRecognizer implements NameRecognizer {
  static final double MIN_PROBABILITY = 0.6;
  private final ArabicNameFinder finder;

  public StatisticalRecognizer(ArabicNameFinder finder) {
    this.finder = finder;
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
    List<List<ArabicNameFinder.ScoredChunk>> found = finder.findDocumentScored(sentences);
    for (int i = 0; i < found.size(); i++) {
      for (ArabicNameFinder.ScoredChunk sc : found.get(i)) {
        EntityType type = switch (sc.chunk().type()) {
          case "PERS", "PER" -> EntityType.PERSON;
          case "LOC" -> EntityType.PLACE;
          case "ORG" -> EntityType.ORGANIZATION;
          default -> null;
        };
        if (type == null || sc.probability() < MIN_PROBABILITY) {
          continue;
        }
        List<Tokenizer.Token> ts = tokens.get(i);
        out.add(new Candidate(fieldOf.get(i), ts.get(sc.chunk().start()).start(), ts.get(sc.chunk().end() - 1).end(),
            type, sc.probability(), false));
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
