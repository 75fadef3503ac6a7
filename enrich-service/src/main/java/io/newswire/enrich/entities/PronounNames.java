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
 */
final class PronounNames {
  private static final String TO_ME = "لي";
  private static final String I = "أنا";

  private PronounNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    boolean any = false;
    for (Mention m : names) {
      if (pronoun(fields, m)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return names;
    }
    boolean named = false; // a known person's name opens with the word
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && !m.role() && known.test(m.entityId())) {
        String d = fields.get(m.field()).display();
        if (d.startsWith(TO_ME + " ", m.start()) || d.startsWith(I + " ", m.start())) {
          named = m.end() > m.start() + TO_ME.length() + 1;
        }
      }
      if (named) {
        return names;
      }
    }
    return Mention.without(names, m -> pronoun(fields, m));
  }

  private static boolean pronoun(List<FieldText> fields, Mention m) {
    if (m.type() != EntityType.PERSON || m.role()) {
      return false;
    }
    String d = fields.get(m.field()).display();
    int n = m.end() - m.start();
    return n == 2 && d.startsWith(TO_ME, m.start()) || n == 3 && d.startsWith(I, m.start());
  }
}
