package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persian: a fever named after a place is a disease, not the place: تب مالت (brucellosis, "Malta fever"), تب کریمه
 * کنگو (Crimean–Congo fever), تب نیل غربی. A place right after تب is dropped, and so is a place that follows such a
 * dropped one after a space (کنگو of کریمه کنگو), since the disease's name runs on.
 */
final class FeverPlaces {
  private static final Set<String> FEVER = MatchingForm.keys("تب");

  private FeverPlaces() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    List<Mention> dropped = null;
    for (Mention m : names) {
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (CommonWordPlaces.wordBeforeIs(d, m.start(), FEVER) && (m.start() == 0 || d.charAt(m.start() - 1) == ' ')) {
        if (dropped == null) {
          dropped = new ArrayList<>();
        }
        dropped.add(m);
      }
    }
    if (dropped == null) {
      return names;
    }
    for (int i = 0; i < dropped.size(); i++) { // the disease's next place word: کنگو after کریمه
      Mention f = dropped.get(i);
      for (Mention m : names) {
        if (m.type() == EntityType.PLACE && m.field() == f.field() && m.start() == f.end() + 1
            && fields.get(f.field()).display().charAt(f.end()) == ' ' && !dropped.contains(m)) {
          dropped.add(m);
        }
      }
    }
    List<Mention> gone = dropped;
    return Mention.without(names, gone::contains);
  }
}
