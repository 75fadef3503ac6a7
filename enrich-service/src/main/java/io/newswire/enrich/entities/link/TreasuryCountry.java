package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Function;

/**
 * English (round 50b): the bare "Treasury" (BareBodyWords) is a country's finance ministry, on the English slug until
 * now. Two countries call theirs so in the pools' copy: Britain (BBC: "the Treasury has announced", HM Treasury in the
 * annotations) and the United States (Reuters' Washington copy: the KB's Department of the Treasury). Its country is
 * the one written right before it ("the US Treasury", "the (U.S.) Treasury"), else the dateline's country, else, with
 * no dateline, the one of the two the article names as a place when it names only one; round 51: when it names both or
 * neither, a sum in pounds sterling (£) makes the copy British. A Treasury of any other
 * country (Paris, Amsterdam, Ankara datelines) keeps its slug: no specific name is known for it here.
 */
public final class TreasuryCountry {
  private static final String TREASURY = "Treasury";
  private static final String US_TREASURY = "org:us-treasury";
  private static final String UK = "United Kingdom";
  private static final String US = "United States";
  /** The name the annotations give Britain's; the KB has no row for it. */
  static final String HM_TREASURY = "HM Treasury";

  private TreasuryCountry() {}

  public static List<Mention> link(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    String article = null;
    boolean articleRead = false;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!bare(m)) {
        continue;
      }
      String country = countryBefore(fields.get(m.field()).display(), m, mentions, kb);
      if (country == null) {
        if (!articleRead) {
          article = articleCountry(fields, mentions, kb);
          articleRead = true;
        }
        country = article;
      }
      Mention linked = linked(m, country, kb);
      if (linked != null) {
        edits.set(i, linked);
      }
    }
    return edits.result();
  }

  private static boolean bare(Mention m) {
    return m.type() == EntityType.ORGANIZATION && !m.role() && TREASURY.equals(m.name()) && m.entityId().startsWith("org:en:");
  }

  private static Mention linked(Mention m, String country, Function<String, KbEntity> kb) {
    if (US.equals(country)) {
      KbEntity e = kb.apply(US_TREASURY);
      return e == null ? null : new Mention(m.field(), m.start(), m.end(), e.id(), m.type(), e.name(), false);
    }
    if (UK.equals(country)) {
      return new Mention(m.field(), m.start(), m.end(), CrossScriptId.orNameKey(EntityType.ORGANIZATION, HM_TREASURY),
          m.type(), HM_TREASURY, false);
    }
    return null;
  }

  /** The country of a place mention ending right before the Treasury ("US ", "U.S. ", "(U.S.) "), or null. */
  private static String countryBefore(String d, Mention t, List<Mention> mentions, Function<String, KbEntity> kb) {
    int gap = t.start() - 1;
    if (gap < 1 || d.charAt(gap) != ' ') {
      return null;
    }
    int end = d.charAt(gap - 1) == ')' ? gap - 1 : gap;
    for (Mention p : mentions) {
      if (p.field() == t.field() && p.end() == end && p.type() == EntityType.PLACE) {
        KbEntity e = kb.apply(p.entityId());
        return e == null ? null : e.name();
      }
    }
    return null;
  }

  /**
   * The dispatch's country: its dateline's ({@link GenericBodies#dispatchCountry}); with no dateline, the only one of
   * Britain and the United States the article names as a place, else Britain where the article counts in pounds.
   */
  private static String articleCountry(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    for (FieldText f : fields) {
      if (f.isDateline()) {
        return GenericBodies.dispatchCountry(fields, mentions, kb);
      }
    }
    boolean uk = false;
    boolean us = false;
    for (Mention m : mentions) {
      KbEntity e = m.type() == EntityType.PLACE ? kb.apply(m.entityId()) : null;
      if (e != null) {
        uk |= UK.equals(e.name());
        us |= US.equals(e.name());
      }
    }
    return uk != us ? (uk ? UK : US) : poundSign(fields) ? UK : null;
  }

  private static boolean poundSign(List<FieldText> fields) {
    for (FieldText f : fields) {
      if (f.display().indexOf('£') >= 0) {
        return true;
      }
    }
    return false;
  }
}
