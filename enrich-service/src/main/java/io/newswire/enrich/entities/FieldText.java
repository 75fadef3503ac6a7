package io.newswire.enrich.entities;

import io.newswire.normalization.MatchingForm;

/**
 * One article field prepared for matching.
 *
 * @param index  position of the field in reading order
 * @param offset char offset of the field in the article's fields joined with newlines (for salience)
 */
public record FieldText(int index, String name, String display, MatchingForm form, int offset) {
  public boolean isDateline() {
    return name.equals("dateline");
  }

  public boolean isHeadline() {
    return name.equals("headline");
  }

  public boolean isHighlight() {
    return name.startsWith("highlights[");
  }
}
