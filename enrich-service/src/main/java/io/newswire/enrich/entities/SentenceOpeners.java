package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * English (round 21): a capital at a sentence's start says nothing about a name. A one-word entity the knowledge base does
 * not know, every mention of which opens a sentence ("Subscribers will ...", "Later, the firm ...", "Copper
 * prices fell ..."), and whose word the article also writes in lower case, is a common word, no name. In the English pools
 * 21 such mentions in 16 dispatches; a surname opening a sentence keeps its entity whenever the article names the person
 * elsewhere (Hill sang ... after Tom Hill). Looks only at the characters before each one-word mention, and searches the
 * article for the lower-case word only for the few entities left.
 */
final class SentenceOpeners {
  private SentenceOpeners() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Boolean> onlyOpeners = null; // entity id -> every mention a one-word opener
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.entityId() == null || onlyOpeners != null && onlyOpeners.containsKey(m.entityId())) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (oneCapitalisedWord(d, m.start(), m.end()) && opensSentence(d, m.start())) {
        if (onlyOpeners == null) {
          onlyOpeners = new HashMap<>();
        }
        onlyOpeners.put(m.entityId(), allOpeners(fields, mentions, m.entityId()));
      }
    }
    if (onlyOpeners == null) {
      return mentions;
    }
    List<String> common = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.role() && m.entityId() != null && Boolean.TRUE.equals(onlyOpeners.get(m.entityId())) && kb.apply(m.entityId()) == null
          && !common.contains(m.entityId())) {
        String word = fields.get(m.field()).display().substring(m.start(), m.end());
        if (EnglishModelNames.writtenInLowerCase(fields, Character.toLowerCase(word.charAt(0)) + word.substring(1))) {
          common.add(m.entityId());
        }
      }
    }
    if (common.isEmpty()) {
      return mentions;
    }
    return Mention.without(mentions, m -> !m.role() && common.contains(m.entityId()));
  }

  private static boolean allOpeners(List<FieldText> fields, List<Mention> mentions, String id) {
    for (Mention o : mentions) {
      if (id.equals(o.entityId())) {
        String d = fields.get(o.field()).display();
        if (!oneCapitalisedWord(d, o.start(), o.end()) || !opensSentence(d, o.start())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A capital, then lower-case letters only (not an acronym, a headline in capitals or a hyphenated name). */
  static boolean oneCapitalisedWord(String d, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(d.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(d.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Only spaces and opening quotes between the field's start or a full stop, ?, ! or colon and {@code start}. */
  static boolean opensSentence(String d, int start) {
    int k = beforeQuotes(d, start);
    return k < 0 || d.charAt(k) == '.' && !abbreviationEndsAt(d, k) || d.charAt(k) == '?' || d.charAt(k) == '!' || d.charAt(k) == ':';
  }

  /** The index of the last character before {@code start} that is no space, line break or opening quote; -1 at the field's start. */
  static int beforeQuotes(String d, int start) {
    int k = start - 1;
    while (k >= 0 && (d.charAt(k) == ' ' || d.charAt(k) == '"' || d.charAt(k) == '\'' || d.charAt(k) == '\u201c'
        || d.charAt(k) == '\u2018' || d.charAt(k) == '\n')) {
      k--;
    }
    return k;
  }

  /** The full stop at {@code dot} closes a short capitalised abbreviation (Mr., Dr., St., U.S., an initial), not a sentence. */
  static boolean abbreviationEndsAt(String d, int dot) {
    int k = dot - 1;
    while (k >= 0 && (Character.isLetter(d.charAt(k)) || d.charAt(k) == '.')) {
      k--;
    }
    String word = d.substring(k + 1, dot);
    if (word.isEmpty() || word.length() > 4 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    // an acronym in capitals without inner dots ends its sentence (cleared by the FDA. Generic pills ...)
    return word.length() == 1 || word.indexOf('.') >= 0 || !word.equals(word.toUpperCase(Locale.ROOT));
  }
}
