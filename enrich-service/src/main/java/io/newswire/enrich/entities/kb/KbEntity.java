package io.newswire.enrich.entities.kb;

import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of the knowledge base.
 *
 * @param id    'wikidata:Q…' or a stable slug such as 'person:masoud-pezeshkian'
 * @param name  canonical (English) name
 * @param attrs free attributes: 'iso2', 'within' (id of the containing country), 'roles'
 *              ('president@IR>2024-07-28,...', see {@link RoleTerm}), 'agency', 'rank' (higher wins ties)
 */
public record KbEntity(String id, EntityType type, String name, List<KbAlias> aliases, Map<String, String> attrs) {
  public KbEntity {
    aliases = List.copyOf(aliases);
    attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
  }

  public String attr(String key) {
    return attrs.get(key);
  }

  /** The attribute KbBuilder sets on a town below the major-city cut (its step 2b), "true" when set. */
  public static final String SMALL = "small";

  /** A small town (KbBuilder's step 2b): linked alone only where its name is distinctive, second to any other place. */
  public boolean smallTown() {
    return "true".equals(attrs.get(SMALL));
  }

  /** Role classes such as 'president@IR', one per term (dates of {@link #roleTerms()} left off). */
  public List<String> roles() {
    return roleTerms().stream().map(RoleTerm::role).toList();
  }

  /** The terms of office of the 'roles' attribute ('president@IR>2024-07-28,...'), in the order written. */
  public List<RoleTerm> roleTerms() {
    String r = attrs.get("roles");
    if (r == null || r.isBlank()) {
      return List.of();
    }
    List<RoleTerm> out = new ArrayList<>();
    for (String s : r.split(",")) {
      if (!s.isBlank()) {
        out.add(RoleTerm.parse(s));
      }
    }
    return out;
  }

  public boolean isAgency() {
    return "true".equals(attrs.get("agency"));
  }

  /** Prior used to break ties between entities sharing an alias: countries over cities, big over small. */
  public int rank() {
    String r = attrs.get("rank");
    return r == null ? 0 : Integer.parseInt(r);
  }

  /** Union of two rows with the same id; a non-empty name in {@code later} replaces ours. */
  KbEntity mergedWith(KbEntity later) {
    List<KbAlias> all = new ArrayList<>(aliases);
    for (KbAlias a : later.aliases) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    Map<String, String> a = new LinkedHashMap<>(attrs);
    a.putAll(later.attrs);
    String n = later.name.isBlank() ? name : later.name;
    return new KbEntity(id, type, n, all, a);
  }
}
