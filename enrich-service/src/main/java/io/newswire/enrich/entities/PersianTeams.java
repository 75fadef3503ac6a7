package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persian: a club named with no city after تیم and its sport (تیم فوتبال استقلال، تیم والیبال پیکان) is an
 * organisation, and the same word standing alone elsewhere in the dispatch (بازی با استقلال) is that club:
 * a club's short name is often an ordinary word (استقلال, "independence"; راه آهن, "railway") that the
 * knowledge base cannot list alone. One or two words closed by punctuation, و or a preposition or copula
 * are the name; a word the knowledge base already names (a city's or a country's team, a listed club), a
 * pronoun or an opponent's word (حریف، میزبان، خود) is not. {@link PersianClubs} names the clubs with a city.
 */
final class PersianTeams {
  private static final String TEAM = MatchingForm.key("تیم");
  private static final List<String> TEAM_STEM = List.of(TEAM);
  /** Words that close a club's name right after it. */
  private static final Set<String> CLOSERS = MatchingForm.keys("و", "در", "به", "از", "با", "را", "که", "برابر", "مقابل",
      "هم", "نیز", "بود", "است", "شد", "توانست", "گفت", "افزود", "اظهار", "تصریح", "عنوان", "اعلام", "خاطرنشان", "بیان");
  /** Words after a team's head that are no club's name. */
  private static final Set<String> NOT_TEAMS = MatchingForm.keys("ما", "شما", "آنها", "ایشان", "او", "وی", "کشورمان",
      "کشور", "منتخب", "بزرگسالان", "پایه", "نخست", "اعزامی", "مذکور", "یادشده", "مورد", "بعدی", "قبلی", "فعلی", "سابق");

  private PersianTeams() {}

  /** Adds the clubs named after تیم and their bare repeats in the dispatch. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    Set<String> names = null;
    for (FieldText f : fields) {
      if (!PersianClubs.mayHold(f, TEAM_STEM)) {
        continue; // most fields name no team: spares a key per word
      }
      for (List<Token> s : f.sentences()) {
        for (int i = 0; i + 2 < s.size(); i++) {
          if (!TEAM.equals(MatchingForm.key(s.get(i).text()))) {
            continue;
          }
          int j = i + 1;
          while (j < s.size() && PersianClubs.SPORTS.contains(MatchingForm.key(s.get(j).text()))) {
            j++;
          }
          if (j == i + 1) {
            continue; // تیم خوبی است، تیم قرار گرفته: without its sport تیم is mostly a common noun's phrase
          }
          for (int n = 1; n <= 2 && j + n <= s.size(); n++) {
            String w = s.get(j + n - 1).text();
            if (!nameWord(w) || n == 2 && (w.startsWith("می") || w.startsWith("مي") || w.startsWith("نمی") || w.startsWith("نمي"))) {
              break; // جواهری میتواند: a present verb typed without its ZWNJ is no second word
            }
            if (j + n < s.size() && !closes(s.get(j + n).text())) {
              continue;
            }
            int start = s.get(j).start();
            int end = s.get(j + n - 1).end();
            if (!taken(f.index(), start, end, matches, candidates)) {
              candidates.add(new Candidate(f.index(), start, end, EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
              if (names == null) {
                names = new HashSet<>();
              }
              names.add(key(s, j, j + n));
            }
            break;
          }
        }
      }
    }
    if (names == null) {
      return;
    }
    for (FieldText f : fields) {
      for (List<Token> s : f.sentences()) {
        for (int i = 0; i < s.size(); i++) {
          for (int n = 2; n >= 1; n--) {
            if (i + n > s.size() || !names.contains(key(s, i, i + n))) {
              continue;
            }
            int start = s.get(i).start();
            int end = s.get(i + n - 1).end();
            if (!taken(f.index(), start, end, matches, candidates)) {
              candidates.add(new Candidate(f.index(), start, end, EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
            }
            break;
          }
        }
      }
    }
  }

  private static String key(List<Token> s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(MatchingForm.key(s.get(k).text()));
    }
    return sb.toString();
  }

  /** A Persian word of three letters or more, no function or team word and no ZWNJ (تیم‌ها، خوبی‌را). */
  private static boolean nameWord(String t) {
    if (t.length() < 3) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c != '\u200c' && (c < '\u0600' || c > '\u06FF' || !Character.isLetter(c))) {
        return false;
      }
    }
    String key = MatchingForm.key(t);
    return !PersianClubs.NOT_NAMES.contains(key) && !PersianClubs.SPORTS.contains(key) && !NOT_TEAMS.contains(key)
        && !CLOSERS.contains(key) && !key.equals(TEAM) && key.indexOf(' ') < 0;
  }

  private static boolean closes(String t) {
    return !Character.isLetterOrDigit(t.charAt(0)) || CLOSERS.contains(MatchingForm.key(t));
  }

  /** Whether a knowledge-base name or another candidate already covers part of [start, end). */
  static boolean taken(int field, int start, int end, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (NameMatch m : matches.get(field)) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    for (Candidate c : candidates) {
      if (c.field() == field && c.start() < end && start < c.end()) {
        return true;
      }
    }
    return false;
  }
}
