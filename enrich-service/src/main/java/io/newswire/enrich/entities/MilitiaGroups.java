package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic (round 38b): a militia named after its leader's family (ميليشيات الحوثي، ميليشيا الحوثي) is the group the
 * knowledge base knows as {@code جماعة X}, the r10 convention (the family word alone, ORG). The word carries the
 * article, so the organisation recognizer, which takes a definite word after its head for a common noun, leaves it;
 * the model reads it as the family's person. The groups are the knowledge base's organisations with an alias
 * {@code جماعة X}, as {@link io.newswire.enrich.entities.link.QuotedNewspapers} reads its newspapers.
 *
 * <p>Round 58: a group's head word written right before its name (لحركة طالبان، تنظيم الإخوان المسلمين، حركة بوكو
 * حرام) is inside the span, the files' convention; the knowledge base lists some headed forms, so the span held the
 * head for one head word and not for another. The groups are those with an alias opening with a head word; a name in
 * marks (تنظيم «داعش») is the marked name alone, and the dual (تنظيمي داعش والقاعدة) heads two names.
 */
final class MilitiaGroups {
  /** The militia words (singular and plural, both spellings), a glued و/ب/ف/ل allowed. */
  private static final CliticWords HEADS = new CliticWords(MatchingForm.keys("ميليشيا", "ميليشيات", "مليشيا", "مليشيات"));
  private static final String GROUP = MatchingForm.key("جماعة") + " ";
  /** Matching form of the name after جماعة -> the group. */
  private final Map<String, KbEntity> byName = new HashMap<>();
  /** A group's head words (matching form, a space after each). */
  private static final List<String> GROUP_HEADS = List.of(GROUP, MatchingForm.key("حركة") + " ", MatchingForm.key("تنظيم") + " ");
  private static final String CLITICS = "وبفل";
  /** Ids of the groups the knowledge base names with a head word too. */
  private final Set<String> headed = new HashSet<>();

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
        for (String h : GROUP_HEADS) {
          if (k.startsWith(h)) {
            headed.add(e.id());
          }
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

  /** The group mentions right after a singular head word (a glued و/ب/ف/ل allowed) widened over the head. */
  List<Mention> withHeads(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role() || !headed.contains(m.entityId())) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = m.start() - 1;
      if (e < 1 || d.charAt(e) != ' ') {
        continue; // a mark or bracket before the name: the marked name alone
      }
      int s = e;
      while (s > 0 && Character.isLetter(d.charAt(s - 1))) {
        s--;
      }
      int hs = headStart(d, s, e);
      if (hs >= 0 && Mention.overlapping(names, m.field(), hs, e) == null) {
        edits.set(i, m.nameAt(m.field(), hs, m.end()));
      }
    }
    return edits.result();
  }

  /** Where the head word of the word [{@code s}, {@code e}) starts after its clitics, or -1 when it is no head word. */
  private static int headStart(String d, int s, int e) {
    for (int hs = s; hs < e && hs <= s + 2; hs++) {
      if (hs > s && CLITICS.indexOf(d.charAt(hs - 1)) < 0) {
        return -1;
      }
      if (GROUP_HEADS.contains(MatchingForm.key(d, hs, e) + " ")) {
        return hs;
      }
    }
    return -1;
  }
}
