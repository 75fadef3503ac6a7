package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English names by capitalisation: a run of capitalised words (joined by of, al-, bin, de, von) that
 * does not open the sentence, typed by what surrounds it: an organisation word inside (Ministry,
 * Council, Party), a place preposition before (in, from), or a person when it has two or three words
 * followed by a reporting verb (or a title before it: see CueRecognizer). Untyped runs are left out: a wrong type is worse than none. Headlines
 * in Title Case are skipped since every word is capitalised there.
 */
public final class CapitalizationRecognizer implements NameRecognizer {
  private static final Set<String> ORG_WORDS = StringSet.of("ministry", "agency", "council", "party", "organization",
      "organisation", "company", "corp", "corporation", "inc", "bank", "university", "association", "union",
      "committee", "front", "movement", "group", "authority", "forces", "army", "court", "commission",
      "institute", "foundation", "news", "parliament", "assembly", "league", "fund", "department", "office");
  private static final Set<String> PLACE_PREPOSITIONS = StringSet.of("in", "from", "near", "to", "across", "outside", "inside");
  private static final Set<String> REPORTING = StringSet.of("said", "says", "told", "added", "stated", "announced", "warned");
  private static final Set<String> LINKS = StringSet.of("of", "al", "bin", "ibn", "de", "von", "van", "der", "the", "for");
  /** Capitalised words that are not names (months, days, party adjectives). */
  private static final Set<String> NOT_NAMES = StringSet.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "conservative", "labour", "liberal", "democrat", "republican", "i", "the");

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    for (FieldText f : fields) {
      if (f.isHeadline() && titleCase(f.display())) {
        continue;
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        int i = 0;
        while (i < s.size()) {
          if (!capitalised(s.get(i).text())) {
            i++;
            continue;
          }
          int start = i;
          int end = i + 1;
          while (end < s.size()) {
            String t = s.get(end).text();
            if (capitalised(t)) {
              end++;
            } else if (LINKS.contains(t.toLowerCase()) && end + 1 < s.size() && capitalised(s.get(end + 1).text())) {
              end += 2;
            } else {
              break;
            }
          }
          i = end;
          if (start == 0 && end - start == 1) {
            continue; // a sentence-initial capital says nothing
          }
          if (end - start == 1 && NOT_NAMES.contains(s.get(start).text().toLowerCase())) {
            continue;
          }
          EntityType type = type(s, start, end);
          if (type == null && "ar".equals(language) && givenNameRun(s, start, end)) {
            // Latin script inside Arabic copy (a director after a film's title, a scholar's name after its Arabic
            // spelling): the English rule that a run of two to four capitalised words opening with a given name is
            // a person. Arabic copy has no English verbs around it to type it otherwise.
            type = EntityType.PERSON;
          }
          // An untyped run is kept as OTHER: it survives only as part of a person named in full
          // elsewhere in the article (Pezeshkian after Masoud Pezeshkian; see PartialNameMerger).
          out.add(new Candidate(f.index(), s.get(start).start(), s.get(end - 1).end(),
              type == null ? EntityType.OTHER : type, type == null ? 0.3 : 0.5, false));
        }
      }
    }
    return out;
  }

  private static EntityType type(List<Tokenizer.Token> s, int start, int end) {
    for (int k = start; k < end; k++) {
      if (ORG_WORDS.contains(s.get(k).text().toLowerCase())) {
        return EntityType.ORGANIZATION;
      }
    }
    String before = start > 0 ? s.get(start - 1).text().toLowerCase() : "";
    if (PLACE_PREPOSITIONS.contains(before) && end - start <= 3) {
      return EntityType.PLACE;
    }
    String after = end < s.size() ? s.get(end).text().toLowerCase() : "";
    if (end - start >= 2 && end - start <= 3 && REPORTING.contains(after)) {
      return EntityType.PERSON;
    }
    return null;
  }

  /** Two to four words, the first an English or international given name (given-names-en.txt). */
  static boolean givenNameRun(List<Tokenizer.Token> s, int start, int end) {
    return end - start >= 2 && end - start <= 4
        && GivenNames.english().contains(s.get(start).text().toLowerCase(Locale.ROOT));
  }

  static boolean capitalised(String t) {
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && t.charAt(0) < 0x250 && Character.isLetter(t.charAt(1));
  }

  private static boolean titleCase(String s) {
    String[] words = s.split(" ");
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return words.length > 3 && caps * 4 >= words.length * 3;
  }
}
