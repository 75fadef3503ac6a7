package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.function.Function;

/**
 * Arabic (round 55): a government named by its country in the construct state (حكومة الهند، بحكومة اليمن الشرعية) or by
 * a state (حكومة ولاية كارناتاكا) is a body, the Government of X, as the annotation files give it (r30, r55) beside the
 * adjective form the recognizer already finds (الحكومة اليمنية). The tagger saw only the place after حكومة, whose
 * head the recognizer does not open (حكومة جديدة، حكومة وحدة وطنية name none). The place becomes the government when
 * the knowledge base knows it as a country (after ولاية, as any place). The SPA formula شعب وحكومة X keeps the country,
 * as the files give it (r12, r45); a government named by its leader (حكومة العبادي) is left alone.
 *
 * <p>Round 56: a government named by its country's capital (حكومة كابل، حكومة باماكو) is that country's government,
 * as the annotation conventions read it; one named by a city the knowledge base does not mark as a capital (Libya's
 * rival حكومة طرابلس) is that seat's government, one organisation whole, as the round's ruling reads it. And الحكومة with a nationality (الحكومة الفرنسية، والحكومة الإسرائيلية) is the country's
 * government, as every file but two gives it; the recognizer left some of them out ({@link #addAdjectival}). Round 59:
 * الحكومة المالية is Mali's government.
 */
final class CountryGovernments {
  private CountryGovernments() {}

  private static final String GOVERNMENT = MatchingForm.key("حكومة");
  private static final String STATE = MatchingForm.key("ولاية");
  private static final String PEOPLE = MatchingForm.key("شعب");
  private static final java.util.Set<String> PEOPLE_CLITICS = java.util.Set.of("", "و", "ل", "ول");
  private static final String LEGITIMATE = MatchingForm.key("الشرعية");
  private static final String THE_GOVERNMENT = MatchingForm.key("الحكومة");
  private static final String MALIAN = MatchingForm.key("المالية");
  /** The letters every spelling of the word holds, for a cheap scan of the field. */
  private static final String GOVERNMENT_STEM = "حكوم";

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids,
      Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int[] w = WordSpans.beforeSpace(d, m.start(), WordSpans.WORD);
      if (w == null || w[0] > 0 && Character.isLetter(d.charAt(w[0] - 1))) {
        continue;
      }
      boolean state = MatchingForm.key(d, w[0], w[1]).equals(STATE);
      if (state) {
        w = WordSpans.beforeSpace(d, w[0], WordSpans.WORD);
        if (w == null || w[0] > 0 && Character.isLetter(d.charAt(w[0] - 1))) {
          continue;
        }
      }
      int start = governmentStart(d, w[0], w[1]);
      if (start < 0 || afterPeople(d, w[0])) {
        continue;
      }
      KbEntity place = ids.known(EntityType.PLACE, d.substring(m.start(), m.end()), "ar");
      if (place == null) {
        continue;
      }
      String name;
      if (state || country(place)) {
        name = "Government of " + place.name();
      } else {
        KbEntity country = capitalOf(place, kb);
        // a seat that is no capital, or a rival one (Libya's حكومة طرابلس, 2015): that government, under the seat's name
        name = country != null ? "Government of " + country.name() : place.name() + " government";
      }
      int end = legitimateEnd(d, m.end());
      edits.set(i, new Mention(m.field(), start, end, CrossScriptId.orNameKey(EntityType.ORGANIZATION, name),
          EntityType.ORGANIZATION, name, false));
    }
    return edits.result();
  }

  /** The country whose capital {@code city} is, by the knowledge base's capital mark and the place it lies within, or null. */
  private static KbEntity capitalOf(KbEntity city, Function<String, KbEntity> kb) {
    String within = "true".equals(city.attr("capital")) ? city.attr("within") : null;
    KbEntity country = within == null ? null : kb.apply(within);
    return country != null && country(country) ? country : null;
  }

  /**
   * الحكومة (a clitic و ب ف or the lam of للحكومة before it, outside the span) and a nationality adjective right after
   * it: the country's government, added where no mention holds either word. Run before {@link PremierOffices}, which
   * drops it after رئيس as the head's title.
   */
  static List<Mention> addAdjectival(List<FieldText> fields, List<Mention> mentions) {
    MentionAdditions out = new MentionAdditions(mentions);
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(GOVERNMENT_STEM); at >= 0; at = d.indexOf(GOVERNMENT_STEM, at + GOVERNMENT_STEM.length())) {
        int[] w = definiteWordAt(d, at, GOVERNMENT_STEM.length(), THE_GOVERNMENT);
        int[] adj = w == null ? null : WordSpans.afterSpace(d, w[2], WordSpans.WORD);
        String key = adj == null ? null : MatchingForm.key(d, adj[0], adj[1]);
        // المالية is Mali's and "financial"; no government is called financial, so after الحكومة it is the country
        String country = key == null ? null : key.equals(MALIAN) ? "Mali" : OrganisationName.nationalityCountry(key);
        if (country == null || !out.free(f.index(), w[1], adj[1])) {
          continue;
        }
        String name = "Government of " + country;
        out.add(new Mention(f.index(), w[1], adj[1], CrossScriptId.orNameKey(EntityType.ORGANIZATION, name),
            EntityType.ORGANIZATION, name, false));
      }
    }
    return out.result();
  }

  /**
   * The word around the {@code length} chars at {@code at} (a stem the scan found) when it is {@code word}, a definite
   * noun (matching form), bare or after و ب ف, or with the preposition's lam merged into the article (للحكومة): {word
   * start, where the mention opens (after the clitic), word end}; null otherwise. {@link ApexCourts} reads its courts so.
   */
  static int[] definiteWordAt(String d, int at, int length, String word) {
    int s = WordSpans.runBefore(d, at + length, WordSpans.SPACE, WordSpans.WORD)[0];
    int e = WordSpans.runAfter(d, at + length, c -> false, WordSpans.WORD)[1];
    String key = MatchingForm.key(d, s, e);
    int start = key.equals("ل" + word.substring(1)) ? s + 1 : cliticStart(key, word, s, "وبف");
    return start < 0 ? null : new int[] {s, start, e};
  }

  /** Where the mention opens when the word at [s, e) is حكومة, a clitic و ب ل ف before it left out; else -1. */
  private static int governmentStart(String d, int s, int e) {
    return cliticStart(MatchingForm.key(d, s, e), GOVERNMENT, s, "وبلف");
  }

  /** {@code s} when {@code key}, the word at {@code s}, is {@code word}; {@code s + 1} when one of {@code clitics} opens it before {@code word}; else -1. */
  private static int cliticStart(String key, String word, int s, String clitics) {
    if (key.equals(word)) {
      return s;
    }
    boolean clitic = key.length() == word.length() + 1 && key.endsWith(word) && clitics.indexOf(key.charAt(0)) >= 0;
    return clitic ? s + 1 : -1;
  }

  /** Whether شعب stands right before (شعب وحكومة المملكة): the SPA formula, the people and government of a country. */
  private static boolean afterPeople(String d, int s) {
    int[] w = WordSpans.beforeSpace(d, s, WordSpans.WORD);
    if (w == null) {
      return false;
    }
    String key = MatchingForm.key(d, w[0], w[1]);
    // ولشعب وحكومة السعودية: the clitics of the coordination (و، ل، ول) before شعب
    return key.endsWith(PEOPLE) && PEOPLE_CLITICS.contains(key.substring(0, key.length() - PEOPLE.length()));
  }

  /** The end of الشرعية right after the place (حكومة اليمن الشرعية: one name, as the files give it), else {@code e}. */
  private static int legitimateEnd(String d, int e) {
    int[] w = WordSpans.afterSpace(d, e, WordSpans.WORD);
    return w != null && MatchingForm.key(d, w[0], w[1]).equals(LEGITIMATE) ? w[1] : e;
  }

  /** A sovereign country of the knowledge base: a place within nothing, with an ISO code. */
  private static boolean country(KbEntity e) {
    return e.attr("within") == null && e.attr("iso2") != null;
  }
}
