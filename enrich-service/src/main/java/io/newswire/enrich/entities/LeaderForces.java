package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic: قوات followed by one bare name (قوات صالح، وقوات صالح الانقلابية) is the forces loyal to a person, not a
 * body of that name: the word is the person (the r10 convention, as Persian ستاد موسوی in {@link CampaignOffices}).
 * The word must be the person's: the last word of a person the article names, or a given name the article also
 * writes at the end of a full name the rules missed (علي عبد الله صالح … قوات صالح), which {@code ArabicFullNames}
 * then joins to it. A bare given name alone (قوات بدر, a body named after a battle) is left a body. A definite word
 * (round 48b: قوات الأسد) is the person only when it is the family name of one leader the knowledge base knows (a
 * person with terms of office): قوات الأمن, قوات التحالف name no one and stay bodies.
 */
final class LeaderForces {
  private static final String FORCES = MatchingForm.key("قوات");
  private static final String GROUP = MatchingForm.key("جماعة") + " ";
  /** Matching form of a leader's definite family name -> the one KB leader who bears it. */
  private final Map<String, KbEntity> leaders = new HashMap<>();

  LeaderForces(KnowledgeBase kb) {
    Set<String> shared = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      boolean leader = e.type() == EntityType.PERSON && !e.roleTerms().isEmpty();
      for (KbAlias a : e.aliases()) {
        if (!"ar".equals(a.lang())) {
          continue;
        }
        String k = MatchingForm.key(a.text());
        if (e.type() == EntityType.ORGANIZATION && k.startsWith(GROUP)) {
          shared.add(k.substring(GROUP.length())); // جماعة الحوثي: that family's men are the group's (MilitiaGroups)
        }
        int sp = k.lastIndexOf(' ');
        if (!leader || a.strength() != AliasStrength.STRONG || sp < 0
            || !k.startsWith("ال", sp + 1)) {
          continue;
        }
        KbEntity was = leaders.putIfAbsent(k.substring(sp + 1), e);
        if (was != null && !was.id().equals(e.id())) {
          shared.add(k.substring(sp + 1)); // two leaders of one family: the forces name neither
        }
      }
    }
    leaders.keySet().removeAll(shared);
  }

  List<Mention> retype(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int sp = d.indexOf(' ', m.start());
      if (sp < 0 || sp >= m.end() || !MatchingForm.key(d.substring(m.start(), sp)).equals(FORCES)) {
        continue;
      }
      int we = d.indexOf(' ', sp + 1);
      if (we < 0 || we >= m.end()) {
        we = m.end();
      } else if (!MatchingForm.key(d.substring(we + 1, m.end())).startsWith("ال") || d.indexOf(' ', we + 1) >= 0
          && d.indexOf(' ', we + 1) < m.end()) {
        continue; // قوات صالح الانقلابية: one adjective may follow; قوات فجر ليبيا is a body's name
      }
      String word = MatchingForm.key(d.substring(sp + 1, we));
      KbEntity leader = leaders.get(word);
      if (word.length() < 3 || word.startsWith("ال") && leader == null) {
        continue; // قوات الأمن: a definite word names a body (handled by the recognizer), not a person
      }
      Mention person = CampaignOffices.personEndingWith(fields, names, word);
      String id;
      String name;
      if (person != null) {
        id = person.entityId();
        name = person.name();
      } else if (leader != null) {
        id = leader.id();
        name = leader.name();
      } else if (GivenNames.arabic().contains(word) && endsAFullName(fields, word)) {
        String text = d.substring(sp + 1, we);
        id = CrossScriptId.person(text);
        name = CrossScriptName.romanizePerson(text, "ar");
      } else {
        continue;
      }
      edits.set(i, new Mention(m.field(), sp + 1, we, id, EntityType.PERSON, name, false));
    }
    return edits.result();
  }

  /** Whether {@code word} follows a given name or عبد + an ال-word somewhere in the article (علي عبد الله صالح). */
  private static boolean endsAFullName(List<FieldText> fields, String word) {
    for (FieldText f : fields) {
      String form = f.form().text();
      for (int at = form.indexOf(word); at >= 0; at = form.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (at < 2 || form.charAt(at - 1) != ' ' || end < form.length() && Character.isLetter(form.charAt(end))) {
          continue;
        }
        int ps = form.lastIndexOf(' ', at - 2) + 1;
        String before = form.substring(ps, at - 1);
        if (GivenNames.arabic().contains(before)) {
          return true;
        }
        if (before.startsWith("ال") && ps > 1) {
          int pps = form.lastIndexOf(' ', ps - 2) + 1;
          if (form.substring(pps, ps - 1).equals("عبد")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
