package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 53): a mayor's title (رئيس بلدية روما، رئيس بلدية صيدا) names the town, not the municipality: the
 * annotation conventions give the place and leave the municipality out (r11's رئيس بلدية سابق لسان فرانسيسكو, r25's
 * mayors, r41's رئيس بلدية الهفوف), while the recognizer kept "بلدية X" as an organisation (Rome Municipality). After
 * the head's word ({@link PremierOffices#headBefore}) such a mention becomes the town X, joined to the article's place
 * written the same. A municipality named anywhere else (ببلدية القيصومة، بلدية محافظة أملج) stays an organisation. Round
 * 58's ruling reads a mayor's title alike when the town opens with its unit's head word (رئيس بلدية محافظة القريات):
 * the town after the head, as the place rules name a governorate.
 */
final class MayorTowns {
  private MayorTowns() {}

  private static final String HEAD = "بلدية ";
  /** Head words that open a unit's name: the town is the name after them, not the head. */
  private static final Set<String> UNIT_HEADS = MatchingForm.keys("محافظة", "مدينة", "منطقة", "مركز", "بلدة", "قرية");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention town = town(fields, mentions, mentions.get(i), ids);
      if (town != null) {
        edits.set(i, town);
      }
    }
    return edits.result();
  }

  /** The town the mayor's municipality {@code m} names, or null when {@code m} is no such mention. */
  private static Mention town(List<FieldText> fields, List<Mention> mentions, Mention m, RuleNameIds ids) {
    if (m.type() != EntityType.ORGANIZATION || m.role()) {
      return null;
    }
    String d = fields.get(m.field()).display();
    int s = m.start() + HEAD.length();
    if (s >= m.end() || !d.startsWith(HEAD, m.start()) || !PremierOffices.headBefore(d, m.start())) {
      return null;
    }
    int we = s;
    while (we < m.end() && Character.isLetter(d.charAt(we))) {
      we++;
    }
    if (UNIT_HEADS.contains(MatchingForm.key(d, s, we))) {
      s = we + 1; // رئيس بلدية محافظة القريات: the town after its unit's head word (round 58)
      if (s >= m.end()) {
        return null;
      }
    }
    String key = MatchingForm.key(d, s, m.end());
    for (Mention p : mentions) {
      if (p.type() == EntityType.PLACE && MatchingForm.key(fields.get(p.field()).display(), p.start(), p.end()).equals(key)) {
        return new Mention(m.field(), s, m.end(), p.entityId(), EntityType.PLACE, p.name(), false);
      }
    }
    return ArabicPlaceLists.place(m.field(), s, m.end(), d.substring(s, m.end()), ids, null);
  }
}
