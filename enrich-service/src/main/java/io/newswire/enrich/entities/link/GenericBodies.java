package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A generic government body the text names without its country ({@code وزارة الشؤون الاجتماعية}, {@code
 * وزارت راه و شهرسازی}) gets the country the dispatch gives it, as the annotation conventions name a country's
 * body: "Ministry of Social Affairs (Saudi Arabia)", and with it the cross-script id of that specific name
 * ({@code org:name:ministry-of-social-affairs-saudi-arabia}), one id in Arabic, Persian and English copy.
 * The country is, in order: a nationality adjective or a country written right after the name (outside its
 * span); else the dispatch's own country, when its dateline's country and the home of the national agency
 * that files it (the KB's {@code home} of SPA, IRNA, Fars ...) agree or only one of them is given, and no
 * other country's government body is named in the article. Otherwise the body keeps its name and its
 * language's slug (a generic name must not join different countries' ministries).
 */
public final class GenericBodies {
  private static final String MINISTRY = "Ministry of ";
  /**
   * The bare cabinet (مجلس الوزراء alone, OrganisationName.properName): a country's government body like a bare
   * ministry, named as the word table names it with its country (مجلس الوزراء الكويتي: Council of Ministers of Kuwait).
   */
  private static final String CABINET = "Council of Ministers";

  private GenericBodies() {}

  public static List<Mention> withCountry(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, String> countryOf = null; // slug id -> country, for the generic bodies found
    String cabinet = null; // the bare cabinet's slug id
    for (Mention m : mentions) {
      if (generic(m) && (countryOf == null || !countryOf.containsKey(m.entityId()))) {
        if (countryOf == null) {
          countryOf = new HashMap<>();
        }
        countryOf.put(m.entityId(), adjacentCountry(fields.get(m.field()), m, mentions, kb));
        if (m.name().equals(CABINET)) {
          cabinet = m.entityId();
        }
      }
    }
    if (countryOf == null) {
      return mentions;
    }
    String home = null;
    boolean homeRead = false;
    for (Map.Entry<String, String> e : countryOf.entrySet()) {
      if (e.getValue() == null) {
        if (!homeRead) {
          home = dispatchCountry(fields, mentions, kb);
          homeRead = true;
        }
        e.setValue(home == null && e.getKey().equals(cabinet) ? cabinetCountry(fields, mentions) : home);
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String country = generic(m) ? countryOf.get(m.entityId()) : null;
      String name = country == null ? null : m.name().equals(CABINET) ? CABINET + " of " + country : qualified(m.name(), country);
      String id = name == null ? null : CrossScriptId.of(EntityType.ORGANIZATION, name);
      out.add(id == null ? m : new Mention(m.field(), m.start(), m.end(), id, m.type(), name, m.role()));
    }
    return out;
  }

  /**
   * A country's ministry with its country, under its official English name where that differs from the generic one:
   * Iran's health ministry is the Ministry of Health and Medical Education (وزارت بهداشت، درمان و آموزش پزشکی), as
   * Iranian agencies' English copy and the annotations name it, whichever short form the text uses; a US ministry is
   * its department ({@link UnitedStatesBodies}).
   */
  private static String qualified(String name, String country) {
    String q = ("Iran".equals(country) && name.equals(HEALTH) ? IRAN_HEALTH : name) + " (" + country + ")";
    return UnitedStatesBodies.official(q); // a US department by its own name: United States Department of Labor
  }

  private static final String HEALTH = "Ministry of Health";
  private static final String IRAN_HEALTH = "Ministry of Health and Medical Education";

  /** A ministry named in English without its country, on its language's slug (no KB entity, no specific name). */
  static boolean generic(Mention m) {
    return m.type() == EntityType.ORGANIZATION && !m.role()
        && (m.name().startsWith(MINISTRY) && m.name().indexOf('(') < 0 || m.name().equals(CABINET))
        && (m.entityId().startsWith("org:ar:") || m.entityId().startsWith("org:fa:"));
  }

  /** A nationality adjective or a country named right after the mention: وزارة الخارجية | الأميركية, وزارت خارجه | ایران. */
  private static String adjacentCountry(FieldText f, Mention m, List<Mention> mentions, Function<String, KbEntity> kb) {
    String d = f.display();
    int s = m.end();
    while (s < d.length() && d.charAt(s) == ' ') {
      s++;
    }
    if (s == m.end() || s >= d.length()) {
      return null;
    }
    for (Mention n : mentions) {
      if (n.field() == m.field() && n.start() == s && n.type() == EntityType.PLACE) {
        KbEntity e = kb.apply(n.entityId());
        return e != null && isCountry(e) ? e.name() : null;
      }
    }
    int e = s;
    while (e < d.length() && Character.isLetter(d.charAt(e))) {
      e++;
    }
    return e > s ? OrganisationName.nationalityCountry(MatchingForm.key(d.substring(s, e))) : null;
  }

  /**
   * The dispatch's own country: its dateline's, and the home of the national agency named in its dateline or
   * first paragraph; null when they differ, when neither is given, or when the article names another
   * country's government body (a qualified ministry, a government).
   */
  static String dispatchCountry(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    String dateline = null;
    String agency = null;
    for (Mention m : mentions) {
      FieldText f = fields.get(m.field());
      boolean inDateline = f.isDateline();
      if (!inDateline && !"paragraphs[0]".equals(f.name())) {
        continue;
      }
      KbEntity e = kb.apply(m.entityId());
      if (e == null) {
        continue;
      }
      if (m.type() == EntityType.PLACE && inDateline && dateline == null) {
        KbEntity c = countryOf(e, kb);
        if (c != null) {
          dateline = c.name();
        }
      } else if (m.type() == EntityType.ORGANIZATION && agency == null && e.attr("home") != null) {
        KbEntity c = kb.apply(e.attr("home"));
        if (c != null) {
          agency = c.name();
        }
      }
    }
    String country = dateline == null ? agency : agency == null || agency.equals(dateline) ? dateline : null;
    if (country == null) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String other = bodyCountry(m.name());
      if (other != null && !other.equals(country)) {
        return null; // an article on another country's bodies: its bare ministry may be that country's
      }
    }
    return country;
  }

  /**
   * The country in a government body's name: Ministry of Finance (Egypt), Government of Egypt, Council of Ministers of
   * Egypt, United States Department of Labor.
   */
  private static String bodyCountry(String n) {
    int open = n.lastIndexOf(" (");
    return n.startsWith(MINISTRY) && open > 0 && n.endsWith(")") ? n.substring(open + 2, n.length() - 1)
        : n.startsWith("Government of ") ? n.substring(14)
        : n.startsWith(CABINET + " of ") ? n.substring(CABINET.length() + 4)
        : n.startsWith("United States Department of ") ? "United States" : null;
  }

  /**
   * The country of a bare cabinet (مجلس الوزراء) that neither its neighbour nor the dispatch names: the one country
   * whose government bodies the article names (الحكومة اللبنانية ... انعقاد مجلس الوزراء: Lebanon's), else Saudi
   * Arabia when the article names the Saudi king by his title (نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء),
   * which no other head of state bears; null otherwise.
   */
  private static String cabinetCountry(List<FieldText> fields, List<Mention> mentions) {
    String country = null;
    for (Mention m : mentions) {
      String c = m.type() == EntityType.ORGANIZATION ? bodyCountry(m.name()) : null;
      if (c != null && country != null && !c.equals(country)) {
        return null;
      }
      country = c == null ? country : c;
    }
    if (country != null) {
      return country;
    }
    for (FieldText f : fields) {
      if (f.display().contains(CUSTODIAN)) {
        return "Saudi Arabia";
      }
    }
    return null;
  }

  private static final String CUSTODIAN = "خادم الحرمين الشريفين";

  static KbEntity countryOf(KbEntity place, Function<String, KbEntity> kb) {
    KbEntity e = place;
    for (int i = 0; i < 4 && e != null; i++) {
      if (isCountry(e)) {
        return e;
      }
      String within = e.attr("within");
      e = within == null ? null : kb.apply(within);
    }
    return null;
  }

  private static boolean isCountry(KbEntity e) {
    return e.type() == EntityType.PLACE && e.attr("within") == null && e.attr("iso2") != null && "3".equals(e.attr("rank"));
  }
}
