package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Set;

/**
 * Persian copy closes a statement given to a role (مسئول کمیته … با اعلام این مطلب اظهار داشت:) and opens the next
 * paragraph with the holder's bare name, saying no more words of his (کریم عزیززاده به نقش … اشاره کرد.). When no
 * quote of the role's own paragraph follows it and the next paragraph holds none, the person whose name opens that
 * paragraph, named there for the first time in the article, is the one the role described. A name heard before is
 * someone else come back; a body (an agency, a ministry) opening the paragraph is no holder of a person's role.
 */
final class PersianRoleNamedByParagraph {
  private PersianRoleNamedByParagraph() {}

  /**
   * The holder of quote i's role, or null: {@code whereRead} gives each quote's view index; {@code bodies} the
   * article's organisations.
   */
  static SpeakerRef holder(List<int[]> whereRead, List<FieldView> views, Set<String> bodies, int i) {
    int v = whereRead.get(i)[0];
    if (v + 1 >= views.size()) {
      return null;
    }
    for (int j = i + 1; j < whereRead.size(); j++) {
      if (whereRead.get(j)[0] <= v + 1) {
        return null; // a later quote of the role's paragraph or the next one: the continuation rules decide
      }
    }
    FieldView next = views.get(v + 1);
    if (!next.name().startsWith("paragraphs") || next.mentions.isEmpty()) {
      return null;
    }
    MentionRef first = next.mentions.get(0);
    int opening = next.text.length() - next.text.stripLeading().length();
    if (!first.person() || first.start() != opening || bodies.contains(first.entity().getId())) {
      return null;
    }
    for (int k = 0; k <= v; k++) {
      for (MentionRef m : views.get(k).mentions) {
        if (m.entity().getId().equals(first.entity().getId())) {
          return null; // named before: someone come back, not the role's holder
        }
      }
    }
    return SpeakerRef.of(first, first.text());
  }
}
