package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Newspapers named like a place (صحيفة الشرق الأوسط، صحيفة الرياض، روزنامه الریاض): written in guillemets
 * without their head word (قال لـ«الشرق الأوسط»، نقلت «الرياض»), the name is the newspaper, not the region or
 * the city; a place is never quoted so. The newspapers are the knowledge base's organisations with an
 * alias {@code صحيفة X} / {@code جريدة X} / {@code روزنامه X}.
 */
public final class QuotedNewspapers {
  private static final String[] HEADS = {MatchingForm.key("صحيفة") + " ", MatchingForm.key("جريدة") + " ",
      MatchingForm.key("روزنامه") + " "};
  /** Matching form of the name after the head word -> the newspaper. */
  private final Map<String, KbEntity> byName = new HashMap<>();

  public QuotedNewspapers(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (KbAlias a : e.aliases()) {
        String k = MatchingForm.key(a.text());
        for (String head : HEADS) {
          if (k.startsWith(head) && k.length() > head.length()) {
            byName.putIfAbsent(k.substring(head.length()), e);
          }
        }
      }
    }
  }

  /** The mentions, with a place's name written between « and » turned into the newspaper of that name. */
  public List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (m.start() == 0 || m.end() >= d.length() || d.charAt(m.start() - 1) != '«' || d.charAt(m.end()) != '»') {
        continue;
      }
      KbEntity paper = byName.get(MatchingForm.key(d.substring(m.start(), m.end())));
      if (paper == null) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), paper.id(), EntityType.ORGANIZATION, paper.name(), false));
    }
    return edits.result();
  }
}
