package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;

/**
 * The one way a rule names an organisation or place it has just made (a dateline town, West Germany,
 * Statistics Canada, the Free Democrats): the knowledge base's entity when the whole name is one of its
 * aliases, so the rule's mention joins the KB's (أبهــا in a dateline is Abha, {@code place:sa:abha}, as
 * in the body), else {@link CrossScriptId#orNameKey}: the id the same English name gets from Arabic or
 * Persian copy. A rule that minted its own phonetic key left the same place with two ids. One hash probe
 * in the alias index the matcher already holds.
 */
public final class RuleNameIds {
  private final Map<String, List<AliasTarget>> aliases;

  public RuleNameIds(Map<String, List<AliasTarget>> aliases) {
    this.aliases = aliases;
  }

  /**
   * A mention of {@code [start, end)} in field {@code field} for a name a rule made: the KB entity whose alias
   * the whole {@code text} is (its id and name), else {@code name} with {@link CrossScriptId#orNameKey}, or for a
   * person {@link CrossScriptId#person} of the text (orNameKey gave artists {@code org:name:} ids).
   */
  public Mention mention(int field, int start, int end, EntityType type, String text, String name, String language) {
    KbEntity known = known(type, text, language);
    String id = type == EntityType.PERSON ? CrossScriptId.person(text) : CrossScriptId.orNameKey(type, name);
    return known != null ? new Mention(field, start, end, known.id(), type, known.name(), false)
        : new Mention(field, start, end, id, type, name, false);
  }

  /** The KB entity of this type whose alias, usable in {@code language}, is the whole text (no merged lam), or null. */
  public KbEntity known(EntityType type, String text, String language) {
    List<AliasTarget> targets = aliases.get(MatchingForm.key(text));
    if (targets == null) {
      return null;
    }
    for (AliasTarget t : targets) {
      if (!t.lamMerged() && t.entity().type() == type && t.usableIn(language)) {
        return t.entity();
      }
    }
    return null;
  }

  /**
   * The one KB entity of this type whose alias in any script is the whole text (no merged lam), or null when none or
   * several are: for a name a head word has already made a town (مدينة الرمادي is Ramadi, whose Arabic-script alias
   * the KB spells the Persian way, الرمادی). A Persian spelling may not match bare Arabic copy (کیف is Arabic "how");
   * after the head the word is a name, so the spelling names the town.
   */
  public KbEntity knownInAnyScript(EntityType type, String text) {
    List<AliasTarget> targets = aliases.get(MatchingForm.key(text));
    KbEntity hit = null;
    for (AliasTarget t : targets == null ? List.<AliasTarget>of() : targets) {
      if (!t.lamMerged() && t.entity().type() == type) {
        if (hit != null && !hit.id().equals(t.entity().id())) {
          return null;
        }
        hit = t.entity();
      }
    }
    return hit;
  }
}
