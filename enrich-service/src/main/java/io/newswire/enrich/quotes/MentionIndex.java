package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities' mentions grouped by field, converted from code-point offsets to UTF-16 indices. */
final class MentionIndex {
  private MentionIndex() {}

  static Map<String, List<MentionRef>> byField(List<ArticleField> fields, List<Entity> entities) {
    Map<String, String> textOf = new HashMap<>();
    for (ArticleField f : fields) {
      textOf.put(f.name(), f.text() == null ? "" : f.text());
    }
    Map<String, List<MentionRef>> out = new HashMap<>();
    if (entities == null) {
      return out;
    }
    for (Entity e : entities) {
      for (Mention m : e.getMentions()) {
        String text = textOf.get(m.getField());
        if (text == null) {
          continue;
        }
        int cpCount = text.codePointCount(0, text.length());
        if (m.getStart() < 0 || m.getEnd() > cpCount || m.getStart() >= m.getEnd()) {
          continue; // a mention that does not fit its field is ignored rather than trusted
        }
        int s = text.offsetByCodePoints(0, m.getStart());
        int en = text.offsetByCodePoints(s, m.getEnd() - m.getStart());
        out.computeIfAbsent(m.getField(), k -> new ArrayList<>()).add(new MentionRef(e, s, en, text.substring(s, en)));
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(MentionRef::start)));
    return out;
  }
}
