package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * English (round 47): a list of three names or more, joined by commas and a last "and" or "or" ("Sony, Hitachi, Toshiba and
 * others", "the chip of Sony, IBM and Toshiba"), names things of one kind. When one item is an organisation and no item is
 * a known person or a country, the items the rules left unfound, or typed a lone one-word person or a town (Hitachi is a
 * town in Japan), are organisations too. A first item that opens its sentence is no item (However, Sony and IBM). Reads
 * the characters between the mentions only; a field without ", " is skipped at once.
 */
final class FirmLists {
  private FirmLists() {}

  /** Most capitalised words of an unfound item. */
  private static final int WORDS = 3;

  private static final String[] JOINTS = {"and", "or"};

  private static final int ORG = 0;
  private static final int UNFOUND = 1;
  private static final int RETYPE = 2;
  private static final int OTHER = 3;

  /** One list item: its span, its mention (null when unfound) and its kind. */
  private record Item(int start, int end, Mention mention, int kind) {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    List<Mention> out = null;
    for (Mention anchor : mentions) {
      if (anchor.role() || anchor.type() != EntityType.ORGANIZATION || band(anchor, kb)) {
        continue;
      }
      FieldText f = fields.get(anchor.field());
      if (f.isDateline()) {
        continue;
      }
      String d = f.display();
      if (d.indexOf(", ") < 0 && d.indexOf(",\n") < 0) {
        continue;
      }
      List<Mention> cur = out == null ? mentions : out;
      List<Item> items = list(d, anchor, cur, kb);
      if (items == null) {
        continue;
      }
      for (Item it : items) {
        if (it.kind() == ORG) {
          continue;
        }
        String text = d.substring(it.start(), it.end()).replace('\n', ' ');
        String id = CrossScriptId.orSlug(EntityType.ORGANIZATION, text, "en", MatchingForm.key(text));
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        if (it.kind() == UNFOUND) {
          out.add(new Mention(anchor.field(), it.start(), it.end(), id, EntityType.ORGANIZATION, text, false));
        } else {
          // the lone name's every mention in the article: one firm, not a man or a town elsewhere
          String oldId = it.mention().entityId();
          for (int k = 0; k < out.size(); k++) {
            Mention o = out.get(k);
            if (o.entityId().equals(oldId)) {
              out.set(k, new Mention(o.field(), o.start(), o.end(), id, EntityType.ORGANIZATION, text, false));
            }
          }
        }
      }
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return out;
  }

  /**
   * Round 52: a band the KB files as one ({@code band=true}) anchors no list: music copy lists bands beside singers
   * ("Franz Ferdinand, Razorlight and Joss Stone"), whom the rule would make bands.
   */
  private static boolean band(Mention anchor, Function<String, KbEntity> kb) {
    KbEntity e = kb.apply(anchor.entityId());
    return e != null && "true".equals(e.attr("band"));
  }

  /** The list around {@code anchor} when it is one this rule acts on (three items or more, one to change), else null. */
  private static List<Item> list(String d, Mention anchor, List<Mention> all, Function<String, KbEntity> kb) {
    List<Item> items = new ArrayList<>();
    items.add(new Item(anchor.start(), anchor.end(), anchor, ORG));
    // leftwards: the anchor may be the last item ("and" or "or" before it), then ", " before each item
    int s = anchor.start();
    int joint = jointBefore(d, s);
    if (joint >= 0) {
      Item it = itemEndingAt(d, joint, anchor.field(), all, kb);
      if (it == null) {
        return null;
      }
      items.add(0, it);
      s = it.start();
    }
    while (s >= 2 && d.charAt(s - 2) == ',' && Character.isWhitespace(d.charAt(s - 1))) {
      Item it = itemEndingAt(d, s - 2, anchor.field(), all, kb);
      if (it == null) {
        break;
      }
      items.add(0, it);
      s = it.start();
    }
    // a first item that opens its sentence may be a common word (However, Sony and IBM): left out
    Item first = items.get(0);
    if (first.kind() == UNFOUND && opensSentence(d, first.start())) {
      items.remove(0);
    }
    // rightwards: ", " then an item, or "and"/"or" (after a comma or not) then the last item
    int e = anchor.end();
    while (true) {
      int next = separator(d, e);
      if (next < 0) {
        break;
      }
      boolean last = next > e + 2 || d.charAt(e) != ',';
      Item it = itemStartingAt(d, next, anchor.field(), all, kb);
      if (it == null) {
        break;
      }
      items.add(it);
      e = it.end();
      if (last) {
        break;
      }
    }
    if (items.size() < 3) {
      return null;
    }
    int orgs = 0;
    int unfound = 0;
    int retype = 0;
    int places = 0;
    boolean known = false;
    for (Item it : items) {
      switch (it.kind()) {
        case ORG -> {
          orgs++;
          known |= kb.apply(it.mention().entityId()) != null;
        }
        case UNFOUND -> unfound++;
        case RETYPE -> {
          retype++;
          places += it.mention().type() == EntityType.PLACE ? 1 : 0;
        }
        default -> {
          return null;
        }
      }
    }
    // a firm the knowledge base knows says the list is one of firms (not of shows, towns or products typed bodies by
    // mistake); two towns or more make it a list of places (he visits Leicester, Somerset, …)
    return known && places <= 1 && unfound + retype > 0 && orgs + unfound >= retype ? items : null;
  }

  /** Before {@code s}: the end of the item before " and ", ", and ", " or ", ", or ", else -1. */
  private static int jointBefore(String d, int s) {
    for (String w : JOINTS) {
      int k = s - 1 - w.length(); // the word's start
      if (k >= 2 && Character.isWhitespace(d.charAt(s - 1)) && d.startsWith(w, k) && Character.isWhitespace(d.charAt(k - 1))) {
        return d.charAt(k - 2) == ',' ? k - 2 : k - 1;
      }
    }
    return -1;
  }

  /** After an item ending at {@code e}: the start of the next item after ", ", " and ", ", and ", " or ", else -1. */
  private static int separator(String d, int e) {
    if (e + 2 < d.length() && d.charAt(e) == ',' && Character.isWhitespace(d.charAt(e + 1))) {
      int after = afterJoint(d, e + 2);
      return after >= 0 ? after : e + 2;
    }
    return e + 1 < d.length() && Character.isWhitespace(d.charAt(e)) ? afterJoint(d, e + 1) : -1;
  }

  /** After {@code k}: the start of the word after "and " or "or " there, else -1. */
  private static int afterJoint(String d, int k) {
    for (String w : JOINTS) {
      int end = k + w.length();
      if (d.startsWith(w, k) && end < d.length() && Character.isWhitespace(d.charAt(end))) {
        return end + 1;
      }
    }
    return -1;
  }

  private static Item itemStartingAt(String d, int at, int field, List<Mention> all, Function<String, KbEntity> kb) {
    for (Mention m : all) {
      if (m.field() == field && m.start() == at) {
        return classify(d, m, all, kb);
      }
    }
    if (Mention.overlapping(all, field, at, at + 1) != null) {
      return null;
    }
    int end = -1;
    int k = at;
    for (int words = 0; words < WORDS; words++) {
      int w = wordEnd(d, k);
      if (w < 0) {
        break;
      }
      end = w;
      if (w + 1 < d.length() && d.charAt(w) == ' ' && Character.isUpperCase(d.charAt(w + 1))
          && Mention.overlapping(all, field, w + 1, w + 2) == null) {
        k = w + 1;
      } else {
        break;
      }
    }
    return end < 0 || !closes(d, end) ? null : new Item(at, end, null, UNFOUND);
  }

  private static Item itemEndingAt(String d, int end, int field, List<Mention> all, Function<String, KbEntity> kb) {
    for (Mention m : all) {
      if (m.field() == field && m.end() == end) {
        return classify(d, m, all, kb);
      }
    }
    if (Mention.overlapping(all, field, end - 1, end) != null) {
      return null;
    }
    int start = -1;
    int k = end;
    for (int words = 0; words < WORDS; words++) {
      int s = k;
      while (s > 0 && isWordChar(d.charAt(s - 1))) {
        s--;
      }
      if (s == k || wordEnd(d, s) != k) {
        break;
      }
      start = s;
      if (s >= 2 && d.charAt(s - 1) == ' ' && isWordChar(d.charAt(s - 2))) {
        int p = s - 1;
        int q = p;
        while (q > 0 && isWordChar(d.charAt(q - 1))) {
          q--;
        }
        if (Character.isUpperCase(d.charAt(q)) && wordEnd(d, q) == p && Mention.overlapping(all, field, q, p) == null) {
          k = p;
          continue;
        }
      }
      break;
    }
    if (start >= 2 && d.charAt(start - 1) == ' ' && Character.isUpperCase(d.charAt(start - 2 - wordBack(d, start - 1)))) {
      return null; // a capitalised word left before it (I Love Lucy, The X-Files): a title, not a name of three words
    }
    return start < 0 ? null : new Item(start, end, null, UNFOUND);
  }

  /** Letters and digits right before {@code at} minus one: the length of the word ending at {@code at}, less one (0 for none). */
  private static int wordBack(String d, int at) {
    int k = at;
    while (k > 0 && Character.isLetterOrDigit(d.charAt(k - 1))) {
      k--;
    }
    return Math.max(0, at - k - 1);
  }

  /** The end of one capitalised word at {@code at} (letters, digits, "-", "&", "."; a lower-case letter or two capitals), else -1. */
  private static int wordEnd(String d, int at) {
    if (at >= d.length() || !Character.isUpperCase(d.charAt(at))) {
      return -1;
    }
    int e = at;
    while (e < d.length() && isWordChar(d.charAt(e))) {
      e++;
    }
    while (e > at && d.charAt(e - 1) == '.') {
      e--;
    }
    String w = d.substring(at, e);
    if (w.length() < 2 || EnglishNameRecognizer.isFirmSuffix(w) || w.equals("The") || w.equals("Mr") || w.equals("Mrs") || w.equals("Ms") || w.equals("Dr")) {
      return -1;
    }
    return e;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '.';
  }

  /** Nouns after a list whose items then are modifiers of things, not firms (Royal Television Society and British Comedy awards). */
  private static final Set<String> THINGS = StringSet.of("award", "awards", "prize", "prizes", "festival", "festivals",
      "chart", "charts", "show", "shows", "series", "programme", "programmes", "film", "films", "album", "albums");

  /**
   * An unfound last item ends at a comma, a stop, a space before a lower-case word that is no noun of {@link #THINGS}, or
   * the field's end (not "'s").
   */
  private static boolean closes(String d, int end) {
    if (end == d.length() || d.charAt(end) == ',' || d.charAt(end) == '.') {
      return true;
    }
    if (!Character.isWhitespace(d.charAt(end)) || end + 1 >= d.length() || !Character.isLowerCase(d.charAt(end + 1))) {
      return false;
    }
    int e = end + 1;
    while (e < d.length() && Character.isLetter(d.charAt(e))) {
      e++;
    }
    return !THINGS.contains(d.substring(end + 1, e));
  }

  private static Item classify(String d, Mention m, List<Mention> all, Function<String, KbEntity> kb) {
    if (m.role()) {
      return new Item(m.start(), m.end(), m, OTHER);
    }
    if (m.type() == EntityType.ORGANIZATION) {
      return new Item(m.start(), m.end(), m, ORG);
    }
    boolean oneWord = m.name().indexOf(' ') < 0 && m.end() - m.start() == m.name().length();
    KbEntity e = kb.apply(m.entityId());
    if (m.type() == EntityType.PLACE && oneWord && !afterIn(d, m.start()) && (e == null || e.attr("within") != null && e.attr("iso2") != null)) {
      return new Item(m.start(), m.end(), m, RETYPE); // a town, not a country or a region
    }
    if (m.type() == EntityType.PERSON && oneWord && e == null) {
      for (Mention o : all) {
        if (o.entityId().equals(m.entityId()) && o.end() - o.start() != m.end() - m.start()) {
          return new Item(m.start(), m.end(), m, OTHER); // a named person's surname
        }
      }
      return new Item(m.start(), m.end(), m, RETYPE);
    }
    return new Item(m.start(), m.end(), m, OTHER);
  }

  /** "in London, Continental …": the town, the list (if any) starting after it. */
  private static boolean afterIn(String d, int start) {
    return start >= 3 && (d.startsWith("in ", start - 3) || d.startsWith("In ", start - 3))
        && (start == 3 || !Character.isLetter(d.charAt(start - 4)));
  }

  private static boolean opensSentence(String d, int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(d.charAt(k - 1))) {
      k--;
    }
    return k == 0 || ".!?:\"".indexOf(d.charAt(k - 1)) >= 0;
  }
}
