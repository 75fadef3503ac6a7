package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.BandCues;
import io.newswire.enrich.entities.names.Fixtures;
import java.util.List;

/**
 * English (round 29): music copy names a band by its kind right before it ("rock band Queen", "the band Manfred Mann") or by
 * a member's role right after it ("Queen bassist John Deacon", "former Manfred Mann singer Paul Jones"): the name is the band,
 * an organisation, even when it reads like a person's (bands are organisations in the annotations since r6, r11, r17, r21).
 * Every mention of a person entity one of whose mentions stands so becomes the organisation.
 */
final class BandNames {
  private BandNames() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retype(fields, mentions, BandNames::cued);
  }

  /** "band" or "bands" right before the name, or a member's role right after it (no possessive: "Deacon's guitarist"). */
  static boolean cued(String d, int start, int end) {
    String before = Fixtures.wordBefore(d, start);
    if (before.equals("band") || before.equals("bands")) {
      return true;
    }
    // a member's role right after it; "singer" too here, where the name is already a found person's
    return BandCues.roleAfter(d, end) || BandCues.roleAfter(d, end, " singer");
  }
}
