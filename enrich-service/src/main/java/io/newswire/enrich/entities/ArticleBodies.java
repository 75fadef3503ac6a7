package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 35): a "person" every mention of which opens with a foreign definite article (La Scala, Le Figaro,
 * El Watan, Der Spiegel) is a body named in its own language, a house, a paper or a team, not a man: no given name
 * stands first (the model reads the capitalised article as one). A person named in full elsewhere in the article (Jean
 * Le Bris … Le Bris) keeps his type, since one of his mentions opens with the given name. Articles that are also
 * English given names or name particles (Les, Al, De, Van, Di, Da) are left out: Les Ferdinand, De Niro.
 */
final class ArticleBodies {
  private ArticleBodies() {}

  private static final Set<String> ARTICLES = StringSet.of("La", "Le", "El", "Il", "Los", "Las", "Der", "Die", "Das", "Het");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    Set<String> named = null; // person entities with a mention opening on a foreign article
    for (Mention m : mentions) {
      if (!m.role() && m.type() == EntityType.PERSON && opensWithArticle(fields.get(m.field()).display(), m.start(), m.end())) {
        if (named == null) {
          named = new HashSet<>();
        }
        named.add(m.entityId());
      }
    }
    if (named == null) {
      return mentions;
    }
    for (Mention m : mentions) { // a mention without the article (the given name first, a bare surname) keeps the person
      if (!m.role() && m.type() == EntityType.PERSON && named.contains(m.entityId())
          && !opensWithArticle(fields.get(m.field()).display(), m.start(), m.end())) {
        named.remove(m.entityId());
      }
    }
    for (Mention m : mentions) { // David F. La Roche … La Roche said: a surname with its particle, the man named before
      if (named.contains(m.entityId()) && namedInFullElsewhere(fields, fields.get(m.field()).display().substring(m.start(), m.end()))) {
        named.remove(m.entityId());
      }
    }
    if (named.isEmpty()) {
      return mentions;
    }
    return PersonsAsBodies.retype(fields, mentions, ArticleBodies::opensWithArticle, named);
  }

  /**
   * Whether some field writes {@code name} right after a capitalised word or an initial that is no possessive (David F.
   * La Roche, not Milan's La Scala): a person's given names before his particle surname.
   */
  static boolean namedInFullElsewhere(List<FieldText> fields, String name) {
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(name); at >= 0; at = d.indexOf(name, at + 1)) {
        int e = at - 1;
        if (e < 1 || d.charAt(e) != ' ') {
          continue;
        }
        int b = e;
        while (b > 0 && d.charAt(b - 1) != ' ' && d.charAt(b - 1) != '\n') {
          b--;
        }
        if (Character.isUpperCase(d.charAt(b)) && !(e - b >= 2 && d.charAt(e - 1) == 's' && (d.charAt(e - 2) == '\'' || d.charAt(e - 2) == '\u2019'))
            && (Character.isLetter(d.charAt(e - 1)) || e - b == 2 && d.charAt(e - 1) == '.')) { // a word or an initial, not a sentence's end
          return true;
        }
      }
    }
    return false;
  }

  /** Two words or more, the first a foreign definite article written with its capital, the next capitalised too. */
  static boolean opensWithArticle(String d, int start, int end) {
    int sp = start;
    while (sp < end && d.charAt(sp) != ' ') {
      sp++;
    }
    return sp + 1 < end && Character.isUpperCase(d.charAt(sp + 1)) && ARTICLES.contains(d.substring(start, sp));
  }
}
