package io.newswire.enrich;

import io.newswire.text.analysis.FieldAnalysis;
import java.util.Objects;

/**
 * One addressable piece of an article's display text. Offsets published in mentions and quotes are
 * code-point offsets into {@link #text()} of the field named {@link #name()}.
 *
 * <p>Carries the field's {@link FieldAnalysis}, computed on first use, so the entity and quote steps
 * tokenize and fold each field once between them. (A class rather than a record only to hold it.)
 */
public final class ArticleField {
  private final String name;
  private final String text;
  private volatile FieldAnalysis analysis;

  /**
   * @param name 'headline', 'highlights[i]', 'dateline' or 'paragraphs[i]'
   * @param text display text of the field
   */
  public ArticleField(String name, String text) {
    this.name = name;
    this.text = text;
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** The shared analysis of {@link #text()} (empty text for a null one). */
  public FieldAnalysis analysis() {
    FieldAnalysis a = analysis;
    if (a == null) {
      analysis = a = FieldAnalysis.of(text);
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleField f && Objects.equals(name, f.name) && Objects.equals(text, f.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, text);
  }

  @Override
  public String toString() {
    return "ArticleField[name=" + name + ", text=" + text + "]";
  }
}
