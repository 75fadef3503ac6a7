package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.UnknownNameLinker;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 26: a match report's team sheet is a paragraph of players' surnames alone, separated by commas or (rugby, by
 * line) semicolons, with initials ("S Easterby"), a captain's mark "(capt)", substitutions "(Name 45)" and labels such
 * as "Replacements:" or "Subs Not Used:". Each is a person, whatever the rules made of it (a town, a body, nothing).
 * A paragraph of an article with a word of sport ({@link Fixtures#sport}) is a team sheet when six or more pieces are
 * such names and every piece is one (or a label before a colon); a bracket without a minute ("Player (Club)", a squad
 * list) or any other word disqualifies it. The name joins a person of the article with the same last word.
 * Round 31: a match report with no word of sport (a cup tie told in goals, minutes and a semi-final) still prints
 * both sides' sheets; two such paragraphs in one article are team sheets without the word (a lone list of surname-shaped
 * words, countries say, stays as it was).
 * Round 56: one or two players with a club in brackets ("J Bonnaire (Bourgoin)", a late call-up's club) no longer
 * disqualify a sheet: the players are persons and each bracketed name a club, an organisation; three or more are a squad
 * list, which {@link EnglishClubs} reads. "(captain)" marks a captain as "(capt)" does, and "van der", "du" open names.
 */
final class LineUps {
  private LineUps() {}

  private static final int MIN_PLAYERS = 6;

  /** Bracketed clubs a sheet may hold: three make a squad list ({@link EnglishClubs}). */
  private static final int MAX_CLUBS = 2;

  /** Sheets an article with no word of sport must print before any of them counts: one per side. */
  private static final int SHEETS_WITHOUT_SPORT = 2;

  /** {@code sport}: the article holds a word of sport ({@link Fixtures#sport}). */
  static List<Mention> mark(List<FieldText> fields, List<Mention> mentions, boolean sport) {
    List<int[]> spans = new ArrayList<>(); // field, start, end of each player's name
    List<int[]> clubs = new ArrayList<>(); // field, start, end of each bracketed club
    int sheets = 0;
    for (FieldText f : fields) {
      if (f.isHeadline() || f.isDateline()) {
        continue;
      }
      List<int[]> inSheet = new ArrayList<>();
      List<int[]> sheet = sheet(f.display(), inSheet);
      if (sheet != null) {
        sheets++;
        for (int[] s : sheet) {
          spans.add(new int[] {f.index(), s[0], s[1]});
        }
        for (int[] c : inSheet) {
          clubs.add(new int[] {f.index(), c[0], c[1]});
        }
      }
    }
    if (sheets == 0 || !sport && sheets < SHEETS_WITHOUT_SPORT) {
      return mentions;
    }
    // whatever the rules made of a player's name gives way to the player
    List<int[]> named = new ArrayList<>(spans);
    named.addAll(clubs);
    List<Mention> others = Mention.without(mentions, m -> covered(m, named));
    Map<String, Set<String>> spellings = spellingsByKey(fields, spans, others);
    MentionAdditions out = new MentionAdditions(others);
    for (int[] s : spans) {
      String text = fields.get(s[0]).display().substring(s[1], s[2]);
      Mention person = fullName(fields, mentions, text);
      out.add(person != null
          ? new Mention(s[0], s[1], s[2], person.entityId(), EntityType.PERSON, person.name(), false)
          : new Mention(s[0], s[1], s[2], playerId(text, spellings), EntityType.PERSON, text, false));
    }
    for (int[] c : clubs) {
      String text = fields.get(c[0]).display().substring(c[1], c[2]);
      out.add(new Mention(c[0], c[1], c[2], EnglishClubs.clubId(text), EntityType.ORGANIZATION, text, false));
    }
    return out.result();
  }

  /** Whether {@code m} overlaps one of the players' name spans (field, start, end). */
  private static boolean covered(Mention m, List<int[]> spans) {
    for (int[] s : spans) {
      if (m.field() == s[0] && m.start() < s[2] && s[1] < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A player the article names by this sheet's spelling only. Round 50: the id any person the KB lacks gets, of the name's
   * sound key ({@link CrossScriptId#person}), so that Hayes of a team sheet and Hayes of a match report are one id scheme;
   * the spelling's own slug where that key is another spelling's in the article too (a sound key would join Canale and
   * O'Connell of the other side).
   */
  private static String playerId(String text, Map<String, Set<String>> spellings) {
    String key = CrossScriptName.key(text);
    Set<String> written = spellings.get(key);
    return !key.isEmpty() && written != null && written.size() == 1
        ? CrossScriptId.person(text)
        : UnknownNameLinker.slug(EntityType.PERSON, "en", MatchingForm.key(text));
  }

  /** The spellings of each sound key among the sheets' names and the article's other persons. */
  private static Map<String, Set<String>> spellingsByKey(List<FieldText> fields, List<int[]> spans, List<Mention> others) {
    Map<String, Set<String>> out = new HashMap<>();
    for (int[] s : spans) {
      String text = fields.get(s[0]).display().substring(s[1], s[2]);
      out.computeIfAbsent(CrossScriptName.key(text), k -> new HashSet<>()).add(text);
    }
    for (Mention m : others) {
      if (m.type() == EntityType.PERSON && !m.role()) {
        String text = fields.get(m.field()).display().substring(m.start(), m.end());
        out.computeIfAbsent(CrossScriptName.key(text), k -> new HashSet<>()).add(text);
      }
    }
    return out;
  }

  /**
   * The one person of the article named by two words or more that ends with the player's last word, or null; a player's
   * initials must open that name (G Murphy is Geordan Murphy; Mi Bergamasco is not Mauro Bergamasco).
   */
  private static Mention fullName(List<FieldText> fields, List<Mention> mentions, String player) {
    String last = lastWord(player);
    int sp = player.indexOf(' ');
    String first = sp < 0 ? "" : player.substring(0, sp);
    Mention found = null;
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      if (text.indexOf(' ') > 0 && lastWord(text).equals(last) && text.startsWith(first)) {
        if (found != null && !found.entityId().equals(m.entityId())) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1);
  }

  /** The players' name spans of a team sheet, or null when {@code d} is not one. */
  static List<int[]> sheet(String d) {
    return sheet(d, new ArrayList<>());
  }

  /** As {@link #sheet(String)}, adding the spans of the clubs in brackets to {@code clubs}. */
  private static List<int[]> sheet(String d, List<int[]> clubs) {
    List<int[]> names = new ArrayList<>();
    int n = d.length();
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && ",;.:".indexOf(d.charAt(end)) < 0) {
        end++;
      }
      int s = i;
      int e = end;
      while (s < e && d.charAt(s) == ' ') {
        s++;
      }
      while (e > s && d.charAt(e - 1) == ' ') {
        e--;
      }
      boolean label = end < n && d.charAt(end) == ':';
      if (s < e && !label && !player(d, s, e, names, clubs)) {
        return null;
      }
      i = end + 1;
    }
    return names.size() >= MIN_PLAYERS && clubs.size() <= MAX_CLUBS ? names : null;
  }

  /**
   * Reads "Name", "Name (capt)", "Name (Sub 45)" or "Name (Club)" in [s, e) and adds the names' spans (a club's to
   * {@code clubs}); false when it is anything else.
   */
  private static boolean player(String d, int s, int e, List<int[]> names, List<int[]> clubs) {
    int open = d.indexOf(" (", s);
    if (open < 0 || open >= e) {
      if (!name(d, s, e)) {
        return false;
      }
      names.add(new int[] {s, e});
      return true;
    }
    if (d.charAt(e - 1) != ')' || !name(d, s, open)) {
      return false;
    }
    int in = open + 2;
    int close = e - 1;
    if (d.startsWith("capt", in) && close == in + 4 || d.startsWith("captain", in) && close == in + 7) {
      names.add(new int[] {s, open});
      return true;
    }
    int[] club = EnglishClubs.bracketedName(d, open);
    if (club != null && club[1] == close) { // Player (Club); (Sub 45) is no club: a digit opens a word
      names.add(new int[] {s, open});
      clubs.add(club);
      return true;
    }
    int sp = d.lastIndexOf(' ', close);
    if (sp <= in || sp + 1 >= close) {
      return false;
    }
    for (int k = sp + 1; k < close; k++) {
      if (!Character.isDigit(d.charAt(k))) {
        return false;
      }
    }
    if (!name(d, in, sp)) {
      return false;
    }
    names.add(new int[] {s, open});
    names.add(new int[] {in, sp});
    return true;
  }

  /**
   * One to four words: initials (S, CA, J-P), a particle (de, van, del, dal), then a capitalised surname last (O'Driscoll,
   * Simpson-Daniel, LuaLua); one word at least holds a lower-case letter.
   */
  static boolean name(String d, int s, int e) {
    int words = 0;
    boolean surname = false;
    int k = s;
    while (k < e) {
      int w = k;
      while (w < e && d.charAt(w) != ' ') {
        w++;
      }
      if (w == k || ++words > 4) {
        return false;
      }
      surname = surname(d, k, w);
      if (!surname && !initials(d, k, w) && !particle(d, k, w)) {
        return false;
      }
      k = w + 1;
    }
    return surname;
  }

  private static boolean surname(String d, int s, int e) {
    if (e - s < 2 || !Character.isUpperCase(d.charAt(s))) {
      return false;
    }
    boolean lower = false;
    for (int k = s + 1; k < e; k++) {
      char c = d.charAt(k);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isUpperCase(c) && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return lower;
  }

  private static boolean initials(String d, int s, int e) {
    if (e - s > 3) {
      return false;
    }
    for (int k = s; k < e; k++) {
      char c = d.charAt(k);
      if (!Character.isUpperCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean particle(String d, int s, int e) {
    String w = d.substring(s, e);
    return w.equals("de") || w.equals("van") || w.equals("del") || w.equals("dal") || w.equals("da") || w.equals("di")
        || w.equals("von") || w.equals("le") || w.equals("der") || w.equals("den") || w.equals("du");
  }
}
