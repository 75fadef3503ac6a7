package io.newswire.text.search;

import java.util.Arrays;
import java.util.Map;

/**
 * Aho-Corasick over a fixed set of phrases, with every transition in flat int arrays: scanning a
 * text is one open-addressing probe per char, no boxing, no allocation but the hits. Written here
 * because the libraries at hand either box every char ({@code org.ahocorasick}: a
 * {@code HashMap<Character, State>} per state) or take seconds to build a double-array over the
 * knowledge base's hundred-thousand-odd keys. Immutable and thread-safe after construction.
 *
 * @param <T> the value each phrase carries
 */
public final class PhraseAutomaton<T> {
  /** Receives one occurrence: [start, end) in the scanned text. */
  @FunctionalInterface
  public interface Hit<T> {
    void hit(int start, int end, T value);
  }

  private final int[] fail;
  /** Phrase ending at each state, or -1. */
  private final int[] phrase;
  /** Nearest state on the failure chain (excluding itself) that ends a phrase, or 0. */
  private final int[] dictLink;
  private final int[] phraseLength;
  private final Object[] values;
  /**
   * The goto function, open addressing: slot i holds its key (state << 16 | char, -1 when empty) at
   * {@code edges[2i]} and the target state at {@code edges[2i + 1]}, side by side so that a probe
   * misses the cache once, not once per array.
   */
  private final long[] edges;
  private final int mask;
  /**
   * Per state, its transitions when they need no table: {@link #NO_CHILD} for a state without
   * children, the one child as {@code char << 32 | target} when there is only one, {@link #MANY}
   * otherwise. Most states of a large phrase set lie on single-child chains (the tails of long
   * names), numbered in a row as they were inserted, so a scan walking one reads neighbouring slots
   * of this array instead of probing the goto table at random.
   */
  private final long[] onlyChild;
  private static final long NO_CHILD = -1L;
  private static final long MANY = -2L;
  /**
   * Transitions out of the root for the chars below {@link #ROOT_CHARS} (Latin, Arabic, Persian), in a
   * direct table: every mismatch falls back towards the root, so most probes of a scan land there.
   */
  private final int[] rootChild;
  private static final int ROOT_CHARS = 0x800;

  public PhraseAutomaton(Map<String, T> phrases) {
    int chars = 0;
    for (String p : phrases.keySet()) {
      chars += p.length();
    }
    int capacity = Integer.highestOneBit(Math.max(16, chars * 2 + 2)) << 1;
    edges = new long[2 * capacity];
    for (int i = 0; i < edges.length; i += 2) {
      edges[i] = -1L;
    }
    mask = capacity - 1;
    int states = 1;
    int maxStates = chars + 1;
    int[] firstChild = new int[maxStates];
    int[] nextSibling = new int[maxStates];
    Arrays.fill(firstChild, -1);
    char[] via = new char[maxStates]; // the char leading into each state
    int[] ends = new int[maxStates];
    Arrays.fill(ends, -1);
    values = new Object[phrases.size()];
    phraseLength = new int[phrases.size()];
    int id = 0;
    for (Map.Entry<String, T> e : phrases.entrySet()) {
      String p = e.getKey();
      if (p.isEmpty()) {
        continue;
      }
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int next = child(s, p.charAt(i));
        if (next < 0) {
          next = states++;
          put(s, p.charAt(i), next);
          via[next] = p.charAt(i);
          nextSibling[next] = firstChild[s];
          firstChild[s] = next;
        }
        s = next;
      }
      if (ends[s] < 0) {
        values[id] = e.getValue();
        phraseLength[id] = p.length();
        ends[s] = id++;
      }
    }
    phrase = Arrays.copyOf(ends, states);
    fail = new int[states];
    dictLink = new int[states];
    // failure links breadth first: a state's fail is found from its parent's, which is shallower
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
      queue[tail++] = c;
    }
    while (head < tail) {
      int s = queue[head++];
      for (int c = firstChild[s]; c >= 0; c = nextSibling[c]) {
        queue[tail++] = c;
        int f = fail[s];
        int t;
        while ((t = child(f, via[c])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[c] = t >= 0 && t != c ? t : 0;
        dictLink[c] = phrase[fail[c]] >= 0 ? fail[c] : dictLink[fail[c]];
      }
    }
    onlyChild = new long[states];
    for (int st = 0; st < states; st++) {
      int c = firstChild[st];
      onlyChild[st] = c < 0 ? NO_CHILD : nextSibling[c] >= 0 ? MANY : (long) via[c] << 32 | c;
    }
    rootChild = new int[ROOT_CHARS];
    for (char c = 0; c < ROOT_CHARS; c++) {
      rootChild[c] = child(0, c);
    }
  }

  /** Every occurrence of every phrase in {@code text}, overlapping ones included, by end position. */
  @SuppressWarnings("unchecked")
  public void scan(CharSequence text, Hit<T> hit) {
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int t;
      while ((t = next(s, c)) < 0 && s != 0) {
        s = fail[s];
      }
      s = Math.max(t, 0);
      for (int o = phrase[s] >= 0 ? s : dictLink[s]; o != 0; o = dictLink[o]) {
        int p = phrase[o];
        hit.hit(i + 1 - phraseLength[p], i + 1, (T) values[p]);
      }
    }
  }

  private int next(int state, char c) {
    if (state == 0 && c < ROOT_CHARS) {
      return rootChild[c];
    }
    long only = onlyChild[state];
    if (only == MANY) {
      return child(state, c);
    }
    return only != NO_CHILD && (char) (only >>> 32) == c ? (int) only : -1;
  }

  private int child(int state, char c) {
    long key = ((long) state << 16) | c;
    int i = mix(key) & mask;
    while (true) {
      long k = edges[2 * i];
      if (k == key) {
        return (int) edges[2 * i + 1];
      }
      if (k < 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private void put(int state, char c, int target) {
    long key = ((long) state << 16) | c;
    int i = mix(key) & mask;
    while (edges[2 * i] >= 0) {
      i = (i + 1) & mask;
    }
    edges[2 * i] = key;
    edges[2 * i + 1] = target;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
