package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 42): a ministry or an authority serves the whole kingdom, but its branch in a region is a body of its own,
 * which SPA names with فرع before the ministry and the region after it, joined by ب and an optional منطقة/محافظة (فرع
 * وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة جازان). The annotation conventions take such a unit named with
 * its town as one organisation ({@link LocalBodies}); the ministry and the region, found apart, become the branch, named
 * "Jazan Branch of the Ministry of Islamic Affairs". Only after فرع and with a place found right there: the ministry
 * alone before ب + a place is the ministry acting in that place, and فرع الوزارة بالمنطقة names no region.
 */
final class BranchBodies {
  private static final Set<String> BRANCH = MatchingForm.keys("فرع");
  private static final Set<String> HEADS = MatchingForm.keys("وزارة", "هيئة", "الهيئة");
  private static final Set<String> REGION_WORDS = MatchingForm.keys("منطقة", "محافظة");

  private BranchBodies() {}

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!HEADS.contains(MatchingForm.key(d.substring(m.start(), ArabicPlaceLists.wordEnd(d, m.start()))))
          || !CommonWordPlaces.wordBeforeIs(d, m.start(), BRANCH)) {
        continue;
      }
      int at = regionAfter(d, m, edits.current());
      if (at < 0) {
        continue;
      }
      Mention place = edits.current().get(at);
      int[] branch = WordSpans.before(d, m.start());
      int start = branch[1] - 3; // فرع, its clitic (بفرع، لفرع) left outside
      String name = place.name() + " Branch of the " + m.name();
      Mention joined = new Mention(m.field(), start, place.end(), CrossScriptId.of(EntityType.ORGANIZATION, name),
          EntityType.ORGANIZATION, name, false);
      edits.drop(at);
      edits.set(i, joined);
    }
    return edits.result();
  }

  /**
   * The index in {@code mentions} (the pass's edits so far, null where one was dropped) of the place right after the
   * mention's ب, or after بمنطقة/بمحافظة; -1 when none starts there.
   */
  private static int regionAfter(String d, Mention m, List<Mention> mentions) {
    int p = m.end();
    if (p + 2 >= d.length() || d.charAt(p) != ' ' || d.charAt(p + 1) != 'ب') {
      return -1;
    }
    int at = p + 2;
    int e = ArabicPlaceLists.wordEnd(d, at);
    if (e + 1 < d.length() && d.charAt(e) == ' ' && REGION_WORDS.contains(MatchingForm.key(d.substring(at, e)))) {
      at = e + 1;
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention n = mentions.get(i);
      if (n != null && n.field() == m.field() && n.start() == at && n.type() == EntityType.PLACE && !n.role()) {
        return i;
      }
    }
    return -1;
  }
}
