package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.ClubShortNames;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian: a club named by one or two words and its city (تیم راه ساری، تیم فوتبال گسترش فولاد تبریز، تیم کشتی
 * فرنگی جراحی پاستور اندیمشک) is one organisation, city included, where a team's head (تیم، تیم‌های، باشگاه)
 * and maybe its sport stand before the words; the same words and city elsewhere in the dispatch, with no
 * head (بازیکن راه ساری، گسترش فولاد تبریز در …), are that club too. A team named by its city alone (تیم
 * کشتی فرنگی اندیمشک) or a national team (تیم ملی) is no club; words that are another name are left alone.
 */
final class PersianClubs {
  private static final Set<String> HEADS = MatchingForm.keys("تیم", "تیم‌های", "باشگاه");
  /** Sports and their styles and age groups, between the head and the club's words. */
  static final Set<String> SPORTS = MatchingForm.keys("فوتبال", "فوتسال", "والیبال", "بسکتبال", "هندبال", "کشتی",
      "فرنگی", "آزاد", "ساحلی", "بانوان", "زنان", "مردان", "جوانان", "نوجوانان", "امید", "بزرگسالان", "پینگ‌پنگ", "تنیس", "شنا",
      "وزنه‌برداری", "دوومیدانی", "ژیمناستیک", "تکواندو", "کاراته", "جودو", "بوکس", "هاکی", "واترپلو", "دوچرخه‌سواری");
  /** Words that are no club's name (function words, national and provincial teams). */
  static final Set<String> NOT_NAMES = MatchingForm.keys("ملی", "منتخب", "استان", "شهر", "شهرستان", "کشور", "و", "در",
      "به", "از", "با", "برای", "که", "این", "آن", "یک", "دو", "سه", "میزبان", "مهمان", "حریف", "مقابل", "برابر", "زیر", "سال",
      "های", "ها", "لیگ", "دسته", "برتر", "برتری", "اول", "دوم", "سوم", "قهرمان", "حاضر", "خود", "دیگر", "اصلی", "جدید", "هایی", "مثل", "مانند", "چون", "همچون");

  private PersianClubs() {}

  private static final String CLUB_HEAD = MatchingForm.key("باشگاه");
  /** Words after باشگاه that make it another kind of club (a news or journalists' club), whose head is its name. */
  private static final Set<String> NOT_SPORT_CLUB = MatchingForm.keys("خبری", "خبرنگاران", "کارآفرینان", "مدیران", "دانش‌پژوهان",
      "پژوهشگران", "نویسندگان");
  /** Descriptors of a club between its head and its name (باشگاه فرهنگی ورزشی X). */
  private static final Set<String> CLUB_KINDS = MatchingForm.keys("فرهنگی", "ورزشی");

  /**
   * A sports club is named without its head word (house style, as تیم فوتبال X): an organisation the
   * recognizer found by the head باشگاه (باشگاه ماشین‌سازی تبریز، باشگاه فوتبال ناپولی) starts after the head
   * and any sport or kind word. A news or journalists' club (باشگاه خبری X) keeps it; a head with nothing
   * after it, or after a superlative (بدهکارترین باشگاه فوتبال X: a common noun), is left alone.
   */
  static List<Mention> withoutHead(List<FieldText> fields, List<Mention> names) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = wordEnd(d, m.start(), m.end());
      if (e >= m.end() || !CLUB_HEAD.equals(MatchingForm.key(d.substring(m.start(), e))) || afterSuperlative(d, m.start())) {
        continue;
      }
      int s = e;
      String next = null;
      while (true) {
        while (s < m.end() && d.charAt(s) == ' ') {
          s++;
        }
        int w = wordEnd(d, s, m.end());
        if (w == s) {
          next = null;
          break;
        }
        next = MatchingForm.key(d.substring(s, w));
        if (!SPORTS.contains(next) && !CLUB_KINDS.contains(next)) {
          break;
        }
        s = w;
      }
      if (next == null || NOT_SPORT_CLUB.contains(next)) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), s, m.end()));
    }
    return edits.result();
  }

  private static final String SUPERLATIVE = MatchingForm.key("ترین");

  /** بزرگ‌ترین باشگاه فوتبال X: after a superlative the head is a common noun, what follows no club's name. */
  private static boolean afterSuperlative(String d, int start) {
    int[] w = WordSpans.runBefore(d, start, WordSpans.SPACE, WordSpans.WORD);
    return w[1] > w[0] && MatchingForm.key(d.substring(w[0], w[1])).endsWith(SUPERLATIVE);
  }

  private static int wordEnd(String d, int start, int limit) {
    int e = start;
    while (e < limit && (Character.isLetter(d.charAt(e)) || d.charAt(e) == '\u200c' || Character.getType(d.charAt(e)) == Character.NON_SPACING_MARK)) {
      e++;
    }
    return e;
  }

  /**
   * @param kb the knowledge base's entity of an id, or null: a club's city lies within a country (a country's team is national)
   * @param known the clubs the KB names with their head (باشگاه تراکتور): such a club's words take its id and name
   */
  static List<Mention> mark(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb, ClubShortNames known) {
    Map<String, String> clubs = null; // matching form of the club's words and city -> display name
    Map<String, String> bare = null; // a two-word club's words without its city (ماهان تندیس of ماهان تندیس قم)
    for (Mention m : names) {
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      KbEntity place = kb.apply(m.entityId());
      if (place == null || place.attr("within") == null) {
        continue; // a country (تیم واترپلوی ایران، الغرافه قطر) or a place the KB does not know
      }
      String d = fields.get(m.field()).display();
      int[] before = new int[6]; // start and end of the three words before the place, nearest first
      int n = 0;
      int p = m.start();
      while (n < 3) {
        int[] w = WordSpans.before(d, p);
        if (w == null) {
          break; // punctuation or the field's start before the place
        }
        before[2 * n] = w[0];
        before[2 * n + 1] = w[1];
        n++;
        p = w[0];
      }
      if (n < 2) {
        continue; // no head before one word or none
      }
      String[] keys = new String[n]; // the words' matching forms, nearest first
      for (int j = 0; j < n; j++) {
        keys[j] = MatchingForm.key(d.substring(before[2 * j], before[2 * j + 1]));
      }
      for (int k = 1; k <= 2 && k < n; k++) {
        int start = before[2 * (k - 1)];
        boolean named = true;
        for (int j = 0; j < k; j++) {
          String w = keys[j];
          if (NOT_NAMES.contains(w) || SPORTS.contains(w) || HEADS.contains(w)
              || Mention.overlapping(names, m.field(), before[2 * j], before[2 * j + 1]) != null) {
            named = false;
          }
        }
        if (!named) {
          break;
        }
        int j = k;
        while (j < n && SPORTS.contains(keys[j])) {
          j++;
        }
        if (j < n && HEADS.contains(keys[j])) {
          if (clubs == null) {
            clubs = new LinkedHashMap<>();
          }
          String club = d.substring(start, m.end());
          clubs.putIfAbsent(MatchingForm.key(club), club);
          if (k == 2) {
            if (bare == null) {
              bare = new LinkedHashMap<>();
            }
            String words = d.substring(start, before[1]);
            bare.putIfAbsent(MatchingForm.key(words), words);
          }
          break;
        }
      }
    }
    Map<String, String> teams = sportTeams(fields, names, kb);
    if (!teams.isEmpty()) {
      if (clubs == null) {
        clubs = new LinkedHashMap<>();
      }
      for (Map.Entry<String, String> t : teams.entrySet()) {
        clubs.putIfAbsent(t.getKey(), t.getValue());
      }
    }
    Map<String, String> cued = cuedClubs(fields, names);
    if (!cued.isEmpty()) {
      if (clubs == null) {
        clubs = new LinkedHashMap<>();
      }
      for (Map.Entry<String, String> t : cued.entrySet()) {
        clubs.putIfAbsent(t.getKey(), t.getValue());
      }
    }
    Map<String, String> table = tableTeams(fields);
    if (!table.isEmpty()) {
      if (clubs == null) {
        clubs = new LinkedHashMap<>();
      }
      Set<String> countries = new java.util.HashSet<>();
      for (Mention m : names) {
        KbEntity e = m.type() == EntityType.PLACE && m.entityId() != null ? kb.apply(m.entityId()) : null;
        if (e != null && e.attr("within") == null) {
          countries.add(MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end())));
        }
      }
      for (Map.Entry<String, String> t : table.entrySet()) {
        if (!countries.contains(t.getKey())) {
          clubs.putIfAbsent(t.getKey(), t.getValue()); // a country's line (ایران 2 - عراق 1) is its national team: the place
        }
      }
    }
    if (clubs == null) {
      return names;
    }
    Map<String, String> wholes = new LinkedHashMap<>();
    for (String key : clubs.keySet()) {
      wholes.put(key, withTown(clubs, key));
    }
    List<Mention> out = new ArrayList<>(names);
    for (Map.Entry<String, String> club : clubs.entrySet()) {
      String key = club.getKey();
      String whole = wholes.get(key);
      // named and identified as ArabicClubs does: the romanized name, and the id English or Arabic copy gives it
      KbEntity listed = known.club(whole); // تیم تراکتور: the KB's Tractor S.C., one id with Arabic and English copy
      String name = listed != null ? listed.name() : CrossScriptName.romanize(clubs.get(shortest(wholes, whole)), "fa");
      String id = listed != null ? listed.id() : CrossScriptId.orSlug(EntityType.ORGANIZATION, name, "fa", whole);
      markAll(fields, out, key, id, name);
    }
    if (bare != null) {
      // تیم ماهان تندیس قم … میزبان تیم ماهان تندیس است: a two-word club named once with its city is the same club
      // where the dispatch repeats its two words alone (one word alone, راه of راه ساری, is too often a common noun)
      for (String key : bare.keySet()) {
        if (clubs.containsKey(key)) {
          continue; // already a club in its own right (a results row's form)
        }
        String whole = withTown(clubs, key);
        KbEntity listed = known.club(whole);
        String name = listed != null ? listed.name() : CrossScriptName.romanize(clubs.get(shortest(wholes, whole)), "fa");
        String id = listed != null ? listed.id() : CrossScriptId.orSlug(EntityType.ORGANIZATION, name, "fa", whole);
        markAll(fields, out, key, id, name);
      }
    }
    return out;
  }

  /** Marks every free occurrence of a club's {@code key} (matching form) in the dispatch as that club. */
  private static void markAll(List<FieldText> fields, List<Mention> out, String key, String id, String name) {
    for (FieldText f : fields) {
      String form = f.form().text();
      for (int at = form.indexOf(key); at >= 0; at = form.indexOf(key, at + 1)) {
        int end = at + key.length();
        if ((at > 0 && Character.isLetter(form.charAt(at - 1))) || (end < form.length() && Character.isLetter(form.charAt(end)))) {
          continue;
        }
        int ds = f.form().displayIndex(at);
        int de = f.form().displayEnd(end);
        boolean free = true;
        for (Mention o : out) {
          if (o.field() == f.index() && o.start() < de && ds < o.end() && (o.start() < ds || o.end() > de)) {
            free = false; // a longer name around it
          }
        }
        if (!free) {
          continue;
        }
        out.removeIf(o -> o.field() == f.index() && o.start() >= ds && o.end() <= de);
        out.add(new Mention(f.index(), ds, de, id, EntityType.ORGANIZATION, name, false));
      }
    }
  }

  /**
   * The club's words with its town where the dispatch also names it so (a results row's فولاد نوین is the
   * standings' فولاد نوین سپاهان اصفهان): one club, not two. The key itself when no longer form is there.
   */
  private static String withTown(Map<String, String> clubs, String key) {
    String best = key;
    for (String other : clubs.keySet()) {
      if (other.length() > best.length() && other.startsWith(key + " ") && other.split(" ").length - key.split(" ").length <= 2) {
        best = other;
      }
    }
    return best;
  }

  /**
   * The club's shortest form in the dispatch (its name without the town the longer form adds): the shortest key
   * whose {@link #withTown} form ({@code wholes}, key -> form) is {@code whole}.
   */
  private static String shortest(Map<String, String> wholes, String whole) {
    String best = whole;
    for (Map.Entry<String, String> other : wholes.entrySet()) {
      if (other.getKey().length() < best.length() && other.getValue().equals(whole)) {
        best = other.getKey();
      }
    }
    return best;
  }

  /** Words after which a club's one-word name has plainly ended (تیم فوتبال باستیا در ورزشگاه). */
  private static final Set<String> AFTER_CLUB = MatchingForm.keys("در", "و", "به", "از", "با", "را", "که", "برابر", "مقابل",
      "نیز", "هم", "امروز", "امشب", "توانست", "موفق");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\u200c]+");

  /**
   * A club named by one word after a team's head and its sport (تیم فوتبال باستیا در ...، تیم‌های فوتبال الشباب امارات):
   * a foreign club the knowledge base lacks and that has no town of its own, when the word plainly ends there
   * (punctuation, a function word or a country after it). The sport word is required: تیم X alone is too often a
   * common noun phrase. Matching form of the word -> its display.
   */
  private static Map<String, String> sportTeams(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldText f : fields) {
      String d = f.display();
      if (!mayHold(f, HEAD_STEMS)) {
        continue;
      }
      List<int[]> words = new ArrayList<>();
      for (Matcher m = WORD.matcher(d); m.find(); ) {
        words.add(new int[] {m.start(), m.end()});
      }
      for (int k = 0; k + 2 < words.size(); k++) {
        if (!HEADS.contains(key(d, words.get(k)))) {
          continue;
        }
        int j = k + 1;
        while (j < words.size() && SPORTS.contains(key(d, words.get(j)))) {
          j++;
        }
        if (j == k + 1 || j >= words.size()) {
          continue;
        }
        int[] w = words.get(j);
        String name = key(d, w);
        if (name.length() < 3 || NOT_NAMES.contains(name) || HEADS.contains(name) || name.endsWith(OUR)
            || Mention.overlapping(names, f.index(), w[0], w[1]) != null) {
          continue;
        }
        boolean ends = j + 1 == words.size() || !d.substring(w[1], words.get(j + 1)[0]).isBlank();
        if (!ends) {
          int[] next = words.get(j + 1);
          Mention after = Mention.overlapping(names, f.index(), next[0], next[1]);
          KbEntity place = after != null && after.type() == EntityType.PLACE && after.entityId() != null ? kb.apply(after.entityId()) : null;
          ends = AFTER_CLUB.contains(key(d, next)) || (place != null && place.attr("within") == null); // الشباب امارات
        }
        if (ends) {
          out.putIfAbsent(name, d.substring(w[0], w[1]));
        }
      }
    }
    return out;
  }

  /**
   * Words after which sport copy names a club with no team's head: its rival or opponent (رقیب، حریف، مقابل، برابر)
   * and its head coach (سرمربی). هواداران and مصاف are left out: a verb follows them as often as a club.
   */
  private static final Set<String> CLUB_CUES = MatchingForm.keys("رقیب", "حریف", "مقابل", "برابر", "سرمربی");
  private static final List<String> CUE_STEMS = List.copyOf(CLUB_CUES);
  /**
   * Words before a cue that make it no match's: در برابر، از مقابل (in the face of, from in front of), تیم حریف (the
   * rival team: the cue is an adjective), دو برابر (twice).
   */
  private static final Set<String> NOT_CUE_AFTER = MatchingForm.keys("در", "از", "تیم", "دو", "سه", "چند", "چهار", "پنج", "ده");
  /** Words of a sports page: a dispatch with none is no sport copy and its مقابل or برابر is not a match's. */
  private static final Set<String> SPORT_PAGE = MatchingForm.keys("فوتبال", "فوتسال", "والیبال", "بسکتبال", "هندبال", "لیگ",
      "باشگاه", "باشگاه‌های", "سرمربی", "گل", "بازی", "مسابقه", "قهرمانان");
  /** Common nouns of sport copy that follow those cues and are no club (مقابل دروازه، برابر حریفان). */
  private static final Set<String> NOT_CLUBS = MatchingForm.keys("دروازه", "حریفان", "رقبا", "رقیبان", "تماشاگران", "هواداران",
      "داور", "چشمان", "دیدگان", "بازیکنان", "همین", "همان", "چنین", "او", "وی", "ما", "شما", "آنها", "ایشان", "سابق", "فعلی",
      "موقت", "جدیدش", "خودش", "تیمش", "دیروز", "امروز", "فردا", "قبلی", "بعدی", "سرسخت", "قدرتمند", "بزرگ", "مستقیم", "جوان", "ایرانی", "خارجی", "پیشین", "اسبق", "تازه", "ورزش");

  /**
   * Clubs named by one word with no head in sport copy (النصر رقیب تراکتور در ...، به مصاف استقلال و تراکتور): the word
   * right after a rival's or staff word, when the word plainly ends there (punctuation, و or a function word after it)
   * and is no other name. Matching form of the word -> its display.
   */
  private static Map<String, String> cuedClubs(List<FieldText> fields, List<Mention> names) {
    List<String[]> found = null; // key, display
    for (FieldText f : fields) {
      if (!mayHold(f, CUE_STEMS)) {
        continue; // no cue word in the field: spares most fields the word scan and a key per word
      }
      String d = f.display();
      int n = d.length();
      int prevKeyCue = 0; // 1 when the word before was a cue
      String prev = "";
      for (int[] w = WordSpans.next(d, 0, WordSpans.WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], WordSpans.WORD)) {
        int s = w[0];
        int i = w[1];
        String k = MatchingForm.key(d.substring(s, i));
        if (prevKeyCue == 1 && k.length() >= 3 && !NOT_NAMES.contains(k) && !NOT_CLUBS.contains(k) && !SPORTS.contains(k)
            && !HEADS.contains(k) && !CLUB_CUES.contains(k) && !k.endsWith(OUR)
            && !verb(d, s) && Mention.overlapping(names, f.index(), s, i) == null && endsHere(d, i)) {
          if (found == null) {
            found = new ArrayList<>();
          }
          found.add(new String[] {k, d.substring(s, i)});
        }
        prevKeyCue = CLUB_CUES.contains(k) && (i >= n || d.charAt(i) == ' ') && !NOT_CUE_AFTER.contains(prev) ? 1 : 0;
        prev = k;
      }
    }
    if (found == null || !sportPage(fields)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] w : found) {
      out.putIfAbsent(w[0], w[1]);
    }
    return out;
  }

  /** Whether any word of the dispatch is a word of a sports page ({@link #SPORT_PAGE}). */
  private static boolean sportPage(List<FieldText> fields) {
    for (FieldText f : fields) {
      String d = f.display();
      for (int[] w = WordSpans.next(d, 0, WordSpans.WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], WordSpans.WORD)) {
        if (SPORT_PAGE.contains(MatchingForm.key(d.substring(w[0], w[1])))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A present or past continuous verb (می‌کند، نمی‌شود): its prefix and the joiner after it. */
  private static boolean verb(String d, int s) {
    int p = s;
    if (p < d.length() && d.charAt(p) == 'ن') {
      p++;
    }
    return p + 2 < d.length() && d.charAt(p) == 'م' && (d.charAt(p + 1) == 'ی' || d.charAt(p + 1) == 'ي') && d.charAt(p + 2) == '\u200c';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '\u200c';
  }

  /** True when a one-word name plainly ends at {@code e}: the field's end, punctuation or a function word after it. */
  private static boolean endsHere(String d, int e) {
    if (e >= d.length() || d.charAt(e) != ' ') {
      return e >= d.length() || !isWordChar(d.charAt(e));
    }
    int s = e + 1;
    int x = s;
    while (x < d.length() && isWordChar(d.charAt(x))) {
      x++;
    }
    return x > s && AFTER_CLUB.contains(MatchingForm.key(d.substring(s, x)));
  }

  private static final String OUR = MatchingForm.key("مان"); // کشورمان: "our country"
  /** Every key of {@link #HEADS} holds one of these: the matching form of a word is a run of its field's. */
  private static final List<String> HEAD_STEMS = List.of(MatchingForm.key("تیم"), MatchingForm.key("باشگاه"));

  /**
   * False when no word of the field can hold one of these keys (a team's head, a club cue): the field's matching
   * form (folded char by char, like each word's key) holds none of them. Most fields name no team, and this spares
   * them the word scan and a key per word.
   */
  static boolean mayHold(FieldText f, List<String> stems) {
    if (!f.form().display().equals(f.display())) {
      return true;
    }
    String form = f.form().text();
    for (String stem : stems) {
      if (form.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String d, int[] w) {
    return MatchingForm.key(d.substring(w[0], w[1]));
  }

  private static final Set<String> POINTS = MatchingForm.keys("امتیاز");

  /** A team's words in a table row: one to four words. */
  private static final String TEAM = "([\\p{L}\u200c]+(?: [\\p{L}\u200c]+){0,3})";
  /**
   * A result row, "A 31 - B 32": two teams and their scores, at a line's start, after a colon or right after
   * the row before (plain-text copy runs the table's lines into one paragraph).
   */
  private static final Pattern RESULT = Pattern.compile("(?<=^|[:\\d] {1,3}|:)" + TEAM + " +\\d+ *[-–] *" + TEAM + " +\\d+(?!\\S)",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A standings row, "3- A 29 امتیاز": rank, team, points. */
  private static final String POINTS_WORD = "امتیاز";
  private static final String POINTS_WORD_ARABIC_YEH = "امتياز";
  private static final Pattern STANDING = Pattern.compile("(?<!\\S)\\d+ *[-–.)] *" + TEAM + " +\\d+ +(" + POINTS_WORD + "|"
      + POINTS_WORD_ARABIC_YEH + ")(?!\\S)", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The teams of a results table or standings list (two rows or more in a dispatch): each row names its
   * teams whole, sponsor and town included, so they are clubs though no team's head stands before them.
   * Matching form of each team -> its display text.
   */
  static Map<String, String> tableTeams(List<FieldText> fields) {
    Map<String, String> teams = new LinkedHashMap<>();
    int rows = 0;
    for (FieldText f : fields) {
      String d = f.display();
      // each pattern needs a literal char or word of its own: most fields hold neither and skip the regex
      if (d.indexOf('-') >= 0 || d.indexOf('–') >= 0) {
        Matcher r = RESULT.matcher(d);
        while (r.find()) {
          rows++;
          addTeam(teams, r.group(1));
          addTeam(teams, r.group(2));
        }
      }
      if (d.contains(POINTS_WORD) || d.contains(POINTS_WORD_ARABIC_YEH)) {
        Matcher st = STANDING.matcher(d);
        while (st.find()) {
          rows++;
          addTeam(teams, st.group(1));
        }
      }
    }
    return rows >= 2 ? teams : Map.of();
  }

  private static void addTeam(Map<String, String> teams, String team) {
    String t = team.strip();
    String key = MatchingForm.key(t);
    // "… 38 امتیاز 2- B 35 امتیاز" reads as a result row too: the points word is no team
    if (!NOT_NAMES.contains(key) && !HEADS.contains(key) && !POINTS.contains(key)) {
      teams.putIfAbsent(key, t);
    }
  }
}
