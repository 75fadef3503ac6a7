package io.newswire.enrich.entities.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The matcher's alias index, whose per-alias flags are now computed with loops and one compiled
 * pattern, against the index built the way it was before (streams, a regex per alias).
 */
class NameMatcherFlagsTest {
  @Test
  void theAliasIndexOfTheShippedKbIsAsBefore() {
    KnowledgeBase kb = KnowledgeBase.load((java.nio.file.Path) null);
    Map<String, List<AliasTarget>> actual = new NameMatcher(kb).aliasKeys();
    Map<String, List<AliasTarget>> expected = reference(kb);
    assertEquals(expected.keySet().stream().toList(), actual.keySet().stream().toList()); // same keys, same order
    assertEquals(expected, actual);
    long acronyms = actual.values().stream().flatMap(List::stream).filter(AliasTarget::acronym).count();
    long cased = actual.values().stream().flatMap(List::stream).filter(AliasTarget::cased).count();
    assertTrue(acronyms > 10 && cased > 500, acronyms + " acronyms, " + cased + " cased"); // the flags are exercised
  }

  /** Round 55: a small first letter and a capital second (eBay, iTunes) make an alias matched in any case. */
  @Test
  void camelCaseAliasesAreMatchedInAnyCase() {
    assertTrue(NameMatcher.camelCase("eBay") && NameMatcher.camelCase("iTunes"));
    assertTrue(!NameMatcher.camelCase("al-Qaeda") && !NameMatcher.camelCase("de Gaulle") && !NameMatcher.camelCase("Siemens")
        && !NameMatcher.camelCase("iX"));
  }

  /** The index as NameMatcher's constructor built it before. */
  private static Map<String, List<AliasTarget>> reference(KnowledgeBase kb) {
    Map<String, List<AliasTarget>> byKey = new LinkedHashMap<>();
    for (KbEntity e : kb.entities()) {
      for (KbAlias a : e.aliases()) {
        String key = MatchingForm.key(a.text());
        if (key.length() < 2) {
          continue;
        }
        boolean latin = !key.isEmpty() && a.text().chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        boolean cased = latin && a.text().chars().anyMatch(Character::isUpperCase) && !NameMatcher.camelCase(a.text());
        boolean acronym = latin && a.text().replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase)
            && a.text().replaceAll("[^\\p{L}]", "").length() <= 5;
        add(byKey, key, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
        // round 22: a Persian alias is also indexed in its other glide spelling (قضاییه/قضائیه)
        String other = "fa".equals(a.lang()) ? NameMatcher.hamzaSpelling(key) : null;
        if (other != null) {
          add(byKey, other, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
        }
        // round 42: a Persian two-word place alias is also indexed glued (قصر شیرین/قصرشیرین)
        String glued = "fa".equals(a.lang()) && e.type() == io.newswire.schema.EntityType.PLACE
            ? NameMatcher.gluedSpelling(key) : null;
        if (glued != null) {
          add(byKey, glued, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
        }
        if (key.startsWith("ال") && key.length() > 3 && key.indexOf(' ') != 2) {
          add(byKey, key.substring(1), new AliasTarget(e, a.strength(), true, false, false, a.lang()));
        }
      }
    }
    return byKey;
  }

  private static void add(Map<String, List<AliasTarget>> byKey, String key, AliasTarget t) {
    List<AliasTarget> l = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    for (AliasTarget o : l) {
      if (o.entity().id().equals(t.entity().id()) && o.lamMerged() == t.lamMerged() && o.lang().equals(t.lang())) {
        if (t.strength().ordinal() < o.strength().ordinal()) {
          l.set(l.indexOf(o), t);
        }
        return;
      }
    }
    l.add(t);
  }
}
