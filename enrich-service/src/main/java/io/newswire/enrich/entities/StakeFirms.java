package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * English (round 27): what one holds "shares in", "a stake in" or "a shareholding in" is a company ("Shares in Harbrook were
 * up", "a stake in Corvane"). The "in" before the name made the rules read a place the knowledge base lacks; such a
 * place, and its other mentions in the article, become the firm. A place the KB knows stays one (shares in London, a stake
 * in a Kenyan bank): markets and countries are said so too. Looks only at the words before the article's unknown
 * places.
 */
final class StakeFirms {
  private StakeFirms() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> firms = null; // the place's id -> its firm
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PLACE || kb.apply(m.entityId()) != null) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!holdingBefore(d, m.start()) || !Character.isUpperCase(d.charAt(m.start()))) {
        continue;
      }
      if (firms == null) {
        firms = new HashMap<>();
      }
      if (!firms.containsKey(m.entityId())) {
        String text = d.substring(m.start(), m.end());
        String id = CrossScriptId.english(EntityType.ORGANIZATION, text);
        firms.put(m.entityId(), new Mention(m.field(), m.start(), m.end(), id, EntityType.ORGANIZATION, m.name(), false));
      }
    }
    return Mention.renamed(mentions, firms);
  }

  /** "shares in ", "stake in ", "stakes in ", "shareholding in " or "holding in " right before {@code start}, any case. */
  static boolean holdingBefore(String d, int start) {
    String w = Fixtures.wordBeforeIn(d, start);
    return w.equalsIgnoreCase("shares") || w.equalsIgnoreCase("stake") || w.equalsIgnoreCase("stakes")
        || w.equalsIgnoreCase("shareholding") || w.equalsIgnoreCase("holding");
  }
}
