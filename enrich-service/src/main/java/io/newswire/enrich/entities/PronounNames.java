package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Predicate;

/**
 * Arabic: لي ("to me", قال لي) is also how copy spells the East Asian surname Lee, and أنا ("I") opens quoted first-person
 * speech; memoirs and interviews say both on every page, and the tagger reads them as one-word persons. Alone they are
 * the pronoun, unless the article names a person the knowledge base knows whose name opens with that word
 * (لي كه تشيانغ … وقال لي): then the bare word may be his repeat.
 *
 * <p>Round 33: لولا ("were it not for", لولا تدخل القائم) is also Lula's name in the KB, and الرضا ("contentment",
 * يشعر بالرضا) the Imam al-Rida's; both are common words of every kind of copy. Alone they are the word, unless the
 * article names the person in full (a longer mention of the same person, or a name that opens with the word), and
 * الرضا after الإمام stays the Imam.
 */
final class PronounNames {
  private static final String TO_ME = "لي";
  private static final String I = "أنا";
  private static final String WERE_IT_NOT = "لولا";
  private static final String CONTENTMENT = "الرضا";
  private static final String[] WORDS = {TO_ME, I, WERE_IT_NOT, CONTENTMENT};

  private PronounNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    boolean any = false;
    for (Mention m : names) {
      if (word(fields, m) != null) {
        any = true;
        break;
      }
    }
    if (!any) {
      return names;
    }
    return Mention.without(names, m -> {
      String w = word(fields, m);
      return w != null && !named(fields, names, m, w, known) && !(w == CONTENTMENT && afterImam(fields, m));
    });
  }

  /** Whether the article names the person in full: a known name opening with the word, or a longer mention of him. */
  private static boolean named(List<FieldText> fields, List<Mention> names, Mention bare, String w,
      Predicate<String> known) {
    for (Mention m : names) {
      if (m.type() != EntityType.PERSON || m.role() || m.end() - m.start() <= w.length()) {
        continue;
      }
      if (bare.entityId() != null && bare.entityId().equals(m.entityId()) && w != TO_ME && w != I) {
        return true; // لويس إيناسيو لولا دا سيلفا … وقال لولا
      }
      if (known.test(m.entityId()) && fields.get(m.field()).display().startsWith(w + " ", m.start())) {
        return true;
      }
    }
    return false;
  }

  /** The word a one-word person is, or null. */
  private static String word(List<FieldText> fields, Mention m) {
    if (m.type() != EntityType.PERSON || m.role()) {
      return null;
    }
    String d = fields.get(m.field()).display();
    int n = m.end() - m.start();
    for (String w : WORDS) {
      if (n == w.length() && d.startsWith(w, m.start())) {
        return w;
      }
    }
    return null;
  }

  private static boolean afterImam(List<FieldText> fields, Mention m) {
    String d = fields.get(m.field()).display();
    int e = m.start();
    while (e > 0 && d.charAt(e - 1) == ' ') {
      e--;
    }
    return d.startsWith("الإمام", e - 6) || d.startsWith("الامام", e - 6);
  }
}
