package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.normalization.MatchingForm;
import java.util.Set;

/**
 * Persian: a small Iranian town whose name a bigger place holds too (قدس: the town west of Tehran and Jerusalem).
 * The town is meant only where a town's word stands right before it (شهر قدس، شهرستان قدس، شورای اسلامی شهر قدس،
 * شهرداری قدس: r25's and r37's Qods), and then it is the town whatever else the article names; alone the name is the
 * bigger place's (روز قدس، آزادی قدس), as the KB builder meant when it left such towns out of the generated rows.
 * Where the article names the bigger place or its country, شهر X is the bigger place too (fars-3-194's شهروند فلسطینی
 * از شهر قدس, with Israel named).
 */
final class SharedTownNames {
  /** The municipality names its town too (شهرداری قدس), besides {@link KbLinker}'s place words. */
  private static final Set<String> TOWN_BODIES = MatchingForm.keys("شهرداری");

  private SharedTownNames() {}

  /** Whether {@code town} is a small town and another place of the match is not. */
  static boolean shared(KbEntity town, NameMatch m) {
    if (!town.smallTown()) {
      return false;
    }
    for (AliasTarget t : m.targets()) {
      KbEntity other = t.entity();
      if (other != town && other.type() == town.type() && !other.smallTown()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article names (anchors) a bigger place of the match or its country: then the name is that place's. */
  static boolean biggerPlaceNamed(KbEntity town, NameMatch m, Set<String> anchors) {
    for (AliasTarget t : m.targets()) {
      KbEntity other = t.entity();
      if (other != town && !other.smallTown()
          && (anchors.contains(other.id()) || other.attr("within") != null && anchors.contains(other.attr("within")))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word before the town names a town's municipality (شهرداری قدس). */
  static boolean townBodyBefore(String wordBefore) {
    return TOWN_BODIES.contains(MatchingForm.key(wordBefore));
  }
}
