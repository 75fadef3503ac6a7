package io.newswire.text.search;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

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
  /**
   * Transitions of the shallowest states with several children, as dense rows over the phrases' chars
   * below {@link #ROOT_CHARS}: after each mismatch a scan climbs back to these states, and a probe of
   * the goto table (MBs for the knowledge base) misses the cache every time. A dense state is
   * marked in {@link #onlyChild} as {@code DENSE - row}.
   */
  private final int[] dense;
  /** Column of each char in a dense row, or -1 for a char no dense state has a child for. */
  private final short[] column;
  private final int columns;
  private static final long DENSE = -3L;
  /** At most this many dense entries (4 bytes each): the rows must stay in cache to be worth it. */
  private static final int MAX_DENSE = 1 << 19;

  /**
   * Builds the automaton. Phrases in a {@link SortedMap} in String order build fastest: a phrase shares
   * its path with the previous one up to their common prefix, so the trie's size is known beforehand
   * (the goto table sized by it is half of what the phrases' char count gave for the knowledge base,
   * 2 MB instead of 4: less memory to clear and to miss in) and inserting a phrase looks nothing up.
   */
  public PhraseAutomaton(Map<String, T> phrases) {
    boolean sorted = phrases instanceof SortedMap<String, T> m && m.comparator() == null;
    int chars = 0; // an upper bound of the trie's edges; their number when sorted
    int longest = 0;
    String previous = "";
    for (String p : phrases.keySet()) {
      chars += p.length() - (sorted ? commonPrefix(previous, p) : 0);
      longest = Math.max(longest, p.length());
      previous = p;
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
    int[] path = new int[longest + 1]; // sorted: the states along the previous phrase
    previous = "";
    for (Map.Entry<String, T> e : phrases.entrySet()) {
      String p = e.getKey();
      if (p.isEmpty()) {
        continue;
      }
      // Sorted, the chars past the common prefix lead to new states: a later phrase sorts after every
      // earlier one, so no earlier phrase went this way.
      int from = sorted ? commonPrefix(previous, p) : 0;
      int s = path[from];
      for (int i = from; i < p.length(); i++) {
        int next = sorted ? -1 : child(s, p.charAt(i));
        if (next < 0) {
          next = states++;
          put(s, p.charAt(i), next);
          via[next] = p.charAt(i);
          nextSibling[next] = firstChild[s];
          firstChild[s] = next;
        }
        s = next;
        path[i + 1] = s;
      }
      previous = p;
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
    // Dense rows for the states with several children, shallowest first (the breadth-first queue's
    // order), while they fit; their chars make the columns.
    column = new short[ROOT_CHARS];
    java.util.Arrays.fill(column, (short) -1);
    int cols = 0;
    int rows = 0;
    int[] denseStates = new int[Math.min(tail, MAX_DENSE)];
    for (int q = 0; q < tail; q++) {
      int st = queue[q];
      if (onlyChild[st] != MANY) {
        continue;
      }
      int added = 0;
      for (int c = firstChild[st]; c >= 0; c = nextSibling[c]) {
        if (via[c] < ROOT_CHARS && column[via[c]] < 0) {
          added++;
        }
      }
      if ((long) (rows + 1) * (cols + added) > MAX_DENSE || cols + added > Short.MAX_VALUE) {
        break;
      }
      for (int c = firstChild[st]; c >= 0; c = nextSibling[c]) {
        if (via[c] < ROOT_CHARS && column[via[c]] < 0) {
          column[via[c]] = (short) cols++;
        }
      }
      denseStates[rows++] = st;
    }
    columns = cols;
    dense = new int[rows * cols];
    java.util.Arrays.fill(dense, -1);
    for (int r = 0; r < rows; r++) {
      int st = denseStates[r];
      for (int c = firstChild[st]; c >= 0; c = nextSibling[c]) {
        if (via[c] < ROOT_CHARS) {
          dense[r * cols + column[via[c]]] = c;
        }
      }
      onlyChild[st] = DENSE - r;
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

  /**
   * Every phrase that starts at {@code start} in {@code text}, by end: the goto walk from the root along the
   * text, with no failure link. For callers that want only the hits starting at a few places (word starts):
   * {@link #scan} walks failure links at every char to find the hits starting anywhere.
   */
  @SuppressWarnings("unchecked")
  public void scanFrom(CharSequence text, int start, Hit<T> hit) {
    int s = 0;
    for (int i = start; i < text.length() && (s = next(s, text.charAt(i))) > 0; i++) {
      int p = phrase[s];
      if (p >= 0) {
        hit.hit(start, i + 1, (T) values[p]);
      }
    }
  }

  private int next(int state, char c) {
    if (state == 0 && c < ROOT_CHARS) {
      return rootChild[c];
    }
    long only = onlyChild[state];
    if (only >= 0) {
      return (char) (only >>> 32) == c ? (int) only : -1;
    }
    if (only == NO_CHILD) {
      return -1;
    }
    if (only <= DENSE && c < ROOT_CHARS) {
      int col = column[c];
      // a char no dense state knows is no child of this one either
      return col < 0 ? -1 : dense[(int) (DENSE - only) * columns + col];
    }
    return child(state, c); // several children, or a char beyond the dense columns (ZWNJ, ...)
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

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
