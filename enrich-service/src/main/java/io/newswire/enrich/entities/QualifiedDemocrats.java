package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 31): "the ruling Social Democrats", "the Christian Democrats' leader", "Germany's Free Democrats": a
 * party's qualifier right before "Democrats" names another party than the one the knowledge base calls so (the US Democratic
 * Party, whose alias the matcher found alone, leaving the qualifier outside). The qualifier and the plural are one
 * organisation of the article, unlinked. Only qualifiers that open party names ("Texas Democrats", "House Democrats" stay the
 * US party); "Liberal Democrats" is the knowledge base's own British party and never reaches here as a bare "Democrats".
 */
final class QualifiedDemocrats {
  private QualifiedDemocrats() {}

  /** Words that make a party of "Democrats" (Germany's Free Democrats, Italy's Christian and Social Democrats …). */
  private static final Set<String> QUALIFIERS = StringSet.of("Social", "Christian", "Free", "English", "Scottish", "Swiss",
      "Sweden", "Centre", "Center", "Radical");

  private static final String PLURAL = "Democrats";

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids, String language) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION || m.end() - m.start() != PLURAL.length()) {
        continue; // cheap first: only a nine-character organisation can be the bare plural
      }
      String d = fields.get(m.field()).display();
      if (!d.startsWith(PLURAL, m.start()) || m.start() < 2 || !Character.isWhitespace(d.charAt(m.start() - 1))) {
        continue;
      }
      int k = m.start() - 2;
      while (k >= 0 && Character.isLetter(d.charAt(k))) {
        k--;
      }
      String qualifier = d.substring(k + 1, m.start() - 1);
      if (!QUALIFIERS.contains(qualifier) || Mention.overlapping(mentions, m.field(), k + 1, m.start() - 1) != null) {
        continue;
      }
      String name = qualifier + " " + PLURAL; // one space, whatever the wire's line break
      edits.set(i, ids.mention(m.field(), k + 1, m.end(), EntityType.ORGANIZATION, name, name, language));
    }
    return edits.result();
  }
}
