package io.newswire.enrich.entities.ner;

/**
 * What the tagger already called each stem in the current document (stem hash -> tag type + 1, 0 when
 * unseen), read once per token. An open-addressing table of primitives: a {@code HashMap<Long, Integer>}
 * boxed a key per token and chased a pointer per probe, a visible share of decoding.
 */
final class DocumentMemory {
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private boolean[] used = new boolean[64];
  private int size;

  /** The type remembered for {@code stem}, or 0. */
  int get(long stem) {
    int mask = keys.length - 1;
    for (int slot = slot(stem, mask); used[slot]; slot = (slot + 1) & mask) {
      if (keys[slot] == stem) {
        return values[slot];
      }
    }
    return 0;
  }

  /** Remembers {@code type} for {@code stem}, replacing what was there (as {@code Map.put} did). */
  void put(long stem, int type) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slot(stem, mask);
    while (used[slot]) {
      if (keys[slot] == stem) {
        values[slot] = type;
        return;
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    keys[slot] = stem;
    values[slot] = type;
    size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[keys.length];
    used = new boolean[keys.length];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long stem, int mask) {
    long h = stem * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
