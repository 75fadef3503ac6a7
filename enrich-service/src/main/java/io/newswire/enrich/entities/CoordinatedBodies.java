package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * English (round 27): a one-word name joined by "and the" to an organisation ("Corvane and the Northfield
 * Workers Union", "Harwell and the Kestrel Foundation") is a body of the same kind: a person is not coordinated with "the"
 * body that way, and a one-word name the model reads as a person is its weakest call. A person the article names in
 * full, the knowledge base knows, or a title announces (Mr Harwick and the Labour government) stays a person.
 */
final class CoordinatedBodies {
  private CoordinatedBodies() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> bodies = null; // the person's id -> its body
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON || m.name() == null || m.name().indexOf(' ') >= 0
          || kb.apply(m.entityId()) != null) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int at = m.end() + " and the ".length();
      if (!d.startsWith(" and the ", m.end()) || HonorificPersons.honorificBefore(d, m.start())
          || !organisationAt(mentions, m.field(), at)) {
        continue;
      }
      if (bodies == null) {
        bodies = new HashMap<>();
      }
      String text = d.substring(m.start(), m.end());
      String id = CrossScriptId.english(EntityType.ORGANIZATION, text);
      bodies.putIfAbsent(m.entityId(), new Mention(m.field(), m.start(), m.end(), id, EntityType.ORGANIZATION, m.name(), false));
    }
    return Mention.renamed(mentions, bodies);
  }

  private static boolean organisationAt(List<Mention> mentions, int field, int start) {
    for (Mention o : mentions) {
      if (o.field() == field && o.start() == start && !o.role() && o.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }
}
