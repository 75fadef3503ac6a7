package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A body named bare by a name several countries' bodies share gets the KB row of the dispatch's country (issue 13,
 * round 51): the bare Senate (مجلس الشيوخ, "the Senate"), which the KB knows only with its adjective, is the United
 * States Senate in copy on America; a bare Shura council (مجلس الشورى) is Saudi Arabia's Consultative Assembly in
 * Saudi copy and Iran's parliament in Iranian; a bare Justice and Development Party (حزب العدالة والتنمية) is Turkey's
 * AKP in copy on Turkey; round 52: a bare Labour (or New Labour, the party's own name for itself under Blair) is the
 * British Labour Party in copy on Britain, Israel's, Ireland's or New Zealand's Labour elsewhere. The country is the dispatch's own ({@link GenericBodies#dispatchCountry}), else the only
 * country, among those with such a body, that the article names through a place. Any other body so named (Morocco's
 * PJD, Oman's Shura, Italy's Senate) or an article naming two such countries keeps the bare name and its slug.
 */
public final class SharedBodyNames {
  /**
   * A bare name: the slug the linker gives it or the matching form of its text, the KB row of each country whose
   * body it names in the pools' copy, and the other countries with a body so called.
   */
  private record Shared(String slug, Set<String> texts, Map<String, String> homes, Set<String> others) {}

  private static final List<Shared> SHARED = List.of(
      new Shared("org:name:senate", Set.of(), Map.of("United States", "org:us-senate"),
          Set.of("France", "Italy", "Australia", "Canada", "Pakistan", "Philippines", "Mexico", "Brazil", "Argentina",
              "Egypt", "Jordan", "Afghanistan", "Spain", "Poland", "Belgium", "Ireland", "Japan", "Nigeria", "Chile")),
      new Shared(null, MatchingForm.keys("مجلس الشورى"),
          Map.of("Saudi Arabia", "org:shura-council-saudi", "Iran", "org:iran-parliament"),
          Set.of("Oman", "Qatar", "Bahrain", "Egypt", "Yemen", "Afghanistan", "Pakistan")),
      new Shared(null, MatchingForm.keys("حزب العدالة والتنمية", "العدالة والتنمية"), Map.of("Turkey", "org:akp"),
          Set.of("Morocco")),
      new Shared(null, MatchingForm.keys("Labour", "New Labour"), Map.of("United Kingdom", "org:labour-party-uk"),
          Set.of("Israel", "Ireland", "New Zealand", "Australia", "Norway", "Netherlands", "Malta", "Jamaica", "Barbados",
              "Mauritius", "Fiji", "Trinidad and Tobago", "Saint Kitts and Nevis")));

  private SharedBodyNames() {}

  public static List<Mention> link(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    Set<String> named = null;
    String home = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Shared s = shared(fields.get(m.field()), m);
      if (s == null) {
        continue;
      }
      if (named == null) {
        named = namedCountries(mentions, kb);
        home = GenericBodies.dispatchCountry(fields, mentions, kb);
      }
      String country = country(s, home, named);
      KbEntity e = country == null ? null : kb.apply(s.homes().getOrDefault(country, ""));
      if (e != null) {
        edits.set(i, new Mention(m.field(), m.start(), m.end(), e.id(), m.type(), e.name(), false));
      }
    }
    return edits.result();
  }

  /** The shared name {@code m} is, bare (on a slug, not a KB row, not a role), or null. */
  private static Shared shared(FieldText f, Mention m) {
    if (m.type() != EntityType.ORGANIZATION || m.role() || !(m.entityId().startsWith("org:name:")
        || m.entityId().startsWith("org:ar:") || m.entityId().startsWith("org:en:"))) {
      return null;
    }
    String key = null;
    for (Shared s : SHARED) {
      if (m.entityId().equals(s.slug())) {
        return s;
      }
      if (!s.texts().isEmpty()) {
        key = key == null ? MatchingForm.key(f.display().substring(m.start(), m.end())) : key;
        if (s.texts().contains(key)) {
          return s;
        }
      }
    }
    return null;
  }

  /** The dispatch's country when it has such a body, else the only such country named; null when none or two are. */
  private static String country(Shared s, String home, Set<String> named) {
    if (home != null && (s.homes().containsKey(home) || s.others().contains(home))) {
      return home;
    }
    String only = null;
    for (String c : named) {
      if (s.homes().containsKey(c) || s.others().contains(c)) {
        if (only != null) {
          return null;
        }
        only = c;
      }
    }
    return only;
  }

  /** The countries of the places the article names (a town's through its country). */
  private static Set<String> namedCountries(List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> out = new HashSet<>();
    for (Mention m : mentions) {
      KbEntity e = m.type() == EntityType.PLACE ? kb.apply(m.entityId()) : null;
      KbEntity c = e == null ? null : GenericBodies.countryOf(e, kb);
      if (c != null) {
        out.add(c.name());
      }
    }
    return out;
  }
}
