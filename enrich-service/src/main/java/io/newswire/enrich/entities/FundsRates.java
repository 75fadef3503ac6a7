package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * English (round 44): "Fed funds" and "Federal funds" name the overnight interbank market and its rate ("Fed funds were
 * trading at 6 pct", "the key Fed funds rate"), not the central bank; the rules took "Fed" or "Federal" as the Federal
 * Reserve. An organisation mention of exactly "Fed" or "Federal" right before "funds" is dropped.
 */
final class FundsRates {
  private FundsRates() {}

  private static final Pattern FUNDS = Pattern.compile("\\s+funds\\b");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> {
      if (m.type() != EntityType.ORGANIZATION || m.field() >= fields.size()) {
        return false;
      }
      String d = fields.get(m.field()).display();
      int n = m.end() - m.start();
      return (n == 3 && d.startsWith("Fed", m.start()) || n == 7 && d.startsWith("Federal", m.start()))
          && FUNDS.matcher(d).region(m.end(), d.length()).lookingAt();
    });
  }
}
