package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.TitleCase;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * English (round 21b): a capitalised word glued before a country or city the knowledge base knows makes one name with it
 * (Statistics Canada, Air China, Ford Canada, Telekom Austria, Real Madrid): a body, not the place plus a word. The knowledge
 * base lacks these bodies, so its match kept only the place. Inside a sentence a capitalised word that is no title, role,
 * opener, day, month, nationality or given name can only be part of the name; at a sentence start the capital says nothing,
 * so there the pair must recur in the article inside a sentence, or be a body the article already found (the model makes
 * Statistics Canada a body in mid-sentence but never sees an opener). The word after a place joins it only in the second way
 * (Canada Post found once makes every Canada Post the body). Looks at the characters around each KB place mention only.
 */
final class GluedPlaceNames {
  private GluedPlaceNames() {}

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb,
      RuleNameIds ids, String language) {
    Map<String, Mention> bodies = null;
    Boolean[] titleCase = null;
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE || kb.apply(m.entityId()) == null) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (titleCase == null) {
        titleCase = new Boolean[fields.size()];
      }
      if (titleCase[m.field()] == null) {
        titleCase[m.field()] = TitleCase.isTitleCase(d); // once per field, not once per place in it
      }
      if (titleCase[m.field()]) {
        continue; // every word is capitalised there (a headline, a post in Title Case)
      }
      if (bodies == null) {
        bodies = bodies(fields, mentions);
      }
      Mention joined = null;
      String before = m.start() >= 2 ? CompassPlaces.wordBefore(d, m.start()) : null;
      String place = d.substring(m.start(), m.end());
      if (before != null && nameWord(before, place) && !endsANameOfItsOwn(fields, mentions, before, kb)) {
        int start = m.start() - 1 - before.length();
        if (Mention.overlapping(mentions, m.field(), start, m.start() - 1) == null) {
          Mention body = bodies.get(d.substring(start, m.end()));
          if (body != null) {
            joined = body.nameAt(m.field(), start, m.end());
          } else if (!afterStop(d, start) || insideSentence(fields, d.substring(start, m.end()))) {
            // the whole capitalised run: Universal Music Germany, Agence France Presse
            for (String w = start >= 2 ? CompassPlaces.wordBefore(d, start) : null; w != null && !afterStop(d, start)
                && nameWord(w, place) && Mention.overlapping(mentions, m.field(), start - 1 - w.length(), start - 1) == null;
                w = start >= 2 ? CompassPlaces.wordBefore(d, start) : null) {
              start -= 1 + w.length();
            }
            int end = m.end();
            String after = wordAfter(d, end);
            String next = after == null ? null : wordAfter(d, end + 1 + after.length());
            if (after != null && (EnglishNameRecognizer.noEntityTail(after)
                || next != null && EnglishNameRecognizer.noEntityTail(next))) {
              continue; // an award or a venue (MTV Europe Music Awards): no body; the place stays as it was
            }
            if (after != null && nameWord(after, place)
                && Mention.overlapping(mentions, m.field(), end + 1, end + 1 + after.length()) == null) {
              end += 1 + after.length();
            }
            String text = d.substring(start, end);
            joined = ids.mention(m.field(), start, end, EntityType.ORGANIZATION, text, text, language);
          }
        }
      }
      if (joined == null) {
        String after = wordAfter(d, m.end());
        if (after != null) {
          int end = m.end() + 1 + after.length();
          Mention body = bodies.get(d.substring(m.start(), end));
          if (body != null && Mention.overlapping(mentions, m.field(), m.end() + 1, end) == null) {
            joined = body.nameAt(m.field(), m.start(), end);
          }
        }
      }
      if (joined != null) {
        edits.set(i, joined);
      }
    }
    return edits.result();
  }

  /**
   * A capitalised word that is no title, role, opener, day, month, nationality, compass word or given name (James Ireland is a
   * person); in capitals only as an acronym of two or three letters before a place written in lower case (MTV Europe; not LOVE or a
   * headline in capitals).
   */
  static boolean nameWord(String w, String place) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean caps = w.equals(w.toUpperCase(Locale.ROOT));
    if (caps && (w.length() > 3 || place.equals(place.toUpperCase(Locale.ROOT)))) {
      return false;
    }
    return !EnglishNameRecognizer.titleRoleOrCommon(w) && !EnglishNameRecognizer.notAName(w)
        && !CompassPlaces.WORDS.contains(w) && !DESCRIPTIVE.contains(w) && !GivenNames.english().contains(w.toLowerCase(Locale.ROOT));
  }

  /** Adjectives that describe a place rather than name a body with it (Communist Russia, Moslem Pakistan). */
  private static final Set<String> DESCRIPTIVE = StringSet.of("Communist", "Socialist", "Moslem", "Muslim",
      "Islamic", "Christian", "Catholic", "Black", "White", "Modern", "Ancient", "Imperial", "Rural", "Urban");

  /** A full stop, ?, !, colon, dash or the field's start before {@code start}: a sentence may open there (no abbreviation test). */
  static boolean afterStop(String d, int start) {
    int k = SentenceOpeners.beforeQuotes(d, start);
    return k < 0 || ".?!:-\u2013\u2014".indexOf(d.charAt(k)) >= 0;
  }

  /** The word ends a person or place the article names elsewhere (told Funaro ..., to Moscow ...): not a body's first word. */
  private static boolean endsANameOfItsOwn(List<FieldText> fields, List<Mention> mentions, String word,
      Function<String, KbEntity> kb) {
    for (Mention o : mentions) {
      // a full name or a known place only: the rules type some firms as one-word persons or places (Lycos, Pemex)
      if (o.type() == EntityType.PERSON && fields.get(o.field()).display().substring(o.start(), o.end()).indexOf(' ') > 0
          || o.type() == EntityType.PLACE && kb.apply(o.entityId()) != null) {
        String t = fields.get(o.field()).display().substring(o.start(), o.end());
        if (t.endsWith(word) && (t.length() == word.length() || t.charAt(t.length() - word.length() - 1) == ' ')) {
          return true;
        }
      }
    }
    return false;
  }

  /** The article's bodies of two words or more, by text. */
  private static Map<String, Mention> bodies(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> out = new HashMap<>();
    for (Mention o : mentions) {
      if (!o.role() && o.type() == EntityType.ORGANIZATION) {
        String text = fields.get(o.field()).display().substring(o.start(), o.end());
        if (text.indexOf(' ') > 0) {
          out.putIfAbsent(text, o);
        }
      }
    }
    return out;
  }

  /** The text stands somewhere in the article as whole words, not opening a sentence. */
  private static boolean insideSentence(List<FieldText> fields, String text) {
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(text); at >= 0; at = d.indexOf(text, at + 1)) {
        int end = at + text.length();
        if (Fixtures.wholeWords(d, at, end) && !afterStop(d, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The capitalised word of letters right after {@code end} and one space, or null. */
  static String wordAfter(String d, int end) {
    int[] w = WordSpans.afterSpace(d, end, Character::isLetter);
    if (w == null || end + 2 >= d.length() || !Character.isUpperCase(d.charAt(w[0]))
        || w[1] < d.length() && Character.isDigit(d.charAt(w[1]))) {
      return null; // a one-letter word ending the field, a lower-case word, a word glued to a digit
    }
    return d.substring(w[0], w[1]);
  }
}
