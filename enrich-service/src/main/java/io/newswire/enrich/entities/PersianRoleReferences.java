package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persian copy names office holders by their country's office (رئیس جمهور ایران، نخست وزیر انگلیس، وزیر خارجه آمریکا);
 * the knowledge base knows only today's holder, and the Fars archive runs back two decades: in it such a phrase names
 * a predecessor more often than not (Ahmadinejad's letter to Bush, Cameron, Frattini, Maliki read as today's holders).
 * RoleResolver publishes such a reference only for a holder the article never names; in Persian it is dropped (the
 * annotation conventions never annotate an office phrase alone). A reference back to a holder the article has named
 * (رئیس جمهور after his name) is kept.
 */
final class PersianRoleReferences {
  private PersianRoleReferences() {}

  static List<Mention> named(List<Mention> references, List<Mention> names) {
    if (references.isEmpty()) {
      return references;
    }
    Set<String> ids = new HashSet<>();
    for (Mention n : names) {
      if (n.entityId() != null) {
        ids.add(n.entityId());
      }
    }
    List<Mention> out = new ArrayList<>(references.size());
    for (Mention r : references) {
      if (r.entityId() != null && ids.contains(r.entityId())) {
        out.add(r);
      }
    }
    return out;
  }
}
