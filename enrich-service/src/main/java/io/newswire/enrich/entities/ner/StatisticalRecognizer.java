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
      for (List<Tokenizer.Token> s : f.sentences()) {
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
        if (type == EntityType.PERSON && !personEvidence(sentences.get(i), sc.chunk(), sc.margin())) {
          continue;
        }
        out.add(new Candidate(fieldOf.get(i), ts.get(sc.chunk().start()).start(), ts.get(sc.chunk().end() - 1).end(),
            type, 0.5 + Math.min(0.49, sc.margin() / 100), false));
      }
    }
    return out;
  }

  /** Margin above which a person chunk needs no other evidence. */
  static final double SURE_MARGIN = 20;

  /**
   * The tagger over-calls persons on ordinary noun phrases (يرأس جلسة, إدارة المؤسسة); a person is kept
   * when its first word is a known given name or part of a known person's name, a title or reporting
   * verb stands before it, it has a patronymic (بن), or the tagger is very sure.
   */
  private boolean personEvidence(String[] tokens, Chunk c, double margin) {
    if (margin >= SURE_MARGIN) {
      return true;
    }
    String first = tagger.gazetteer().tags(ArabicStem.of(tokens[c.start()]));
    if (first != null && (first.contains("GIVEN") || first.contains("PERSON"))) {
      return true;
    }
    if (c.start() > 0) {
      String before = tagger.gazetteer().tags(ArabicStem.of(tokens[c.start() - 1]));
      if (before != null && (before.contains("TITLE") || before.contains("SAY") || before.contains("PERSTRIG"))) {
        return true;
      }
    }
    for (int k = c.start() + 1; k < c.end(); k++) {
      String w = io.newswire.normalization.MatchingForm.key(tokens[k]);
      if (w.equals("بن") || w.equals("ابن") || w.equals("ابو")) {
        return true;
      }
    }
    return false;
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
