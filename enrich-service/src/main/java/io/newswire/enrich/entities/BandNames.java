package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English (round 29): music copy names a band by its kind right before it ("rock band Queen", "the band Manfred Mann") or by
 * a member's role right after it ("Queen bassist John Deacon", "former Manfred Mann singer Paul Jones"): the name is the band,
 * an organisation, even when it reads like a person's (bands are organisations in the annotations since r6, r11, r17, r21).
 * Every mention of a person entity one of whose mentions stands so becomes the organisation.
 */
final class BandNames {
  private BandNames() {}

  /** A member's role right after a band's name, as written. */
  private static final String[] MEMBERS = {" frontman", " frontwoman", " bassist", " guitarist", " drummer", " keyboardist",
      " singer", " lead singer"};

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> bands = null; // the person entity's id to its mention so cued
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      if (cued(fields.get(m.field()).display(), m.start(), m.end())) {
        if (bands == null) {
          bands = new HashMap<>();
        }
        bands.putIfAbsent(m.entityId(), m);
      }
    }
    if (bands == null) {
      return mentions;
    }
    Map<String, String[]> ids = new HashMap<>();
    for (Map.Entry<String, Mention> e : bands.entrySet()) {
      Mention b = e.getValue();
      String name = fields.get(b.field()).display().substring(b.start(), b.end());
      ids.put(e.getKey(), new String[] {CrossScriptId.orNameKey(EntityType.ORGANIZATION, name), name});
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] to = m.type() == EntityType.PERSON && !m.role() ? ids.get(m.entityId()) : null;
      out.add(to == null ? m : new Mention(m.field(), m.start(), m.end(), to[0], EntityType.ORGANIZATION, to[1], false));
    }
    return out;
  }

  /** "band" or "bands" right before the name, or a member's role right after it (no possessive: "Deacon's guitarist"). */
  static boolean cued(String d, int start, int end) {
    String before = Fixtures.wordBefore(d, start);
    if (before.equals("band") || before.equals("bands")) {
      return true;
    }
    for (String r : MEMBERS) {
      if (d.startsWith(r, end) && (end + r.length() == d.length() || !Character.isLetter(d.charAt(end + r.length())))) {
        return true;
      }
    }
    return false;
  }
}
