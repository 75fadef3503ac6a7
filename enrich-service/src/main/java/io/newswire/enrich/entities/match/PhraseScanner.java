package io.newswire.enrich.entities.match;

import io.newswire.enrich.entities.kb.RolePhrase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadTrie;

/**
 * One Aho-Corasick automaton over every name alias and office phrase, so each field is scanned once
 * for both. Immutable and thread-safe.
 */
public final class PhraseScanner {
  private record Entry(List<AliasTarget> names, RolePhrase role) {}

  private final PayloadTrie<Entry> trie;

  public PhraseScanner(Map<String, List<AliasTarget>> names, Map<String, RolePhrase> roles) {
    PayloadTrie.PayloadTrieBuilder<Entry> b = PayloadTrie.builder();
    Set<String> keys = new HashSet<>(names.keySet());
    keys.addAll(roles.keySet());
    for (String k : keys.stream().sorted().toList()) {
      b.addKeyword(k, new Entry(names.getOrDefault(k, List.of()), roles.get(k)));
    }
    trie = b.build();
  }

  public List<PhraseHit> scan(String matchingText) {
    List<PhraseHit> out = new ArrayList<>();
    trie.parseText(matchingText, emit -> {
      Entry e = emit.getPayload();
      out.add(new PhraseHit(emit.getStart(), emit.getEnd() + 1, e.names(), e.role()));
      return true;
    });
    return out;
  }
}
