package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One id for an organisation or place the knowledge base lacks, whatever the script of the copy: {@code
 * org:name:…} / {@code place:name:…} made of its canonical English name (lower case, marks off, words
 * dash-joined), so that {@code الهيئة السعودية للمهندسين}, a Persian spelling named the same and English copy's
 * "Saudi Council of Engineers" are one entity. Only for a SPECIFIC name: one that carries a proper name, a
 * nationality, a country or a place, i.e. a word outside the vocabulary generic bodies are named with (the
 * organisation word table's English and a short list of English heads). A generic body ({@code وزارة
 * الخارجية}, {@code وزارت امور خارجه}, "Ministry of Foreign Affairs", "Revolutionary Supreme Committee")
 * exists in every country, so it keeps its language's slug ({@code org:ar:…}) and never joins another
 * country's. A name still in Arabic script (no English name found) keeps the slug too. Persons have their
 * own phonetic id ({@code person:name:…}).
 */
public final class CrossScriptId {
  /** English heads and function words of generic bodies that the Arabic/Persian word table does not give, written for this project. */
  private static final Set<String> ENGLISH_GENERIC = StringSet.of("of", "and", "for", "the", "in", "on", "at", "to", "a",
      "ministry", "department", "office", "board", "bureau", "council", "committee", "commission", "agency", "authority",
      "service", "services", "unit", "division", "directorate", "administration", "institute", "institution", "center",
      "centre", "foundation", "trust", "group", "association", "society", "union", "federation", "league", "chamber",
      "court", "police", "army", "forces", "force", "navy", "government", "parliament", "assembly", "party", "front",
      "movement", "organization", "organisation", "company", "corporation", "bank", "fund", "university", "college",
      "school", "hospital", "club", "team", "secretariat", "headquarters", "general", "national", "state", "federal",
      "central", "supreme", "high", "higher", "public", "people's", "popular", "interior", "foreign", "affairs",
      "defence", "defense", "justice", "finance", "health", "education", "security", "intelligence", "municipality",
      "governorate", "province", "city", "region", "district", "county", "branch", "media", "news", "newspaper",
      "radio", "television", "station", "network", "council's", "minister", "ministers", "cabinet", "presidency",
      "prime", "judiciary", "prosecution", "prosecutor", "customs", "guard", "coast", "emergency", "civil");

  private static final class Generic {
    static final Set<String> WORDS = words();
    /**
     * Folded country names made of generic words only (united-states, united-kingdom): a name that holds one
     * names its country, which its words alone would not show (Government of United States had a slug in Arabic copy
     * and a key of its letters from حكومة الولايات المتحدة, two ids of one body, round 57).
     */
    static final List<String> COUNTRIES = genericCountries();
  }

  private CrossScriptId() {}

  /** The cross-script id of an organisation or place named {@code name}, or null when the name is generic or not in Latin letters. */
  public static String of(EntityType type, String name) {
    if ((type != EntityType.ORGANIZATION && type != EntityType.PLACE) || name == null || !latin(name)) {
      return null;
    }
    String folded = fold(name);
    if (folded.isEmpty() || (type == EntityType.ORGANIZATION && !specific(folded))) {
      return null;
    }
    return (type == EntityType.PLACE ? "place:name:" : "org:name:") + folded;
  }

  /**
   * {@link #of}, or where it gives none (a generic name, other letters) the name's own key ({@code org:name:…},
   * {@code place:name:…}, {@link CrossScriptName#key}): for an organisation or place a rule has just named.
   */
  public static String orNameKey(EntityType type, String name) {
    String id = of(type, name);
    return id != null ? id : (type == EntityType.PLACE ? "place:name:" : "org:name:") + CrossScriptName.key(name);
  }

  /** The id of a person the KB lacks, written {@code text} in the copy: the key of the words as written. */
  public static String person(String text) {
    return "person:name:" + CrossScriptName.key(text);
  }

  /**
   * The mention of a person the KB lacks whom a rule finds written {@code text} at [{@code start}, {@code end}) of an
   * Arabic field: {@link #person} of the text and its English-press spelling as a person's name
   * ({@link CrossScriptName#romanizePerson}). The one factory of the Arabic rules, which spelt the same name three ways
   * (one with the place flag: Abbottabad's joined آباد and no Gulf diminutive for a person).
   */
  public static Mention arabicPerson(int field, int start, int end, String text) {
    return new Mention(field, start, end, person(text), EntityType.PERSON, CrossScriptName.romanizePerson(text, "ar"), false);
  }

  /**
   * The id of an organisation or place the KB lacks, named {@code name} in English letters: its cross-script id
   * ({@link #of}) when the name is specific, else the slug of {@code key} in {@code lang} ({@code org:ar:…}).
   */
  public static String orSlug(EntityType type, String name, String lang, String key) {
    String id = of(type, name);
    return id != null ? id : UnknownNameLinker.slug(type, lang, key);
  }

  /** {@link #orSlug} for a name found in English copy as {@code text}, keyed by its own matching form. */
  public static String english(EntityType type, String text) {
    return orSlug(type, text, "en", MatchingForm.key(text));
  }

  /** Whether a folded name holds a word outside the generic vocabulary (a proper name, a nationality, a place). */
  static boolean specific(String folded) {
    String bounded = "-" + folded + "-";
    for (String c : Generic.COUNTRIES) {
      if (bounded.contains("-" + c + "-")) {
        return true;
      }
    }
    return specificWords(folded);
  }

  /** Whether a folded name holds a word outside the generic vocabulary. */
  private static boolean specificWords(String folded) {
    int start = 0;
    while (start < folded.length()) {
      int end = folded.indexOf('-', start);
      if (end < 0) {
        end = folded.length();
      }
      String w = folded.substring(start, end);
      if (!Generic.WORDS.contains(w) && !(w.endsWith("s") && Generic.WORDS.contains(w.substring(0, w.length() - 1)))) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Lower case, marks off, the article al-/el- kept as "al", runs of letters and digits dash-joined; the stops
   * of an initialism join its letters (Air U.K. and Air UK are one body: air-uk).
   */
  static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    int run = 0; // letters and digits since the last gap
    boolean initialism = false; // the run is single letters joined by stops so far
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (alnum(c)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.append(c);
        run++;
      } else if (c == '.' && (run == 1 || initialism) && i + 1 < s.length() && alnum(s.charAt(i + 1))
          && (i + 2 >= s.length() || !alnum(s.charAt(i + 2)))) {
        initialism = true; // U.K., U.S.A.: a stop between single letters, no gap
      } else if (c != '\'' && c != '\u2019' && c != '\u2018') {
        gap = true; // Lahij's, People's: the apostrophe joins
        run = 0;
        initialism = false;
      }
    }
    return out.toString();
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** No Arabic-script letter: an English name (a name left in its script gets no cross-script id). */
  private static boolean latin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static List<String> genericCountries() {
    List<String> out = new java.util.ArrayList<>();
    for (String c : OrganisationName.nationCountries()) {
      String folded = fold(c);
      if (!folded.isEmpty() && !specificWords(folded)) {
        out.add(folded);
      }
    }
    java.util.Collections.sort(out);
    return List.copyOf(out);
  }

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    for (String w : ENGLISH_GENERIC) {
      out.add(fold(w));
    }
    for (String w : OrganisationName.genericWords()) {
      out.add(fold(w));
    }
    return StringSet.copyOf(out);
  }
}
