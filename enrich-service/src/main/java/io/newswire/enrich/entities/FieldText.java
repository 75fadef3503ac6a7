package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;

/**
 * One article field prepared for matching.
 *
 * @param index    position of the field in reading order
 * @param offset   char offset of the field in the article's fields joined with newlines (for salience)
 * @param analysis the field's shared analysis (tokens, sentences, matching form), computed once
 */
public record FieldText(int index, String name, String display, MatchingForm form, int offset, FieldAnalysis analysis) {
  public FieldText(int index, String name, String display, MatchingForm form, int offset) {
    this(index, name, display, form, offset, FieldAnalysis.of(display));
  }

  public FieldText(int index, String name, FieldAnalysis analysis, int offset) {
    this(index, name, analysis.text(), analysis.matchingForm(), offset, analysis);
  }

  /** ANERcorp-style sentences of tokens of {@link #display()}, shared by every recognizer. */
  public List<List<Tokenizer.Token>> sentences() {
    return Tokenizer.sentences(analysis);
  }

  /** The matching-form key of each token of {@link #sentences()}, per sentence (shared: read only). */
  public List<String[]> sentenceKeys() {
    return Tokenizer.keys(analysis);
  }

  public boolean isDateline() {
    return name.equals("dateline");
  }

  public boolean isHeadline() {
    return name.equals("headline");
  }

  public boolean isHighlight() {
    return name.startsWith("highlights[");
  }

  /** The words a mention covers, as its field displays them. */
  public static String text(List<FieldText> fields, Mention m) {
    return fields.get(m.field()).display().substring(m.start(), m.end());
  }
}
