package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Arabic copy names a work or a product in guillemets right after the noun that says what it is: an app or a game
 * (تطبيق «…»، لعبة «…»), a film (فيلم «…»، فيلمه «…»), a contract form (عقد «…»), a car class or model (فئة «…»، طراز
 * «…»), a race (سباق «…»), a likeness (بمثابة «…»), an event, a web forum or a campaign (مهرجان، كرنفال، منتدى، معرض،
 * مبادرة، حملة «…», as the annotation files leave them, round 50; not a conference, often named after the body that
 * holds it: مؤتمر «آيباك») or a calendar (التقويم «…»). The recognizers read the marked words as an organisation,
 * because marks often hold firms' names; after such a noun they are the work's name, no body. A title once shown so
 * is a title wherever else the dispatch marks it (إحياء مشروع «X» after فيلم «X»), unless the knowledge base knows
 * the name as a body. A name given (اسم، باسم، لقب «…») is left alone: bodies are named so as often as things (يحمل
 * اسم «…», المعروفة باسم «…»).
 */
final class MarkedWorks {
  /** Nouns of works and products whose name follows in guillemets (matching form; one glued preposition allowed). */
  private static final Set<String> WORKS = MatchingForm.keys("تطبيق", "تطبيقات", "لعبة", "ألعاب", "فيلم", "فيلمه",
      "أفلام", "مسلسل", "عقد", "عقود", "فئة", "طراز", "سباق", "بمثابة", "مهرجان", "كرنفال", "منتدى", "معرض", "مبادرة",
      "حملة", "تقويم", "التقويم");

  private MarkedWorks() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    Set<String> titles = null;
    for (Mention m : names) {
      if (m.type() == EntityType.ORGANIZATION && afterWork(fields.get(m.field()).display(), m.start())) {
        if (titles == null) {
          titles = new HashSet<>();
        }
        titles.add(FieldText.text(fields, m));
      }
    }
    if (titles == null) {
      return names;
    }
    Set<String> shown = titles;
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && marked(fields.get(m.field()).display(),
        m) && (afterWork(fields.get(m.field()).display(), m.start()) || shown.contains(FieldText.text(fields, m))
        && (m.entityId() == null || !known.test(m.entityId()))));
  }

  /** Whether the mention opens a guillemet. */
  private static boolean marked(String d, Mention m) {
    return m.start() > 0 && d.charAt(m.start() - 1) == '«';
  }

  private static boolean afterWork(String d, int start) {
    return MarkedThings.afterNoun(d, start, WORKS);
  }
}
