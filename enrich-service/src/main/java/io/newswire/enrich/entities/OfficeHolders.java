package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Round 35b: Arabic news names a foreign office holder after the office and the nationality (رئيس الحكومة اللبنانية X Y،
 * وزير الخارجية المصري X Y، السفير الإسرائيلي X Y): the name is often foreign or made of common words (تمام سلام) that
 * neither the given-name list nor the model takes. The office alone is often followed by a genitive or a clause, so only
 * the office with a nationality after it opens a name, and only a name of exactly two name words that surely ends there
 * ({@link ArtistTitles#boundary}); one word (وزير الداخلية اللبناني غير) or a longer run is left to the model.
 */
final class OfficeHolders {
  /** Offices that stand alone before the nationality (a clitic و/ب/ل/ف allowed). */
  private static final CliticWords OFFICES = new CliticWords(MatchingForm.keys("رئيس", "الرئيس", "سفير", "السفير", "المبعوث",
      "المبعوثة", "وزير", "وزيرة"));
  /** What follows رئيس to make the head of government or state (رئيس مجلس الوزراء، رئيس الحكومة). */
  private static final Set<String> OF_PREMIER = MatchingForm.keys("الوزراء", "الحكومة", "الجمهورية");
  private static final String COUNCIL = MatchingForm.key("مجلس");
  private static final Set<String> PRESIDENT = MatchingForm.keys("رئيس", "الرئيس");
  private static final Set<String> AMBASSADOR = MatchingForm.keys("سفير", "السفير");
  private static final String AT = MatchingForm.key("لدى");
  private static final String KINGDOM = MatchingForm.key("المملكة");
  private static final Set<String> MINISTER = MatchingForm.keys("وزير", "وزيرة");

  private OfficeHolders() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      if (f.isHeadline()) {
        continue; // agency headlines put the verb right after the office (وزير الخارجية المصري يتلقى اتصالين)
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 3 < s.size(); i++) {
          int nat = officeEnd(s, i);
          if (nat < 0) {
            continue;
          }
          int first = ArabicOrganisationRecognizer.nationality(ArtistTitles.key(s, nat)) ? nat + 1
              : afterCountry(s, nat, f.index(), out == null ? names : out);
          if (first < 0 || first + 1 >= s.size()) {
            continue;
          }
          int last = first + 1;
          if (!nameWord(s, first) || !nameWord(s, last) || s.get(last).start() != s.get(first).end() + 1
              || s.get(last).text().charAt(0) == 'و' || !ArtistTitles.boundary(s, last + 1)) {
            continue;
          }
          List<Mention> next = ArtistTitles.withPerson(names, out, f, s, first, last);
          if (next == null) {
            continue; // a name the article already has there, or another kind of entity
          }
          out = next;
          i = last;
        }
      }
    }
    return out == null ? names : out;
  }

  /**
   * For an ambassador (سفير ميانمار لدى المملكة X Y، سفير جمهورية اتحاد ميانمار X Y), the country the article already
   * found stands where the nationality does, and a posting after لدى (a place found, or المملكة) may follow:
   * the index of the token after them, or -1.
   */
  private static int afterCountry(List<Tokenizer.Token> s, int k, int field, List<Mention> names) {
    String office = unclitic(ArtistTitles.key(s, k - 1));
    if (office == null || !AMBASSADOR.contains(office)) {
      return -1;
    }
    int j = afterPlace(s, k, field, names);
    if (j < 0) {
      return -1;
    }
    if (j + 1 < s.size() && ArtistTitles.key(s, j).equals(AT)) {
      if (ArtistTitles.key(s, j + 1).equals(KINGDOM)) {
        return j + 2;
      }
      return afterPlace(s, j + 1, field, names);
    }
    return j;
  }

  /** Index of the first token after a place mention that starts at token {@code k}, or -1. */
  private static int afterPlace(List<Tokenizer.Token> s, int k, int field, List<Mention> names) {
    int start = s.get(k).start();
    for (Mention m : names) {
      if (m.field() == field && m.start() == start && m.type() == EntityType.PLACE) {
        int j = k;
        while (j < s.size() && s.get(j).start() < m.end()) {
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  /** Index of the token after the office phrase that opens at {@code i}, or -1. */
  private static int officeEnd(List<Tokenizer.Token> s, int i) {
    String k = unclitic(ArtistTitles.key(s, i));
    if (k == null) {
      return -1;
    }
    int j = i + 1;
    if (PRESIDENT.contains(k)) {
      String n = ArtistTitles.key(s, j);
      if (n.equals(COUNCIL) && j + 1 < s.size() && OF_PREMIER.contains(ArtistTitles.key(s, j + 1))) {
        j += 2;
      } else if (OF_PREMIER.contains(n)) {
        j++;
      }
    } else if (MINISTER.contains(k)) {
      String n = s.get(j).text();
      if (!n.startsWith("ال") || ArabicOrganisationRecognizer.nationality(ArtistTitles.key(s, j))) {
        return -1; // وزير الخارجية: the ministry's one word comes first
      }
      j++;
    }
    return j < s.size() ? j : -1;
  }

  /** The office key without a glued و/ف/ب/ل (للرئيس: ل + الرئيس), or null when it is no office. */
  private static String unclitic(String key) {
    return OFFICES.word(key);
  }

  private static boolean nameWord(List<Tokenizer.Token> s, int k) {
    String text = s.get(k).text();
    return !text.startsWith("ال") && ArtistTitles.nameWord(text, ArtistTitles.key(s, k));
  }
}
