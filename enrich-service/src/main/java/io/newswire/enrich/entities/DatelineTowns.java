package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The town that opens an Arabic agency dateline (كانبيرا 25 شوال 1436 هـ … واس) is a place even when no list
 * knows its spelling: the dateline holds nothing else before its date. Only the words before the first digit,
 * at most three, all letters; a place already found there stays, and so does any mention that covers only part
 * of the words; one that covers them exactly as another type (the town's club, named in the body) gives way.
 * A country found there exactly whose capital Arabic writes alike (تونس 26 شوال …) is that capital: a dateline
 * names a town.
 */
final class DatelineTowns {
  private static final int MAX_WORDS = 3;

  private DatelineTowns() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids, String language,
      Map<String, KbEntity> sameNameCapitals) {
    for (FieldText f : fields) {
      if (f.isDateline()) { // an article has one dateline at most (ArticleFields)
        return add(fields, f, mentions, ids, language, sameNameCapitals);
      }
    }
    return mentions;
  }

  private static List<Mention> add(List<FieldText> fields, FieldText f, List<Mention> mentions, RuleNameIds ids,
      String language, Map<String, KbEntity> sameNameCapitals) {
    String d = f.display();
    int s = 0;
    while (s < d.length() && Character.isWhitespace(d.charAt(s))) {
      s++;
    }
    int e = s;
    int words = 0;
    boolean inWord = false;
    while (e < d.length() && !Character.isDigit(d.charAt(e))) {
      char c = d.charAt(e);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (Character.isLetter(c) || c == '\u0640') { // tatweel stretches a letter (أبهــا)
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        return mentions; // a comma or a mark: not the bare town-then-date shape
      }
      e++;
    }
    if (e >= d.length() || words == 0 || words > MAX_WORDS) {
      return mentions;
    }
    while (e > s && Character.isWhitespace(d.charAt(e - 1))) {
      e--;
    }
    int k = Mention.indexOverlapping(mentions, f.index(), s, e);
    Mention known = k < 0 ? null : mentions.get(k);
    boolean exact = known != null && known.start() == s && known.end() == e;
    KbEntity capital = exact ? sameNameCapitals.get(known.entityId()) : null;
    List<Mention> out;
    if (capital != null) {
      out = new ArrayList<>(mentions);
      out.set(k, new Mention(f.index(), s, e, capital.id(), EntityType.PLACE, capital.name(), false));
      return out;
    }
    if (known != null && (known.type() == EntityType.PLACE || !exact)) {
      return mentions;
    }
    String text = d.substring(s, e);
    out = new ArrayList<>(mentions);
    if (known != null) {
      out.remove(k); // أبها … نادي أبها الأدبي: in the dateline the town, not the body named after it
    }
    Mention same = samePlace(fields, out, text);
    out.add(same != null ? new Mention(f.index(), s, e, same.entityId(), EntityType.PLACE, same.name(), false)
        : ids.mention(f.index(), s, e, EntityType.PLACE, text, CrossScriptName.romanize(text, language, true), language));
    return out;
  }

  /**
   * "KANSAS CITY, Mo., March 3", "NEW BRITAIN, Conn.", "NORTH MIAMI BEACH, Fla": an English dateline opens with its
   * town, whole, up to the first comma. A name the knowledge base knows inside it (the state Kansas, Britain, Miami)
   * is no mention of its own there, so the town's words become one place. Only when a mention lies inside the words
   * and none runs past them; a town found whole stays as it is.
   */
  static List<Mention> wholeEnglishTown(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids,
      String language) {
    for (FieldText f : fields) {
      if (!f.isDateline()) {
        continue;
      }
      String d = f.display();
      int comma = d.indexOf(',');
      int s = 0;
      int e = comma < 0 ? d.length() : comma;
      while (s < e && Character.isWhitespace(d.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(d.charAt(e - 1))) {
        e--;
      }
      if (s == e || !Character.isUpperCase(d.charAt(s)) || !townLetters(d, s, e)
          || Mention.crossing(mentions, f.index(), s, e)) {
        return mentions;
      }
      int k = Mention.indexOverlapping(mentions, f.index(), s, e);
      if (k < 0 || mentions.get(k).start() == s && mentions.get(k).end() == e) {
        return mentions;
      }
      String text = d.substring(s, e);
      return Mention.replacing(mentions, ids.mention(f.index(), s, e, EntityType.PLACE, text, text, language));
    }
    return mentions;
  }

  /** Letters, spaces, stops, hyphens and apostrophes only (FT. LAUDERDALE, WILKES-BARRE, O'HARE): a town's words. */
  private static boolean townLetters(String d, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = d.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** A place the article already names with the same letters (the headline's town): the dateline's is that one. */
  private static Mention samePlace(List<FieldText> fields, List<Mention> mentions, String text) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && m.end() - m.start() == text.length()
          && fields.get(m.field()).display().startsWith(text, m.start())) {
        return m;
      }
    }
    return null;
  }
}
