package io.newswire.enrich.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public final class PrfCounts {
  private int tp;
  private int fp;
  private int fn;

  public void tp() {
    tp++;
  }

  public void fp() {
    fp++;
  }

  public void fn() {
    fn++;
  }

  public void add(PrfCounts o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }

  public int truePositives() {
    return tp;
  }

  public int falsePositives() {
    return fp;
  }

  public int falseNegatives() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One report row: label, P, R, F1 and the counts behind them. */
  public String row(String label) {
    return String.format("%-10s P=%.4f R=%.4f F1=%.4f  (tp=%d fp=%d fn=%d)", label, precision(), recall(), f1(), tp, fp, fn);
  }
}
