package io.newswire.dashboard.topology;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two hopping windows of the trends: the last hour, advancing every five minutes, and the last
 * day, advancing every hour. {@code steps} is how many consecutive windows make a sparkline.
 */
public enum TrendWindow {
  HOUR("PT1H", Duration.ofHours(1), Duration.ofMinutes(5), 24, "trends-1h"),
  DAY("PT24H", Duration.ofHours(24), Duration.ofHours(1), 24, "trends-24h");

  /** How late a record (a retraction of a day-old version, say) may still change a closed window. */
  public static final Duration GRACE = Duration.ofHours(24);

  public final String iso;
  public final Duration size;
  public final Duration advance;
  public final int steps;
  public final String store;

  TrendWindow(String iso, Duration size, Duration advance, int steps, String store) {
    this.iso = iso;
    this.size = size;
    this.advance = advance;
    this.steps = steps;
    this.store = store;
  }

  public static Optional<TrendWindow> parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return Optional.of(HOUR);
    }
    Duration d;
    try {
      d = Duration.parse(iso.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(w -> w.size.equals(d)).findFirst();
  }

  /** Start of the latest window that contains {@code now}: the window ending at the next step. */
  public long currentStart(long now) {
    long adv = advance.toMillis();
    return Math.floorDiv(now, adv) * adv + adv - size.toMillis();
  }

  /** Key of one window's record on the trends topic. */
  public String topicKey(String entityId, long windowStart) {
    return entityId + "|" + iso + "|" + java.time.Instant.ofEpochMilli(windowStart);
  }
}
