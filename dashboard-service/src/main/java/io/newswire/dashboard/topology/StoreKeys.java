package io.newswire.dashboard.topology;

/**
 * Keys of the ordered indexes. String keys compare as UTF-8 bytes in the stores, so a fixed-width
 * inverted time sorts newest first and a range or prefix scan reads them in that order.
 */
public final class StoreKeys {
  /** Between an entity id and the time key; ids never contain it. */
  public static final char SEP = '\u001f';

  private StoreKeys() {}

  public static String time(long epochMillis, String articleId) {
    return String.format("%019d", Long.MAX_VALUE - epochMillis) + SEP + articleId;
  }

  public static String entityPrefix(String entityId) {
    return entityId + SEP;
  }

  public static String entity(String entityId, long epochMillis, String articleId) {
    return entityPrefix(entityId) + time(epochMillis, articleId);
  }
}
