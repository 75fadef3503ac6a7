package io.newswire.enrich.entities.ner;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Function;

/**
 * The tagger's token info by token text: a pure cache (the same answer either way), shared by the threads
 * that tag, bounded by starting afresh.
 *
 * <p>Why not a {@code ConcurrentHashMap}: it was 8 % of the enrich thread's profile, nearly all of it
 * waiting on memory. Each lookup loaded the bin, a node, the node's key and then the value, and walked
 * colliding nodes one load each. Here the slots hold the infos themselves (each knows its token), probed
 * linearly in one array: a hit loads the slot, the info and its token, and a collision reads the next
 * slot of the same array. Reads take no lock; an insert takes one, and publishes the info with a release
 * store, so a reader that sees the info sees it whole.
 */
final class TokenCache {
  /** Tokens kept before the table starts afresh (as the map it replaces was cleared). */
  static final int LIMIT = 200_000;
  /** Slots: a power of two, so at most 200,000 infos fill under two fifths and probes stay short. */
  private static final int BITS = 19;

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(TaggerFeatures.TokenInfo[].class);

  private final int bits;
  private final int limit;
  private volatile TaggerFeatures.TokenInfo[] slots;
  /** Infos in {@link #slots}; written under the lock only. */
  private int count;

  TokenCache() {
    this(BITS, LIMIT);
  }

  /** A smaller table, for tests; {@code limit} must stay below the slot count. */
  TokenCache(int bits, int limit) {
    if (limit >= 1 << bits) {
      throw new IllegalArgumentException("limit " + limit + " leaves no free slot in 2^" + bits);
    }
    this.bits = bits;
    this.limit = limit;
    this.slots = new TaggerFeatures.TokenInfo[1 << bits];
  }

  /** The info of {@code token}: the cached one, else {@code make}'s, kept for the next time. */
  TaggerFeatures.TokenInfo get(String token, Function<String, TaggerFeatures.TokenInfo> make) {
    TaggerFeatures.TokenInfo[] table = slots;
    int h = token.hashCode();
    int mask = table.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      TaggerFeatures.TokenInfo info = (TaggerFeatures.TokenInfo) SLOT.getAcquire(table, i);
      if (info == null) {
        break;
      }
      if (info.token.hashCode() == h && info.token.equals(token)) {
        return info;
      }
    }
    TaggerFeatures.TokenInfo made = make.apply(token);
    put(made, h);
    return made;
  }

  /**
   * The infos of all {@code tokens} into {@code out[0, tokens.length)}, as {@link #get} of each would give,
   * in phases over the whole sentence: first every token's hash and home slot is read, then every found
   * info's token hash, then its text. One at a time, each token waited for its slot, then its info, then the
   * info's text, one after the other (the table and the infos are megabytes, so each is a miss); in
   * phases the loads of different tokens do not depend on each other, and the processor overlaps their
   * misses. A token not in its home slot (a collision, or new) goes through {@link #get}.
   */
  void getAll(String[] tokens, TaggerFeatures.TokenInfo[] out, Function<String, TaggerFeatures.TokenInfo> make) {
    TaggerFeatures.TokenInfo[] table = slots;
    int n = tokens.length;
    for (int k = 0; k < n; k++) {
      out[k] = (TaggerFeatures.TokenInfo) SLOT.getAcquire(table, home(tokens[k].hashCode()));
    }
    // Then every found info's token hash and length (the info, its String, the String's bytes: loads that
    // do not wait for other tokens'); a slot holding another token is cleared here. The string hash is kept
    // in each String once computed: this compares two ints before any text.
    for (int k = 0; k < n; k++) {
      TaggerFeatures.TokenInfo info = out[k];
      if (info != null && (info.token.hashCode() != tokens[k].hashCode() || info.token.length() != tokens[k].length())) {
        out[k] = null;
      }
    }
    // Only then the texts, whose Strings are in cache by now.
    for (int k = 0; k < n; k++) {
      TaggerFeatures.TokenInfo info = out[k];
      String token = tokens[k];
      if (info == null || !info.token.equals(token)) {
        out[k] = get(token, make);
      }
    }
  }

  /** The slot where {@code h}'s probe starts. */
  private int home(int h) {
    // Fibonacci hashing: the high bits of the product mix every bit of the string hash into the slot.
    return (h * 0x9E3779B9) >>> (32 - bits);
  }

  /** How many infos the table holds now (for tests). */
  synchronized int size() {
    return count;
  }

  private synchronized void put(TaggerFeatures.TokenInfo info, int h) {
    TaggerFeatures.TokenInfo[] table = slots;
    if (count >= limit) {
      table = new TaggerFeatures.TokenInfo[1 << bits];
      count = 0;
      slots = table;
    }
    int mask = table.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      TaggerFeatures.TokenInfo there = table[i];
      if (there == null) {
        SLOT.setRelease(table, i, info);
        count++;
        return;
      }
      if (there.token.equals(info.token)) {
        return; // another thread made it meanwhile: the same info
      }
    }
  }
}
