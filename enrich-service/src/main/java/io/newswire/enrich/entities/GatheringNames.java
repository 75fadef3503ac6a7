package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * English (round 45): a gathering named by its head ("the Harwick Solid State Conference", "the Nordvik Song Contest",
 * "the Pellham Games Expo") is an event, which the English files do not annotate (r-rows' conferences, r45's contest),
 * in any article, not only sport ({@link EventNames}). The runs typed it an organisation and linked its bare repeats
 * ("Nordvik" alone) to it. A mention the knowledge base lacks that ends with such a head after a word of its own is
 * dropped, and every mention of its entity with it. Bodies named "Conference" or "Festival" that the files annotate are
 * in the knowledge base, or end otherwise ("Conference of Presidents"), and stay.
 */
final class GatheringNames {
  private GatheringNames() {}

  /** Heads that end a gathering's name (not "Forum", "Congress", "Convention" or "Summit": bodies and meetings alike). */
  private static final String[] HEADS = {"Conference", "Contest", "Expo", "Exhibition", "Festival"};

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> events = null;
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORGANIZATION && !m.role() && m.field() < fields.size()
          && Fixtures.endsWithHead(fields.get(m.field()).display(), m.start(), m.end(), HEADS)
          && kb.apply(m.entityId()) == null) {
        if (events == null) {
          events = new HashSet<>();
        }
        events.add(m.entityId());
      }
    }
    if (events == null) {
      return mentions;
    }
    Set<String> ids = events;
    return Mention.without(mentions, m -> ids.contains(m.entityId()));
  }
}
