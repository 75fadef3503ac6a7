package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persian: league clubs whose one-word name is also a common word (استقلال "independence", فولاد "steel", سایپا
 * and پیکان the carmaker and its car) are clubs only where the sentence says so: after a team's or club's word or
 * a player (تیم استقلال، تیم فوتبال سایپا، باشگاه فولاد، بازیکن پیکان), after "against" (مقابل فولاد، برابر استقلال),
 * joined by و or a comma to a club so named (تیم‌های فولاد، سپاهان و پیکان), or with a score in a results line
 * (سایپا صفر - مس کرمان صفر). The word must close there: a name word after it makes another name (فولاد مبارکه the
 * steel company, استقلال خوزستان another club, پیکان قزوین), which is left alone. {@link PersianTeams} finds the
 * clubs named by any word after تیم and a sport. Round 53: once the dispatch has typed a club word so, the same
 * word closed the same way elsewhere in it (آماده شکست استقلال هستیم، نامش استقلال است) is that club too, as
 * {@link PersianTeams} repeats a team named after تیم.
 */
final class PersianClubWords {
  /** The clubs' words, in matching form. */
  private static final Set<String> CLUBS = MatchingForm.keys("استقلال", "فولاد", "سایپا", "پیکان");
  private static final List<String> CLUB_STEMS = List.of(MatchingForm.key("استقلال"), MatchingForm.key("فولاد"),
      MatchingForm.key("سایپا"), MatchingForm.key("پیکان"));
  /** Words right before a club's name that make the next word a club: a team, a club, a player, an opponent. */
  private static final Set<String> CONTEXT = MatchingForm.keys("تیم", "تیم‌های", "تیمهای", "باشگاه", "بازیکن", "بازیکنان",
      "مقابل", "برابر");
  /** Number words of a score (سایپا صفر - مس کرمان صفر). */
  private static final Set<String> SCORES = MatchingForm.keys("صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت");
  /** Words that close a club's name after it (as {@link PersianTeams}), with the list marks and the verbs of play. */
  private static final Set<String> CLOSERS = MatchingForm.keys("و", "در", "به", "از", "با", "را", "که", "برابر", "مقابل",
      "هم", "نیز", "بود", "است", "شد", "توانست", "روز", "برای", "پیکار", "پیوست", "هستیم", "امیدوارم", "باید", "نباید",
      "اظهار", "گفت", "افزود", "خواهد", "برود", "قبل", "بعد", "پس", "پیش", "امروز", "فردا", "هفته", "این", "آن");
  private static final String PRESENT = MatchingForm.key("می") + " ";
  private static final String NEGATED_PRESENT = MatchingForm.key("نمی") + " ";

  private PersianClubWords() {}

  /** Adds the clubs of {@link #CLUBS} where their sentence types them. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    Set<String> typedClubs = new HashSet<>();
    List<Untyped> untyped = new ArrayList<>();
    for (FieldText f : fields) {
      if (!PersianClubs.mayHold(f, CLUB_STEMS)) {
        continue; // most fields name none of the clubs
      }
      for (List<Token> s : f.sentences()) {
        boolean lastWasClub = false; // the previous club word was typed a club: a list after it goes on
        for (int i = 0; i < s.size(); i++) {
          String key = MatchingForm.key(s.get(i).text());
          if (!CLUBS.contains(key)) {
            if (!isListMark(key)) {
              lastWasClub = false; // only a list mark carries a typed club over to the next word
            }
            continue;
          }
          boolean closed = closes(s, i + 1);
          boolean typed = closed && (afterContext(s, i) || lastWasClub && i > 0 && isListMark(MatchingForm.key(s.get(i - 1).text()))
              || afterKnownClub(f.index(), s, i, matches))
              || scoreLine(s, i);
          lastWasClub = typed;
          if (typed) {
            typedClubs.add(key);
            add(f.index(), s.get(i), matches, candidates);
          } else if (closed) {
            untyped.add(new Untyped(f.index(), s.get(i), key));
          }
        }
      }
    }
    for (Untyped u : untyped) {
      if (typedClubs.contains(u.key())) {
        add(u.field(), u.token(), matches, candidates); // the club the dispatch named so elsewhere
      }
    }
  }

  /** A closed club word its sentence did not type, kept until the whole dispatch is read. */
  private record Untyped(int field, Token token, String key) {}

  private static void add(int field, Token t, List<List<NameMatch>> matches, List<Candidate> candidates) {
    if (!PersianTeams.taken(field, t.start(), t.end(), matches, candidates)) {
      candidates.add(new Candidate(field, t.start(), t.end(), EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
    }
  }

  private static boolean isListMark(String key) {
    return key.equals("و") || key.equals("،") || key.equals(",");
  }

  /** A context word before the club, maybe with a sport between (تیم فوتبال استقلال). */
  private static boolean afterContext(List<Token> s, int i) {
    int k = i - 1;
    while (k >= 0 && PersianClubs.SPORTS.contains(MatchingForm.key(s.get(k).text()))) {
      k--;
    }
    return k >= 0 && CONTEXT.contains(MatchingForm.key(s.get(k).text()));
  }

  /** و or a comma after a club the knowledge base names (سپاهان و پیکان). */
  private static boolean afterKnownClub(int field, List<Token> s, int i, List<List<NameMatch>> matches) {
    if (i < 2 || !isListMark(MatchingForm.key(s.get(i - 1).text()))) {
      return false;
    }
    int end = s.get(i - 2).end();
    for (NameMatch m : matches.get(field)) {
      if (m.end() == end && !m.targets().isEmpty() && isClub(m.targets().get(0).entity().name())) {
        return true;
      }
    }
    return false;
  }

  /** A club by its knowledge-base name (Sepahan S.C., Persepolis F.C.): the curated clubs are named so. */
  private static boolean isClub(String name) {
    return name.endsWith(" F.C.") || name.endsWith(" S.C.");
  }

  /** The club's word closes its name at {@code k}: the sentence ends, a mark, a closing word, a present verb or a number. */
  private static boolean closes(List<Token> s, int k) {
    if (k >= s.size()) {
      return true;
    }
    String t = s.get(k).text();
    if (!Character.isLetter(t.charAt(0))) {
      return true;
    }
    String key = MatchingForm.key(t);
    return CLOSERS.contains(key) || SCORES.contains(key) || key.startsWith(PRESENT) || key.startsWith(NEGATED_PRESENT);
  }

  /** A results line: the club, a score and a dash after it, or a dash before it and a score after it. */
  private static boolean scoreLine(List<Token> s, int i) {
    if (i + 1 >= s.size() || !isScore(s.get(i + 1).text())) {
      return false;
    }
    return i + 2 < s.size() && isDash(s.get(i + 2).text()) || i > 0 && isDash(s.get(i - 1).text());
  }

  private static boolean isScore(String t) {
    return Character.isDigit(t.charAt(0)) || SCORES.contains(MatchingForm.key(t));
  }

  private static boolean isDash(String t) {
    return t.equals("-") || t.equals("–") || t.equals("ـ");
  }
}
