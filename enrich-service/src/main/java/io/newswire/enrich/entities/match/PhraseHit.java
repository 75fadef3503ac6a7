package io.newswire.enrich.entities.match;

import io.newswire.enrich.entities.kb.RolePhrase;
import java.util.List;

/**
 * A knowledge-base key found in a field's matching form, before boundary checks.
 *
 * @param start matching-form index
 * @param end   matching-form index, exclusive
 * @param names entities the key is an alias of (empty if none)
 * @param role  the office phrase the key is (null if none)
 */
public record PhraseHit(int start, int end, List<AliasTarget> names, RolePhrase role) {}
