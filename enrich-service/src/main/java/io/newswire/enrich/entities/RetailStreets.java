package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 49): "the High Street" of British business copy is the retail trade, not a street of any town ("failed
 * to boost High Street", "High Street sales", "a High Street retailer"); the English files annotate none (r49). A
 * place mention that is the bare "High Street" is dropped; a town's (Kensington High Street) is a longer name and stays.
 */
final class RetailStreets {
  private RetailStreets() {}

  private static final String HIGH_STREET = "High Street";

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> m.type() == EntityType.PLACE && !m.role()
        && fields.get(m.field()).display().startsWith(HIGH_STREET, m.start()) && m.end() - m.start() == HIGH_STREET.length());
  }
}
