package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A paper the knowledge base knows, named after its head word (روزنامه واشنگتن پست، روزنامه الحیات، هفته‌نامه X):
 * the head is a description, no part of the paper's name, as the annotation conventions have it (r5's
 * «ديلي تلگراف», r9's ماركا, r14's القبس) and as the recognizer already leaves it for papers the knowledge base
 * lacks. The knowledge base holds some papers under an alias with the head, so the match takes it; the mention
 * starts after it. Only linked papers: a head and an adjective the recognizer took (روزنامه آمریکایی) are left
 * to it.
 */
final class PersianNewspaperHeads {
  private static final Set<String> HEADS = MatchingForm.keys("روزنامه", "هفته‌نامه", "ماهنامه", "نشریه");

  private PersianNewspaperHeads() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      Mention t = m.type() == EntityType.ORGANIZATION && !m.role() && linked(m) ? trimmed(fields.get(m.field()).display(), m) : m;
      if (t != m) {
        edits.set(i, t);
      }
    }
    return edits.result();
  }

  /** Whether the mention is a knowledge-base entity's (an unknown name's id is a slug of its words). */
  private static boolean linked(Mention m) {
    String id = m.entityId();
    return id != null && !id.startsWith("org:name:") && !id.startsWith("org:fa:");
  }

  private static Mention trimmed(String d, Mention m) {
    int e = m.start();
    while (e < m.end() && d.charAt(e) != ' ') {
      e++;
    }
    if (e >= m.end() || !HEADS.contains(MatchingForm.key(d.substring(m.start(), e)))) {
      return m;
    }
    int s = e;
    while (s < m.end() && d.charAt(s) == ' ') {
      s++;
    }
    return s < m.end() ? new Mention(m.field(), s, m.end(), m.entityId(), m.type(), m.name(), m.role()) : m;
  }
}
