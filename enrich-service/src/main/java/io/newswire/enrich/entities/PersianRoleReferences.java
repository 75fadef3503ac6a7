package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
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
 * (رئیس جمهور after his name) is kept. An office in apposition right after a person the article names («X» وزیر
 * خارجه انگلستان) is that person, whoever holds the office today: it becomes one of his mentions, as the entity step
 * published it before this filter, so the quote step still reads the office before a verb as the named speaker; so is
 * an office whose holder on the dispatch's day the knowledge base does not know (a reference without an entity).
 */
final class PersianRoleReferences {
  private PersianRoleReferences() {}

  static List<Mention> named(List<FieldText> fields, List<Mention> references, List<Mention> names) {
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
        continue;
      }
      Mention person = personRightBefore(fields.get(r.field()).display(), r, names);
      if (person != null) {
        out.add(r.namedAs(person));
      }
    }
    return out;
  }

  /** The named person whose mention ends right before {@code r} (only spaces or a closing mark between), or null. */
  private static Mention personRightBefore(String display, Mention r, List<Mention> names) {
    int i = r.start();
    while (i > 0 && (display.charAt(i - 1) == ' ' || display.charAt(i - 1) == '»' || display.charAt(i - 1) == '\u200c')) {
      i--;
    }
    for (Mention n : names) {
      if (n.field() == r.field() && n.end() == i && n.type() == EntityType.PERSON && n.entityId() != null) {
        return n;
      }
    }
    return null;
  }
}
