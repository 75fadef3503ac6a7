package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English: once a body is named somewhere in the dispatch by its initials alone (GM, USDA, TWA: one mention whose text
 * is two to six capitals), its other bare uses of the same initials are that body too ("He said GM will …", "senior
 * USDA officials"). The model and the rules decide each place alone, and a lone acronym after a verb or before a
 * lower-case noun has no cue, so a dispatch found the body once and missed it three times. Left out: capitals lines
 * (a Reuters headline, where every word is in capitals), a ticker in angle brackets ({@code <GM>}, not annotated), and
 * initials touching another capitalised word (Macintosh SE, MTV Europe Music Awards, BT Consumer: a product, an event,
 * a division, whose names the initials only open or close). Nor initials the dispatch also writes before a thing's
 * noun (the PSP console, a HDTV set, the UMD format, CFA francs): a product, format or currency the rules took for a
 * body, whose repeats would only add wrong mentions.
 */
final class AcronymRepeats {
  /** Nouns after initials that make them a product, a format, a service or a currency, not a body. */
  private static final Set<String> THING_NOUNS = StringSet.of("console", "consoles", "handheld", "handhelds", "format",
      "formats", "set", "sets", "technology", "standard", "device", "devices", "disc", "discs", "disk", "disks", "games",
      "game", "content", "service", "services", "screen", "screens", "player", "players", "machine", "machines", "model",
      "models", "francs", "index", "broadcasts", "channels", "titles");

  private AcronymRepeats() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    MentionAdditions added = null;
    Set<String> done = null; // entity + initials already spread: a second mention of them would only find its own
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION || m.end() - m.start() < 2 || m.end() - m.start() > 6) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String initials = d.substring(m.start(), m.end());
      if (!LetterCase.allUpperCase(initials) || fields.get(m.field()).analysis().mostlyUpperCase()) {
        continue;
      }
      done = done == null ? new HashSet<>() : done;
      if (!done.add(m.entityId() + ' ' + initials) || beforeThingNoun(fields, initials)) {
        continue;
      }
      for (FieldText f : fields) {
        String t = f.display();
        if (f.isDateline() || f.analysis().mostlyUpperCase()) {
          continue;
        }
        for (int at = t.indexOf(initials); at >= 0; at = t.indexOf(initials, at + 1)) {
          int end = at + initials.length();
          if (!BracketInitials.alone(t, at, end) || at > 0 && t.charAt(at - 1) == '<' || capitalisedAfter(t, end)
              || capitalisedBefore(t, at)) {
            continue;
          }
          if (added == null) {
            added = new MentionAdditions(mentions);
          }
          if (added.free(f.index(), at, end)) {
            added.add(new Mention(f.index(), at, end, m.entityId(), EntityType.ORGANIZATION, m.name(), false));
          }
        }
      }
    }
    return added == null ? mentions : added.result();
  }

  /** A capital or a digit opens the word after one space (MTV Europe, TFC 101): the initials open a longer name. */
  static boolean capitalisedAfter(String t, int end) {
    return end + 1 < t.length() && t.charAt(end) == ' ' && (Character.isUpperCase(t.charAt(end + 1)) || Character.isDigit(t.charAt(end + 1)));
  }

  /**
   * The word before (one space between) is capitalised and does not open its sentence (Macintosh SE, Nintendo DS):
   * the initials close a longer name. "Another USDA official" at a sentence's start is no such name.
   */
  private static boolean capitalisedBefore(String t, int at) {
    int e = at - 1;
    if (e < 1 || t.charAt(e) != ' ' || !Character.isLetter(t.charAt(e - 1))) {
      return false;
    }
    int b = e;
    while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    if (!Character.isUpperCase(t.charAt(b))) {
      return false;
    }
    int k = b - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '"' || t.charAt(k) == '\'' || t.charAt(k) == '\u201c')) {
      k--;
    }
    return k >= 0 && t.charAt(k) != '.' && t.charAt(k) != '!' && t.charAt(k) != '?' && t.charAt(k) != ':';
  }

  /** Somewhere in the dispatch the initials stand right before a thing's noun (PSP console, HDTV set). */
  private static boolean beforeThingNoun(List<FieldText> fields, String initials) {
    for (FieldText f : fields) {
      String t = f.display();
      for (int at = t.indexOf(initials); at >= 0; at = t.indexOf(initials, at + 1)) {
        int end = at + initials.length();
        if (end + 1 >= t.length() || t.charAt(end) != ' ' || !BracketInitials.alone(t, at, end)) {
          continue;
        }
        int e = end + 1;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
          e++;
        }
        if (THING_NOUNS.contains(t.substring(end + 1, e))) {
          return true;
        }
      }
    }
    return false;
  }
}
