package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 54): an army unit named by its number (الفرقة 30، اللواء 55، الكتيبة 4) is an organisation; Syrian and
 * Yemeni copy names brigades and divisions so, and no rule or model reads a digit as a name. The head must carry the
 * article and the number follow it alone (اللواء before a name is the rank, general), up to three digits with no figure
 * mark after it; one word of the unit's arm after the number (مشاة، دبابات، ميكا) is the name's too. Every mention of
 * one unit, with or without that word, is one entity. Only where no mention touches the span.
 */
final class NumberedUnits {
  private NumberedUnits() {}

  private static final String[] HEADS = {"الفرقة", "اللواء", "الكتيبة"};
  /** The arm a unit's name may end with (الفرقة 30 مشاة، الفرقة 11 دبابات، اللواء 27 ميكا). */
  private static final Set<String> ARMS = MatchingForm.keys("مشاة", "دبابات", "ميكا", "مدرع", "مدرعة", "صواريخ", "مدفعية");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      String d = f.display();
      for (String head : HEADS) {
        for (int at = d.indexOf(head + " "); at >= 0; at = d.indexOf(head + " ", at + 1)) {
          // a clitic و/ب/ف may stand before the head, outside the name; any other letter makes it part of a word
          boolean alone = at == 0 || !Character.isLetter(d.charAt(at - 1))
              || "وبف".indexOf(d.charAt(at - 1)) >= 0 && (at == 1 || !Character.isLetter(d.charAt(at - 2)));
          if (!alone) {
            continue;
          }
          int n = at + head.length() + 1;
          int e = n;
          while (e < d.length() && Character.isDigit(d.charAt(e))) {
            e++;
          }
          if (e == n || e - n > 3 || e < d.length() && ".,،%:/".indexOf(d.charAt(e)) >= 0 && e + 1 < d.length()
              && Character.isDigit(d.charAt(e + 1))) {
            continue;
          }
          int end = e;
          if (e + 1 < d.length() && d.charAt(e) == ' ') {
            int we = ArabicPlaceLists.wordEnd(d, e + 1);
            if (we > e + 1 && ARMS.contains(MatchingForm.key(d.substring(e + 1, we)))) {
              end = we;
            }
          }
          List<Mention> cur = out == null ? mentions : out;
          if (Mention.overlapping(cur, f.index(), at, end) != null) {
            continue;
          }
          if (out == null) {
            out = new ArrayList<>(mentions);
          }
          // the name key drops digits: the number goes into the id, so that two units of one article stay apart
          String number = d.substring(n, e);
          out.add(new Mention(f.index(), at, end, CrossScriptId.orNameKey(EntityType.ORGANIZATION, head) + "-" + number,
              EntityType.ORGANIZATION, CrossScriptName.romanize(head, "ar") + " " + number, false));
        }
      }
    }
    return out == null ? mentions : out;
  }
}
