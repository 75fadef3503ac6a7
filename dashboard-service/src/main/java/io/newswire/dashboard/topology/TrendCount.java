package io.newswire.dashboard.topology;

/** Articles and mentions of one entity in one window: the sum of its deltas. */
public record TrendCount(String type, String name, int articles, int mentions) {
  public static final TrendCount ZERO = new TrendCount("OTHER", "", 0, 0);

  public TrendCount plus(TrendDelta d) {
    // An addition brings the name of the latest article; a retraction keeps what is known.
    boolean fresher = d.articles() > 0 || name.isEmpty();
    return new TrendCount(fresher ? d.type() : type, fresher ? d.name() : name,
        articles + d.articles(), mentions + d.mentions());
  }

  public boolean isEmpty() {
    return articles <= 0;
  }
}
