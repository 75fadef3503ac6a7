package io.newswire.dashboard.query;

import java.util.List;

/**
 * One entity's counts in the current window and the same window size at each earlier step
 * ({@code series}, oldest first, the last point being the current window): a sparkline's data.
 */
public record TrendItem(String entityId, String type, String name, String window, long windowStart, int articles,
    int mentions, List<Point> series) {

  public record Point(long windowStart, int articles, int mentions) {}
}
