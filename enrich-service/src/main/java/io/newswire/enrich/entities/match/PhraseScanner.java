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

  /**
   * The hits of {@link #scan(String)} that can be a name or an office in {@code language}, in the same order:
   * a phrase that ends inside a longer word (but for a suffix {@link Clitics#isEnclitic} allows) or begins
   * after letters that are no proclitic is skipped before it is made, as {@link NameMatcher#find} and
   * {@code RoleResolver.resolve} skip it. Most hits of a field are such (short aliases inside Arabic words,
   * Iran in Iranian), and each cost an object, its place in the list and a read of its entry.
   */
  public List<PhraseHit> scanWords(String matchingText, String language) {
    String lang = language == null ? "" : language;
    List<PhraseHit> out = new ArrayList<>();
    PhraseAutomaton.Hit<Entry> keep = (start, end, e) -> {
      if (atWordBounds(matchingText, start, end, lang)) {
        out.add(new PhraseHit(start, end, e.names(), e.role()));
      }
    };
    // Only the phrases starting where atWordBounds can keep them: at a word start, or after a proclitic run
    // (a lam-only run is one too). Walked from the root at those places only, the scan no longer climbs
    // failure links at every char to find the hits starting inside words.
    int wordStart = 0;
    for (int p = 0; p < matchingText.length(); p++) {
      if (p == 0 || !Clitics.isWordChar(matchingText.charAt(p - 1))) {
        wordStart = p;
      } else if (!Clitics.isProclitic(matchingText, wordStart, p)) {
        continue;
      }
      automaton.scanFrom(matchingText, p, keep);
    }
    // The walks give the hits by start; scan's order is by end, then by text.
    out.sort((a, b) -> a.end() != b.end() ? Integer.compare(a.end(), b.end())
        : compareEndingAt(matchingText, a.start(), b.start(), a.end()));
    return out;
  }

  /**
   * Whether text[s, e) may be a whole word, clitics aside: what every user of the hits asks first (a name
   * in NameMatcher with either reading of the lam, an office in RoleResolver), so a hit failing it is of no use.
   */
  static boolean atWordBounds(String t, int s, int e, String language) {
    // A hit ending inside a word is kept only before a Persian enclitic (ها، های، ی): outside Persian the
    // rest of the word is not even scanned (isEnclitic would say no to any non-empty rest).
    if (e < t.length() && Clitics.isWordChar(t.charAt(e))
        && !("fa".equals(language) && Clitics.isEnclitic(t, s, e, Clitics.wordEnd(t, e), language))) {
      return false;
    }
    // either reading of the lam: a lam-only run is a proclitic run
    return Clitics.isProclitic(t, Clitics.wordStart(t, s), s);
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
