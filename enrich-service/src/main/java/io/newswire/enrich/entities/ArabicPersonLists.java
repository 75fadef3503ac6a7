package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 38b): the persons of a comma list (ممثلين مثل X Y، Z W، وU V; a squad's players; a evening's poets)
 * are persons when two of its items already are: columns and SPA copy list actors, writers and players by bare name,
 * and the model takes only the names it knows. The person analogue of {@link ArabicPlaceLists}, with no head word, so
 * the items themselves must look like personal names: two words of Arabic letters (three when one is a chain word:
 * عبد، بن، آل، أبو), the first word without the article (a given name), no later word opening with و (a second clause),
 * and none a function word, nationality or describing word. A run of such items between commas (a و before an item
 * allowed) is the list; an item of any other shape ends it. Only items no mention touches are added.
 */
final class ArabicPersonLists {
  private ArabicPersonLists() {}

  /** Chain words that make a three-word personal name (محمد عبد الشافي، محمد آل فتيل). */
  private static final Set<String> CHAIN = MatchingForm.keys("عبد", "بن", "ابن", "بنت", "آل", "أبو", "أبي");
  /** Persons already in a run of name-shaped items before the others are taken as persons. */
  private static final int ANCHORS = 2;

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    // a run needs two persons the earlier steps found in its field (the ones added here lie in other runs), so a
    // field with fewer is skipped before its words are read
    int[] persons = new int[fields.size()];
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && !m.role()) {
        persons[m.field()]++;
      }
    }
    List<Mention> out = null;
    for (FieldText f : fields) {
      String d = f.display();
      if (persons[f.index()] < ANCHORS || d.indexOf('،') < 0 && d.indexOf(" و") < 0) {
        continue;
      }
      List<int[]> run = new ArrayList<>();
      int n = d.length();
      int s = 0;
      while (s <= n) {
        int e = s;
        while (e < n && !isBreak(d.charAt(e))) {
          e++;
        }
        int[] item = nameItem(d, s, e);
        boolean commaAfter = e < n && d.charAt(e) == '،';
        boolean commaBefore = s > 0 && d.charAt(s - 1) == '،';
        List<int[]> joined = item == null ? joinedItems(f.index(), d, s, e, mentions) : null;
        if (item != null && (commaAfter || commaBefore)) {
          run.add(item);
        } else if (joined != null) {
          run.addAll(joined);
        } else {
          out = close(f.index(), d, run, mentions, out);
          run.clear();
          if (item == null) {
            for (List<int[]> part : joinedRuns(f.index(), d, s, e, mentions)) {
              out = close(f.index(), d, part, mentions, out);
            }
          }
          // round 39: the list's first person often shares its item with the words that introduce the list
          // (لشاعر شباب عكاظ حسن طواشي، وحيدر العبدالله، …): a known person ending the item opens the run
          int[] lead = commaAfter ? leadPerson(f.index(), d, s, e, mentions) : null;
          if (lead != null) {
            run.add(lead);
          }
        }
        if (!commaAfter) {
          out = close(f.index(), d, run, mentions, out);
          run.clear();
        }
        s = e + 1;
      }
    }
    return cued(fields, out == null ? mentions : out);
  }

  /** Words that say a list of persons follows (وبينهم، من بينهم، ومنهم، أمثال، أبرزهم، مثل). */
  private static final Set<String> CUES = MatchingForm.keys("بينهم", "وبينهم", "منهم", "ومنهم", "أمثال", "وأمثال",
      "أبرزهم", "مثل");
  /** Words that close a list of persons (وغيرهم، the others: persons; وغيرها is for things). */
  private static final Set<String> CLOSERS = MatchingForm.keys("وغيرهم", "وغيرهما", "وغيرهن");
  /** مثل introduces things as often as persons: its lists need a known person whatever closes them. */
  private static final String LIKE = MatchingForm.key("مثل");

  /**
   * Round 58: a list whose words say it names persons: one opened by a cue (وبينهم جمال سليمان وباسم ياخور، أمثال
   * صبا مبارك وكندة علوش) or closed by وغيرهم. Actors and players are listed by bare name and the model knows few of
   * them, so the two anchors of {@link #add} are often not there: with a cue and a closing word the name-shaped items
   * are persons with no known one among them, with one of the two a person found before is enough (مثل asks for one
   * always). At least two items, each name-shaped or a person found before (a one-word name too: أمثال ستينغ وروبي
   * هاريس); a part of another shape ends the list. Only items no mention touches are added.
   */
  private static List<Mention> cued(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      String d = f.display();
      int n = d.length();
      int s = 0;
      while (s < n) {
        int e = s;
        while (e < n && !isStop(d.charAt(e))) {
          e++;
        }
        out = cuedLists(f.index(), d, s, e, mentions, out);
        s = e + 1;
      }
    }
    return out == null ? mentions : out;
  }

  /** The stops of a cued list: {@link #isBreak} but the comma, which joins its items. */
  private static boolean isStop(char c) {
    return c != '،' && c != ',' && isBreak(c);
  }

  /** Reads the cued lists of the sentence part [s, e), split at commas and before each word opening with و. */
  private static List<Mention> cuedLists(int field, String d, int s, int e, List<Mention> mentions, List<Mention> out) {
    List<int[]> parts = new ArrayList<>();
    int from = s;
    for (int p = s; p <= e; p++) {
      boolean comma = p < e && (d.charAt(p) == '،' || d.charAt(p) == ',');
      if (p == e || comma || p > from && d.charAt(p) == 'و' && d.charAt(p - 1) == ' ') {
        parts.add(new int[] {from, p});
        from = comma ? p + 1 : p;
      }
    }
    List<int[]> run = new ArrayList<>();
    String cueKey = null;
    for (int[] part : parts) {
      List<Mention> cur = out == null ? mentions : out;
      int[] opened = cueEnd(d, part[0], part[1]);
      int[] item = opened != null ? listItem(field, d, opened[0], part[1], cur) : listItem(field, d, part[0], part[1], cur);
      if (opened != null || item == null) {
        boolean closed = item == null && opened == null && closer(d, part[0], part[1]);
        out = closeCued(field, d, run, cueKey, closed, mentions, out);
        run = new ArrayList<>();
        cueKey = null;
        if (opened != null && item != null) {
          cueKey = d.substring(opened[1], opened[2]);
        } else if (item == null) {
          item = leadPerson(field, d, part[0], part[1], cur);
        }
      }
      if (item != null) {
        run.add(item);
      }
    }
    return closeCued(field, d, run, cueKey, false, mentions, out);
  }

  /** The persons a cued run adds, when its cue and closing word and the persons in it are enough. */
  private static List<Mention> closeCued(int field, String d, List<int[]> run, String cue, boolean closed,
      List<Mention> mentions, List<Mention> out) {
    if (run.size() < 2 || cue == null && !closed) {
      return out;
    }
    int[] last = run.get(run.size() - 1);
    if (!closed && d.charAt(last[0] - 1) != 'و') {
      return out; // a list's last item is joined by و; after a bare comma a new phrase begins (مثل X، بجانب محامين)
    }
    String key = cue == null ? null : MatchingForm.key(cue);
    int need = cue != null && closed && !LIKE.equals(key) ? 0 : 1;
    List<Mention> cur = out == null ? mentions : out;
    int persons = personsIn(cur, field, run);
    if (persons < need || persons == run.size()) {
      return out;
    }
    for (int[] it : run) {
      if (Mention.overlapping(cur, field, it[0], it[1]) != null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
        cur = out;
      }
      out.add(CrossScriptId.arabicPerson(field, it[0], it[1], d.substring(it[0], it[1])));
    }
    return out;
  }

  /**
   * When the part [s, e) holds a cue word with words after it: {the offset after the cue and its space, the cue's
   * start, its end}; else null. The last cue of the part counts (كان من بينهم X Y).
   */
  private static int[] cueEnd(String d, int s, int e) {
    int[] found = null;
    int p = s;
    while (p < e) {
      while (p < e && d.charAt(p) == ' ') {
        p++;
      }
      int we = ArabicPlaceLists.wordEnd(d, p);
      if (we == p) {
        return found;
      }
      // asked in place (runs on every word of every Arabic sentence part): no key is made for a word that is no cue
      if (we < e && d.charAt(we) == ' ' && MatchingForm.keyIn(CUES, d, p, we)) {
        found = new int[] {we + 1, p, we};
      }
      p = we;
    }
    return found;
  }

  /** Whether the part [s, e) opens with a closing word (وغيرهم، وغيرهم من الفنانين). */
  private static boolean closer(String d, int s, int e) {
    while (s < e && d.charAt(s) == ' ') {
      s++;
    }
    int we = ArabicPlaceLists.wordEnd(d, s);
    return we > s && we <= e && MatchingForm.keyIn(CLOSERS, d, s, we);
  }

  /** The part [s, e) as a list item: a name-shaped item, or exactly a person found before (its و left out). */
  private static int[] listItem(int field, String d, int s, int e, List<Mention> mentions) {
    int[] item = nameItem(d, s, e);
    if (item != null) {
      return item;
    }
    while (s < e && d.charAt(s) == ' ') {
      s++;
    }
    while (e > s && d.charAt(e - 1) == ' ') {
      e--;
    }
    if (s == e) {
      return null;
    }
    // after و the person starts past it; one whose name opens with و (الأمير ويليام) was cut from the words before
    int w = ArabicPlaceLists.afterConjunction(d, s, ArabicPlaceLists.wordEnd(d, s));
    Mention m = Mention.overlapping(mentions, field, w, e);
    return m != null && m.type() == EntityType.PERSON && !m.role() && m.start() == w && m.end() == e
        ? new int[] {w, e} : null;
  }

  /** The persons a finished run of name-shaped items adds to {@code out} (or to a copy of {@code mentions}). */
  private static List<Mention> close(int field, String d, List<int[]> run, List<Mention> mentions, List<Mention> out) {
    if (run.size() <= ANCHORS) {
      return out;
    }
    List<Mention> cur = out == null ? mentions : out;
    int persons = personsIn(cur, field, run);
    if (persons < ANCHORS) {
      return out;
    }
    for (int[] it : run) {
      if (Mention.overlapping(cur, field, it[0], it[1]) != null) {
        continue;
      }
      String text = d.substring(it[0], it[1]);
      if (out == null) {
        out = new ArrayList<>(mentions);
        cur = out;
      }
      out.add(CrossScriptId.arabicPerson(field, it[0], it[1], text));
    }
    return out;
  }

  /**
   * The span of a person mention of an earlier step that ends the item [s, e) after other words and is itself shaped
   * like a list item, or null.
   */
  private static int[] leadPerson(int field, String d, int s, int e, List<Mention> mentions) {
    while (e > s && d.charAt(e - 1) == ' ') {
      e--;
    }
    for (Mention m : mentions) {
      if (m.field() == field && m.end() == e && m.start() > s && m.type() == EntityType.PERSON && !m.role()) {
        int[] item = nameItem(d, m.start(), e);
        return item != null && item[0] == m.start() ? item : null;
      }
    }
    return null;
  }

  /** Fewest names a list joined by و alone must hold: with two, «X Y وZ W» may as well be one person's long name. */
  private static final int JOINED_ITEMS = 3;

  /**
   * Round 40: a list joined by و alone, with no comma (a match's scorers: محمد أمان وكامل الموسى وعمر السومة): the
   * spans of its names when [s, e) splits before each word opening with و into name-shaped items, at least {@link
   * #JOINED_ITEMS} of them, or null. The first part may hold the words that introduce the list before a known person
   * (سجلت عن طريق محمد أمان); any other part that is no name (a verb, a one-word name) leaves the whole alone.
   */
  private static List<int[]> joinedItems(int field, String d, int s, int e, List<Mention> mentions) {
    List<int[]> items = new ArrayList<>();
    int from = s;
    for (int p = s + 1; p < e; p++) {
      if (d.charAt(p) == 'و' && d.charAt(p - 1) == ' ') {
        int[] item = nameItem(d, from, p);
        if (item == null && from == s) {
          item = leadPerson(field, d, from, p, mentions);
        }
        if (item == null) {
          return null;
        }
        items.add(item);
        from = p;
      }
    }
    int[] last = nameItem(d, from, e);
    if (last == null || items.size() + 1 < JOINED_ITEMS) {
      return null;
    }
    items.add(last);
    return items;
  }

  /**
   * Round 57: the runs of name-shaped parts inside an item joined by و that is not wholly a list (a squad named after
   * other words, «وتسعة رماة هم X وY وZ», or a list closed by a verb, «… وW الموقوفون»): each run of consecutive name
   * items, opened by a part that ends in a known person or by a name item, is a list of its own; {@link #close} still
   * asks for three names, two of them persons found before. Parts of another shape end a run.
   */
  private static List<List<int[]>> joinedRuns(int field, String d, int s, int e, List<Mention> mentions) {
    List<List<int[]>> runs = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    int from = s;
    for (int p = s + 1; p <= e; p++) {
      if (p < e && (d.charAt(p) != 'و' || d.charAt(p - 1) != ' ')) {
        continue;
      }
      int[] item = nameItem(d, from, p);
      if (item == null) {
        if (run.size() > ANCHORS) {
          runs.add(run);
        }
        run = new ArrayList<>();
        item = leadPerson(field, d, from, p, mentions);
      }
      if (item != null) {
        run.add(item);
      }
      from = p;
    }
    if (run.size() > ANCHORS) {
      runs.add(run);
    }
    return runs;
  }

  /** What ends a list item: a comma, or a mark that ends the list with it (a sentence end, a quotation, a bracket). */
  private static boolean isBreak(char c) {
    return "،,.:؛؟!\n«»\"()".indexOf(c) >= 0;
  }

  /** The span of the personal name that the item [s, e) is (its و left out), or null when it is none. */
  private static int[] nameItem(String d, int s, int e) {
    while (s < e && d.charAt(s) == ' ') {
      s++;
    }
    while (e > s && d.charAt(e - 1) == ' ') {
      e--;
    }
    int words = 0;
    boolean chain = false;
    int start = s;
    int p = s;
    while (p < e) {
      if (words > 0) {
        if (d.charAt(p) != ' ') {
          return null;
        }
        p++;
      }
      int w = p;
      int we = ArabicPlaceLists.wordEnd(d, w);
      if (we == w || we > e || ++words > 3) {
        return null;
      }
      if (words == 1) {
        w = ArabicPlaceLists.afterConjunction(d, w, we);
        start = w;
        if (d.startsWith("ال", w)) {
          return null; // the article: a common noun or a body, not a given name
        }
      } else if (d.charAt(w) == 'و') {
        return null; // a second clause or item joined by و
      }
      String word = d.substring(w, we);
      String key = MatchingForm.key(word);
      if (!ArtistTitles.nameWord(word, key)) {
        return null;
      }
      chain |= CHAIN.contains(key);
      p = we;
    }
    return words == 2 || words == 3 && chain ? new int[] {start, e} : null;
  }

  /** How many of a run's items are already a person mention exactly (no role): the list's anchors. */
  private static int personsIn(List<Mention> mentions, int field, List<int[]> run) {
    int persons = 0;
    for (int[] it : run) {
      Mention m = Mention.overlapping(mentions, field, it[0], it[1]);
      if (m != null && m.type() == EntityType.PERSON && !m.role() && m.start() == it[0] && m.end() == it[1]) {
        persons++;
      }
    }
    return persons;
  }
}
