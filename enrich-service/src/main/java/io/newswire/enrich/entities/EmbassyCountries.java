package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;

/**
 * Arabic (round 55): an embassy named by its country in the construct state (سفارة سويسرا، سفارة اليمن في بيروت،
 * سفارة المملكة العربية السعودية لدى النمسا) gives the country, not a body: the annotation files name the country and
 * leave the embassy out (r23, r55; r52's السفارة الأميركية gives nothing), while the tagger read "سفارة X" as an
 * organisation (Safara Soyisra). Such a mention becomes the place X when the knowledge base knows X as a place; an
 * embassy named otherwise (سفارة خادم الحرمين الشريفين) is left as it is.
 */
final class EmbassyCountries {
  private EmbassyCountries() {}

  private static final String EMBASSY = MatchingForm.key("سفارة");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = WordSpans.end(d, m.start(), m.end());
      if (e + 1 >= m.end() || !MatchingForm.key(d, m.start(), e).equals(EMBASSY)) {
        continue;
      }
      KbEntity country = ids.known(EntityType.PLACE, d.substring(e + 1, m.end()), "ar");
      if (country != null) {
        edits.set(i, new Mention(m.field(), e + 1, m.end(), country.id(), EntityType.PLACE, country.name(), false));
      }
    }
    return edits.result();
  }
}
