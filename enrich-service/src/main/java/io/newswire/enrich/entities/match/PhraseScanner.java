package io.newswire.enrich.entities.match;

import io.newswire.enrich.entities.kb.RolePhrase;
import io.newswire.text.search.PhraseAutomaton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Aho-Corasick automaton over every name alias and office phrase, so each field is scanned once
 * for both ({@link PhraseAutomaton}: no boxed char per step, the scan runs over every char of every
 * field). Immutable and thread-safe.
 */
public final class PhraseScanner {
  private record Entry(List<AliasTarget> names, RolePhrase role) {}

  private final PhraseAutomaton<Entry> automaton;

  public PhraseScanner(Map<String, List<AliasTarget>> names, Map<String, RolePhrase> roles) {
    TreeMap<String, Entry> keys = new TreeMap<>();
    for (String k : names.keySet()) {
      keys.put(k, new Entry(names.get(k), roles.get(k)));
    }
    for (String k : roles.keySet()) {
      keys.putIfAbsent(k, new Entry(List.of(), roles.get(k)));
    }
    keys.remove("");
    automaton = new PhraseAutomaton<>(keys);
  }

  /**
   * Every occurrence of every phrase in {@code matchingText}, by end, then (same end) by phrase text:
   * the order the rules were written against.
   */
  public List<PhraseHit> scan(String matchingText) {
    List<PhraseHit> out = new ArrayList<>();
    // The automaton reports hits by non-decreasing end, so only the hits of one end need ordering:
    // each new hit is inserted among those ending where it ends (a handful at most), not a full sort.
    automaton.scan(matchingText, (start, end, e) -> {
      PhraseHit hit = new PhraseHit(start, end, e.names(), e.role());
      int i = out.size();
      out.add(hit);
      PhraseHit before;
      while (i > 0 && (before = out.get(i - 1)).end() == end && compareEndingAt(matchingText, before.start(), start, end) > 0) {
        out.set(i--, before);
      }
      out.set(i, hit);
    });
    return out;
  }

  /** Compares text[a, end) with text[b, end) as strings. */
  private static int compareEndingAt(String text, int a, int b, int end) {
    int n = Math.min(end - a, end - b);
    for (int k = 0; k < n; k++) {
      char x = text.charAt(a + k);
      char y = text.charAt(b + k);
      if (x != y) {
        return x - y;
      }
    }
    return (end - a) - (end - b);
  }
}
