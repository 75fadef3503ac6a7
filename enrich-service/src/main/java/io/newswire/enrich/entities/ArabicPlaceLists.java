package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Arabic (round 24): the items of a list that a plural (or dual) noun of places governs are places of that kind
 * (محافظات: أضم، رابغ، الليث، جدة …; محافظات عدن ولحج وأبين; أحياء …): SPA and Asharq Al-Awsat copy lists a region's
 * governorates, a city's districts or a country's states by bare name, and the statistical model and the knowledge base
 * know only the large ones. The list is a place list when the head says so and at least one of its items is already a
 * place; with no colon after the head, its first item must be that place (so «محافظات يمنية كالبيضاء» is no list of
 * names). Items are one or two words of letters between commas (the last two may be joined by و, which is no part of
 * the name); the list stops at the first item that is longer or holds anything else (a digit, a quotation mark), or at
 * غيرها/بقية. Only items no other mention touches are added.
 */
final class ArabicPlaceLists {
  private ArabicPlaceLists() {}

  /** Heads whose list has at least three items. */
  private static final String[] PLURAL_HEADS = {"محافظات", "مدن", "مديريات", "أحياء", "احياء", "قرى", "ولايات", "بلدات"};
  /** Dual heads (مدينتي جدة والطائف): two items are the list. */
  private static final String[] DUAL_HEADS = {"مدينتي", "مدينتا", "محافظتي", "محافظتا", "مديريتي", "مديريتا"};
  /** Clitics a head may carry: conjunction, preposition, article. */
  private static final String[] PREFIXES = {"", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وب", "ول", "وبال", "ولل"};
  /** Words that end a list without being an item of it (وغيرها، وبقية المحافظات). */
  private static final String[] STOPS = {"غيرها", "وغيرها", "بقية", "وبقية", "باقي", "وباقي", "سائر", "وسائر"};

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids) {
    MentionAdditions out = new MentionAdditions(mentions);
    for (FieldText f : fields) {
      String d = f.display();
      if (!mayHoldHead(d)) {
        continue; // most fields name no head: a few indexOf scans instead of the prefix-by-head test of every word
      }
      for (int[] w = WordSpans.next(d, 0, WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], WORD)) {
        int i = w[0];
        int e = w[1];
        int min = head(d, i, e);
        if (min > 0) {
          List<Mention> added = min == 2 ? dual(f.index(), d, i, e, out, ids) : null;
          if (added == null) {
            added = list(f.index(), d, i, e, min, out, ids);
          }
          if (added != null) {
            added.forEach(out::add);
          }
        }
      }
    }
    between(fields, mentions, out, ids);
    return out.result();
  }

  /** The most one-word items {@link #between} takes between two places. */
  private static final int MAX_BETWEEN = 3;

  /**
   * Round 57: one-word items of a list between two places already found are places too (سويسرا والمجر ولاتفيا، عمران
   * وصعدة وذمار، ألمانيا، وتشيكيا، وآيرلندا): a list with no head word, whose inner items the model and the knowledge
   * base missed. Each item is joined by و (a comma before it or not); the run ends at the first word that is no such
   * item (two words, one another mention touches, a digit or a mark after it) unless that word opens the closing place.
   */
  private static void between(List<FieldText> fields, List<Mention> found, MentionAdditions out, RuleNameIds ids) {
    int[] starts = new int[MAX_BETWEEN];
    int[] ends = new int[MAX_BETWEEN];
    for (Mention m : found) {
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int n = d.length();
      int count = 0;
      int p = m.end();
      while (true) {
        int q = p;
        while (q < n && d.charAt(q) == ' ') {
          q++;
        }
        boolean comma = q < n && (d.charAt(q) == '،' || d.charAt(q) == ',');
        if (comma) {
          q++;
          while (q < n && d.charAt(q) == ' ') {
            q++;
          }
        } else if (q == p) {
          break; // a glued word or a mark: no list goes on
        }
        if (q >= n || !isWordChar(d.charAt(q))) {
          break;
        }
        int e = wordEnd(d, q);
        // the closing place may start after a و that afterConjunction keeps (ومونتانا وايداهو: و + ايداهو)
        Mention next = out.overlapping(m.field(), q, e);
        if (next != null) {
          if (count > 0 && d.charAt(q) == 'و' && next.start() <= q + 1 && next.type() == EntityType.PLACE && !next.role()) {
            for (int k = 0; k < count; k++) {
              out.add(place(m.field(), starts[k], ends[k], d.substring(starts[k], ends[k]), ids, null));
            }
          }
          break;
        }
        int s = afterConjunction(d, q, e);
        if (s == q) {
          break; // no و: a comma alone also ends a clause (حول سوريا، أعلنت واشنطن)
        }
        boolean ends1 = e >= n || " ،,".indexOf(d.charAt(e)) >= 0;
        if (!ends1 || e - s < 2 || isStop(d, q, e) || count == MAX_BETWEEN) {
          break;
        }
        starts[count] = s;
        ends[count++] = e;
        p = e;
      }
    }
  }

  /** Whether a head occurs in {@code d} at all, inside a word or not ({@link #head} decides which words are heads). */
  private static boolean mayHoldHead(String d) {
    for (String h : PLURAL_HEADS) {
      if (d.indexOf(h) >= 0) {
        return true;
      }
    }
    for (String h : DUAL_HEADS) {
      if (d.indexOf(h) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 3 for a plural head word in [s, e), 2 for a dual, 0 for any other word. */
  static int head(String d, int s, int e) {
    int p = headClitics(d, s, e, PREFIXES, PLURAL_HEADS);
    if (p >= 0) {
      // الولايات المتحدة is the country, not a list of states
      boolean states = p >= 2 && d.startsWith("ال", s + p - 2) && d.startsWith("ولايات", s + p);
      return states && d.startsWith(" المتحدة", e) ? 0 : 3;
    }
    return headClitics(d, s, e, PREFIXES, DUAL_HEADS) >= 0 ? 2 : 0;
  }

  /**
   * Whether the word [s, e) is one of {@code heads} after one of {@code clitics} (the empty one included): the length
   * of the first such clitic, or -1 (also {@link HeadedPlaces}' test). No word is a plural and a dual head at once:
   * their endings differ.
   */
  static int headClitics(String d, int s, int e, String[] clitics, String[] heads) {
    for (String p : clitics) {
      if (!d.startsWith(p, s)) {
        continue;
      }
      int len = e - s - p.length();
      for (String h : heads) {
        if (h.length() == len && d.startsWith(h, s + p.length())) {
          return p.length();
        }
      }
    }
    return -1;
  }

  /** The places a list after the head [hs, he) adds, or null when it is no place list. */
  private static List<Mention> list(int field, String d, int hs, int he, int min, MentionAdditions mentions, RuleNameIds ids) {
    int n = d.length();
    int p = he;
    while (p < n && d.charAt(p) == ' ') {
      p++;
    }
    boolean colon = p < n && d.charAt(p) == ':';
    if (colon) {
      p++;
      while (p < n && d.charAt(p) == ' ') {
        p++;
      }
    }
    int[] starts = new int[32];
    int[] ends = new int[32];
    int count = 0;
    while (p < n && count < starts.length - 1) {
      // an item: one or two words of letters, then a comma, a sentence end or the field's end
      int w1 = p;
      if (!isWordChar(d.charAt(w1))) {
        break;
      }
      int e1 = wordEnd(d, w1);
      if (isStop(d, w1, e1)) {
        break;
      }
      int w2 = -1;
      int e2 = -1;
      int q = e1;
      if (q + 1 < n && d.charAt(q) == ' ' && isWordChar(d.charAt(q + 1))) {
        w2 = q + 1;
        e2 = wordEnd(d, w2);
        q = e2;
      }
      while (q < n && d.charAt(q) == ' ') {
        q++; // أضم ، رابغ: a space before the comma
      }
      boolean comma = q < n && (d.charAt(q) == '،' || d.charAt(q) == ',');
      boolean closes = q >= n || d.charAt(q) == '.' || d.charAt(q) == '\n' || d.charAt(q) == '؛';
      if (!comma && !closes) {
        break; // a third word, a digit or a mark: the list has ended
      }
      int s1 = afterConjunction(d, w1, e1);
      if (w2 >= 0 && !comma && afterConjunction(d, w2, e2) > w2) {
        // جدة والطائف: two items joined by و
        if (isStop(d, w2, e2)) {
          starts[count] = s1;
          ends[count++] = e1;
          break;
        }
        starts[count] = s1;
        ends[count++] = e1;
        starts[count] = afterConjunction(d, w2, e2);
        ends[count++] = e2;
      } else {
        starts[count] = s1;
        ends[count++] = w2 >= 0 ? e2 : e1;
      }
      if (!comma) {
        break;
      }
      p = q + 1;
      while (p < n && d.charAt(p) == ' ') {
        p++;
      }
    }
    if (count < min) {
      return null;
    }
    boolean anchored = false;
    for (int k = 0; k < count; k++) {
      Mention m = mentions.overlapping(field, starts[k], ends[k]);
      if (m != null && m.type() == EntityType.PLACE && !m.role()) {
        anchored = true;
      } else if (k == 0 && !colon) {
        return null; // «محافظات يمنية كالبيضاء»: without a colon the head's first word must be a known place
      }
    }
    if (!anchored) {
      return null;
    }
    KbEntity[] known = new KbEntity[count];
    for (int k = 0; k < count; k++) {
      known[k] = ids.known(EntityType.PLACE, d.substring(starts[k], ends[k]), "ar");
    }
    List<Mention> added = null;
    for (int k = 0; k < count; k++) {
      if (mentions.overlapping(field, starts[k], ends[k]) != null) {
        continue;
      }
      String text = d.substring(starts[k], ends[k]);
      if (added == null) {
        added = new ArrayList<>();
      }
      added.add(place(field, starts[k], ends[k], text, known[k], others(known, k)));
    }
    return added;
  }

  /**
   * A dual head names exactly two places joined by و, whatever follows them (محافظتي رماح وضرما والمراكز المجاورة،
   * محافظتي لحج وأبين بدوافع): the first is one or two words up to the word that opens with و, the second one word, or
   * two before a comma or a sentence end. After مدينتي ("my city" too) one of the two must already be a place; after the
   * administrative duals (محافظتي، مديريتي) the head itself says they are places. Null when the words are no such pair.
   */
  private static List<Mention> dual(int field, String d, int hs, int he, MentionAdditions mentions, RuleNameIds ids) {
    int n = d.length();
    int w1 = he + 1;
    if (w1 >= n || d.charAt(he) != ' ' || !isWordChar(d.charAt(w1))) {
      return null;
    }
    int e1 = wordEnd(d, w1);
    int c = e1 + 1;
    if (c < n && d.charAt(e1) == ' ' && isWordChar(d.charAt(c)) && afterConjunction(d, c, wordEnd(d, c)) == c) {
      e1 = wordEnd(d, c); // مكة المكرمة والمدينة: a two-word first place
      c = e1 + 1;
    }
    if (c >= n || d.charAt(e1) != ' ' || !isWordChar(d.charAt(c))) {
      return null;
    }
    int ce = wordEnd(d, c);
    int s2 = afterConjunction(d, c, ce);
    if (s2 == c || isStop(d, c, ce)) {
      return null; // no و: the words after the head are no pair of names
    }
    int e2 = ce;
    int w3 = ce + 1;
    if (w3 < n && d.charAt(ce) == ' ' && isWordChar(d.charAt(w3))) {
      int e3 = wordEnd(d, w3);
      int q = e3;
      while (q < n && d.charAt(q) == ' ') {
        q++;
      }
      if (afterConjunction(d, w3, e3) == w3 && (q >= n || "،,.؛\n".indexOf(d.charAt(q)) >= 0)) {
        e2 = e3; // القطيف ورأس تنورة،: a two-word second place
      }
    }
    Mention m1 = mentions.overlapping(field, w1, e1);
    Mention m2 = mentions.overlapping(field, s2, e2);
    boolean known = m1 != null && m1.type() == EntityType.PLACE && !m1.role()
        || m2 != null && m2.type() == EntityType.PLACE && !m2.role();
    if (!known && d.startsWith("مدين", hs + headClitics(d, hs, he, PREFIXES, DUAL_HEADS))) {
      return null;
    }
    int[][] items = {{w1, e1}, {s2, e2}};
    KbEntity[] kb = {ids.known(EntityType.PLACE, d.substring(w1, e1), "ar"), ids.known(EntityType.PLACE, d.substring(s2, e2), "ar")};
    List<Mention> added = null;
    for (int k = 0; k < items.length; k++) {
      int[] it = items[k];
      if (it[1] - it[0] < 2 || mentions.overlapping(field, it[0], it[1]) != null) {
        continue;
      }
      String text = d.substring(it[0], it[1]);
      if (added == null) {
        added = new ArrayList<>();
      }
      added.add(place(field, it[0], it[1], text, kb[k], others(kb, k)));
    }
    return added == null ? List.of() : added;
  }

  private static boolean isStop(String d, int s, int e) {
    for (String w : STOPS) {
      if (w.length() == e - s && d.startsWith(w, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name in [s, e) starts: after a conjunction و, unless و + alef opens the name itself (واشنطن، وايومنغ);
   * و + ال is the conjunction before the article (والطائف).
   */
  static int afterConjunction(String d, int s, int e) {
    if (e - s < 4 || d.charAt(s) != 'و') {
      return s;
    }
    if (d.charAt(s + 1) == 'ا' && d.charAt(s + 2) != 'ل') {
      return s;
    }
    return s + 1;
  }

  /** A letter or a haraka: the chars of an Arabic word as the place rules read it (HeadedPlaces too). */
  static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** {@link #isWordChar} as a predicate, for walking a field's words with {@link WordSpans#next}. */
  static final IntPredicate WORD = c -> isWordChar((char) c);

  static int wordEnd(String d, int s) {
    int e = s;
    while (e < d.length() && isWordChar(d.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * A place the KB lacks that an Arabic rule names, written {@code text}: its romanized name, and the id that name gets
   * where the recognizer finds the place ({@link CrossScriptId#orNameKey}: لحج is place:name:lahij in both; round 55,
   * the name's sound key gave it a second id, and يريم the id of رماح).
   */
  static Mention place(int field, int start, int end, String text) {
    String name = CrossScriptName.romanize(text, "ar", true);
    return new Mention(field, start, end, CrossScriptId.orNameKey(EntityType.PLACE, name), EntityType.PLACE, name, false);
  }

  /**
   * Round 56: {@link #place}, or the knowledge base's place when the whole text is its alias: a list or a mayor's title
   * names places the matcher left (الجموم in a list of Makkah's towns, رئيس بلدية نيويورك), and a romanized name gave
   * the KB's place a second id (Nayouyourak beside New York City). In a list ({@code countries} not null: the other
   * items' countries) only a place of one of them: Yemen's البيضاء beside أبين is no Libyan town.
   */
  static Mention place(int field, int start, int end, String text, RuleNameIds ids, Set<String> countries) {
    return place(field, start, end, text, ids.known(EntityType.PLACE, text, "ar"), countries);
  }

  /** {@link #place(int, int, int, String, RuleNameIds, Set)} with the KB's place for {@code text} already looked up (or null). */
  private static Mention place(int field, int start, int end, String text, KbEntity known, Set<String> countries) {
    return known != null && (countries == null || countries.contains(known.attr("iso2")))
        ? new Mention(field, start, end, known.id(), EntityType.PLACE, known.name(), false)
        : place(field, start, end, text);
  }

  /** The countries (ISO codes) of the KB places of the list's items other than item {@code k}. */
  private static Set<String> others(KbEntity[] known, int k) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < known.length; i++) {
      if (i != k && known[i] != null && known[i].attr("iso2") != null) {
        out.add(known[i].attr("iso2"));
      }
    }
    return out;
  }
}
