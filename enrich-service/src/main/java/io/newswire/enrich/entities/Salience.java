package io.newswire.enrich.entities;

import java.util.List;

/**
 * Salience 0..1 of an entity in an article: named in the headline (or a highlight), how often it is
 * named relative to the most-named entity, and how early it first appears. Weights favour the headline
 * because wire editors put the story's subject there.
 */
public final class Salience {
  static final double HEADLINE = 0.45;
  static final double FREQUENCY = 0.35;
  static final double POSITION = 0.20;

  private Salience() {}

  /**
   * @param inHeadline  named in the headline
   * @param inHighlight named in a highlight line
   * @param count       mentions of this entity
   * @param maxCount    mentions of the most-named entity
   * @param firstOffset offset of the first mention in the article
   * @param length      article length in the same unit
   */
  public static double score(boolean inHeadline, boolean inHighlight, int count, int maxCount, int firstOffset, int length) {
    double h = inHeadline ? 1.0 : inHighlight ? 0.6 : 0.0;
    double f = maxCount <= 0 ? 0 : Math.min(1.0, (double) count / maxCount);
    double p = length <= 0 ? 0 : 1.0 - Math.min(1.0, (double) firstOffset / length);
    double s = HEADLINE * h + FREQUENCY * f + POSITION * p;
    return Math.round(Math.max(0, Math.min(1, s)) * 1000) / 1000.0;
  }

  static int maxCount(List<Integer> counts) {
    int m = 0;
    for (int c : counts) {
      m = Math.max(m, c);
    }
    return m;
  }
}
