package io.newswire.dashboard.topology;

import io.newswire.dashboard.view.EntityRef;

/**
 * A change to one entity's counts caused by one article version: +1 article and +mentions when a
 * version names it, the negative of the same when that version is replaced or withdrawn. Carried at
 * the timestamp of the version it belongs to, so a retraction lands in the windows it was added to.
 */
public record TrendDelta(String entityId, String type, String name, int articles, int mentions) {

  public static TrendDelta add(EntityRef e) {
    return new TrendDelta(e.id(), e.type(), e.name(), 1, e.mentions());
  }

  public static TrendDelta retract(EntityRef e) {
    return new TrendDelta(e.id(), e.type(), e.name(), -1, -e.mentions());
  }
}
