package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arabic (round 38b): a militia named after its leader's family (ميليشيات الحوثي، ميليشيا الحوثي) is the group the
 * knowledge base knows as {@code جماعة X}, the r10 convention (the family word alone, ORG). The word carries the
 * article, so the organisation recognizer, which takes a definite word after its head for a common noun, leaves it;
 * the model reads it as the family's person. The groups are the knowledge base's organisations with an alias
 * {@code جماعة X}, as {@link io.newswire.enrich.entities.link.QuotedNewspapers} reads its newspapers.
 */
final class MilitiaGroups {
  /** The militia words (singular and plural, both spellings), a glued و/ب/ف/ل allowed. */
  private static final CliticWords HEADS = new CliticWords(MatchingForm.keys("ميليشيا", "ميليشيات", "مليشيا", "مليشيات"));
  private static final String GROUP = MatchingForm.key("جماعة") + " ";
  /** Matching form of the name after جماعة -> the group. */
  private final Map<String, KbEntity> byName = new HashMap<>();

  MilitiaGroups(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (KbAlias a : e.aliases()) {
        String k = MatchingForm.key(a.text());
        if (k.startsWith(GROUP) && k.indexOf(' ', GROUP.length()) < 0) {
          byName.putIfAbsent(k.substring(GROUP.length()), e);
        }
      }
    }
  }

  /** The mentions with the word after a militia head that names a known group marked as that group. */
  List<Mention> mark(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      String d = f.display();
      if (d.indexOf("يليشي") < 0 && d.indexOf("مليشي") < 0) {
        continue; // most fields name no militia: one scan instead of a key for every word
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 1 < s.size(); i++) {
          if (HEADS.word(ArtistTitles.key(s, i)) == null) {
            continue;
          }
          KbEntity group = byName.get(ArtistTitles.key(s, i + 1));
          if (group == null) {
            continue;
          }
          Tokenizer.Token w = s.get(i + 1);
          List<Mention> cur = out == null ? names : out;
          Mention over = Mention.overlapping(cur, f.index(), w.start(), w.end());
          if (over != null && !(over.type() == EntityType.PERSON && over.start() == w.start() && over.end() == w.end())) {
            continue; // the group already, or a longer name the article found there: left as it is
          }
          if (out == null) {
            out = new ArrayList<>(names);
          }
          if (over != null) {
            out.remove(over); // the family's person the model read: the militia is the group, not the man
          }
          out.add(new Mention(f.index(), w.start(), w.end(), group.id(), EntityType.ORGANIZATION, group.name(), false));
        }
      }
    }
    return out == null ? names : out;
  }
}
