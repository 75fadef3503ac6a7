package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Function;

/**
 * Arabic (round 42): a one-word place the tagger minted (no knowledge-base entity) that is an adverb made from a
 * nisba adjective, ـيًّا: ميدانيا ("on the ground", from ميداني), بنيويا ("structurally"), باكستانيا. The tagger reads the
 * foreign-looking ـيا ending as a place's (Puglia, Catalonia, Oceania); what tells the adverb is the letters before
 * it: a nisba of ـان or ـو (ميداني، باكستاني، بنيوي، لغوي، سنوي), which unknown places ending in ـيا seldom have
 * (the countries that do, ألمانيا، بريطانيا، رومانيا، ليتوانيا، مولدوفيا…, are in the knowledge base and never reach
 * this filter). Longer names and linked places are not touched.
 */
final class AdverbPlaces {
  private AdverbPlaces() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    return Mention.without(mentions, m -> m.type() == EntityType.PLACE && !m.role() && adverb(fields, m)
        && kb.apply(m.entityId()) == null);
  }

  private static boolean adverb(List<FieldText> fields, Mention m) {
    String d = fields.get(m.field()).display();
    for (int i = m.start(); i < m.end(); i++) {
      if (!ArabicPlaceLists.isWordChar(d.charAt(i))) {
        return false; // one word only (its short-vowel and tanween marks inside: ميدانياً)
      }
    }
    String k = MatchingForm.key(d.substring(m.start(), m.end()));
    return k.length() >= 5 && (k.endsWith("انيا") || k.endsWith("ويا"));
  }
}
