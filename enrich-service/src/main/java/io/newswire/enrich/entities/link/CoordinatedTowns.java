package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Persian: a small town refused for want of a cue (KbLinker) is a place when it stands in a list with a place of its
 * own country that is linked (شهرستان‌های زابل و زهک، سقز و بانه، اردبیل و خلخال): the list carries the cue of its
 * first member. The neighbour must be linked and share the town's country, so a common word after a country (ایران
 * و X) or after a town refused itself stays out; a town joined to one just added counts too (لطف‌آباد، باجگیران و
 * سرخس).
 */
final class CoordinatedTowns {
  private CoordinatedTowns() {
  }

  /** A KB match at matching-form offsets [{@code mStart}, {@code mEnd}) of field {@code field} and its mention. */
  record Placed(int field, int mStart, int mEnd, KbEntity entity, Mention mention) {
  }

  /**
   * {@code out} with the {@code refused} small towns that a linked place of their country joins by و or a comma
   * (before them, or after them by و), in reading order. {@code linked}: the KB mentions of {@code out}.
   */
  static List<Mention> add(List<String> texts, List<Mention> out, List<Placed> linked, List<Placed> refused) {
    if (refused.isEmpty()) {
      return out;
    }
    List<Placed> places = new ArrayList<>(linked);
    List<Placed> left = new ArrayList<>(refused);
    List<Mention> added = new ArrayList<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < left.size(); i++) {
        Placed town = left.get(i);
        if (joined(texts.get(town.field()), town, places)) {
          places.add(town);
          added.add(town.mention());
          left.remove(i--);
          grew = true;
        }
      }
    }
    if (added.isEmpty()) {
      return out;
    }
    List<Mention> all = new ArrayList<>(out);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return all;
  }

  private static boolean joined(String t, Placed town, List<Placed> places) {
    String country = town.entity().attr("within");
    for (Placed p : places) {
      if (p.field() != town.field() || p.entity().type() != EntityType.PLACE || country == null
          || !country.equals(p.entity().attr("within"))) {
        continue;
      }
      if (p.mEnd() <= town.mStart() && separator(t.substring(p.mEnd(), town.mStart()), listGoesOn(t, town.mEnd()))
          || town.mEnd() <= p.mStart() && separator(t.substring(town.mEnd(), p.mStart()), false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a list goes on after the name ending at {@code end} (a comma or و next): a comma alone before a town may
   * end a clause instead (متولد ۱۳۵۲-تبریز، مهران خسروانی, a man whose first name is a town's).
   */
  private static boolean listGoesOn(String t, int end) {
    String rest = t.substring(end).stripLeading();
    return rest.startsWith("،") || rest.startsWith(",") || rest.startsWith("و ") && end < t.length()
        && t.charAt(end) == ' ';
  }

  /** و between the two, or (only before the town, inside a list that goes on after it) a comma. */
  private static boolean separator(String between, boolean commaToo) {
    String s = between.strip();
    return "و".equals(s) && between.startsWith(" ") && between.endsWith(" ")
        || commaToo && ("،".equals(s) || ",".equals(s)) && between.endsWith(" ");
  }
}
