package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * English (round 21): a compass or size word written with a capital right before a place the knowledge base knows is part of
 * that place's name (West Germany, Great Britain, North China, Western Europe, Southern Africa): the region or state is the
 * whole, not the country inside it. The knowledge base lacks these names, so its match kept only the country: in the
 * English pools 48 such mentions in 36 dispatches (West Germany in 1987 Reuters copy, Great Britain in sport), and the
 * r20 set's North China. Looks at the characters before each KB place mention only. A compass word and a place's
 * adjective before a lower-case noun (the North American box office) name no place: that mention goes (round 58).
 */
final class CompassPlaces {
  private CompassPlaces() {}

  static final Set<String> WORDS = StringSet.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
      "Central", "Great", "Greater", "Upper", "Lower", "Inner", "Outer", "Continental");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb,
      RuleNameIds ids, String language) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE && m.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (countryAdjective(d, m.start(), m.end()) && kb.apply(m.entityId()) == null) {
        edits.drop(i);
        continue;
      }
      if (m.type() != EntityType.PLACE) {
        continue;
      }
      if (m.start() < 2) {
        continue;
      }
      String word = wordBefore(d, m.start());
      if (word == null || !WORDS.contains(word) || kb.apply(m.entityId()) == null) {
        continue;
      }
      int start = m.start() - 1 - word.length();
      if (Mention.overlapping(mentions, m.field(), start, m.start() - 1) != null) {
        continue;
      }
      String text = d.substring(start, m.end());
      edits.set(i, ids.mention(m.field(), start, m.end(), EntityType.PLACE, text, text, language));
    }
    return edits.result();
  }

  /** First words of two-word countries whose adjective is two words too (Saudi Arabian, Sri Lankan, Costa Rican). */
  private static final Set<String> COUNTRY_OPENERS = StringSet.of("Saudi", "Sri", "Costa", "Puerto", "Sierra", "Latin");

  /**
   * "the North American box office", "West German bond trading", "Saudi Arabian output", "a Sri Lankan blogger": a
   * country's or region's adjective of two words before a lower-case noun names no place or person (the files never
   * annotate them; the runs typed them a place, and Sri Lankan a person). The adjective is a compass
   * word or a two-word country's first word, then a word shaped as a nationality (-ian, -ican, -ean, -ese, or German's
   * and Lankan's -man and -kan; not Sudan or Japan, which are the places themselves).
   */
  static boolean countryAdjective(String d, int start, int end) {
    int space = d.indexOf(' ', start);
    if (space < 0 || space >= end || d.indexOf(' ', space + 1) >= 0 && d.indexOf(' ', space + 1) < end) {
      return false;
    }
    String first = d.substring(start, space);
    if (!WORDS.contains(first) && !COUNTRY_OPENERS.contains(first) || end >= d.length()
        || !Character.isWhitespace(d.charAt(end))) {
      return false;
    }
    String last = d.substring(space + 1, end);
    int nextEnd = end + 1;
    while (nextEnd < d.length() && Character.isLetter(d.charAt(nextEnd))) {
      nextEnd++;
    }
    String next = d.substring(end + 1, nextEnd);
    return EnglishModelNames.demonymModifier(last, next)
        || last.length() > 5 && (last.endsWith("man") || last.endsWith("kan")) && EnglishModelNames.adjectiveBeforeNoun(last, next);
  }

  /** The word of letters right before {@code start} and one space, or null. */
  static String wordBefore(String d, int start) {
    int[] w = WordSpans.beforeSpace(d, start, Character::isLetter);
    if (w == null || w[0] > 0 && " \n\"(".indexOf(d.charAt(w[0] - 1)) < 0) {
      return null; // the tail of a longer token (2West, O'North)
    }
    return d.substring(w[0], w[1]);
  }
}
