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
 *
 * <p>Round 58: a name inside a longer title after such a noun (مسلسل «العراب - نادي الشرق»: a series, not the club) is
 * no body either, and nor is it where the dispatch marks or brackets the same title again ((العراب - نادي الشرق)).
 */
final class MarkedWorks {
  /** Nouns of works and products whose name follows in guillemets (matching form; one glued preposition allowed). */
  private static final Set<String> WORKS = MatchingForm.keys("تطبيق", "تطبيقات", "لعبة", "ألعاب", "فيلم", "فيلمه",
      "أفلام", "مسلسل", "عقد", "عقود", "فئة", "طراز", "سباق", "بمثابة", "مهرجان", "كرنفال", "منتدى", "معرض", "مبادرة",
      "حملة", "تقويم", "التقويم");

  /**
   * Weapons named in marks (صواريخ «سكود»، طائرات «إف 16»): a model, no body (round 58), unless the knowledge base knows
   * the name (صواريخ «حزب الله»: the party's rockets). Not مقاتلة, also "fighting" (في مقاتلة «داعش»).
   */
  private static final Set<String> WEAPONS = MatchingForm.keys("صاروخ", "صواريخ", "طائرة", "طائرات", "مروحية",
      "مروحيات", "دبابة", "دبابات");

  private MarkedWorks() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
    List<Mention> out = Mention.without(names, m -> m.type() == EntityType.ORGANIZATION
        && MarkedThings.afterNoun(fields.get(m.field()).display(), m.start(), WEAPONS)
        && (m.entityId() == null || !known.test(m.entityId())));
    return inTitles(fields, opening(fields, out, known));
  }

  private static List<Mention> opening(List<FieldText> fields, List<Mention> names, Predicate<String> known) {
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

  /** The organisations inside a longer marked title after a work's noun, or inside the same title marked again, dropped. */
  private static List<Mention> inTitles(List<FieldText> fields, List<Mention> names) {
    Set<String> titles = null;
    for (Mention m : names) {
      String d = fields.get(m.field()).display();
      int[] t = m.type() == EntityType.ORGANIZATION ? enclosing(d, m, '«', '»') : null;
      if (t != null && afterWork(d, t[0])) {
        if (titles == null) {
          titles = new HashSet<>();
        }
        titles.add(d.substring(t[0], t[1]));
      }
    }
    if (titles == null) {
      return names;
    }
    Set<String> shown = titles;
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION
        && (inTitle(fields.get(m.field()).display(), m, '«', '»', shown) || inTitle(fields.get(m.field()).display(), m, '(', ')', shown)));
  }

  private static boolean inTitle(String d, Mention m, char open, char close, Set<String> titles) {
    int[] t = enclosing(d, m, open, close);
    return t != null && titles.contains(d.substring(t[0], t[1]));
  }

  /**
   * The inside [start, end) of the marks around {@code m} when they hold more than its name, on one line; else null.
   */
  private static int[] enclosing(String d, Mention m, char open, char close) {
    int a = d.lastIndexOf(open, m.start() - 1);
    int b = d.indexOf(close, m.end());
    if (a < 0 || b < 0 || b - a > 80 || (a + 1 == m.start() && b == m.end())) {
      return null;
    }
    for (int i = a + 1; i < b; i++) {
      char c = d.charAt(i);
      if ((i < m.start() || i >= m.end()) && (c == open || c == close || c == '\n')) {
        return null;
      }
    }
    return new int[] {a + 1, b};
  }
}
