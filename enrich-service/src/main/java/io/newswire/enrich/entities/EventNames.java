package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.function.Function;

/**
 * English sport copy (round 28): a meeting or tournament named by its town, country or sponsor and an event's head
 * ("the Kelby International", "the Harwick Games", "the Marlow Classic", "the Belgian Open") is an event, and the English
 * files annotate neither it nor the names inside it (r13, r16, r20: `Sydney International`, `Norwich Union Grand Prix`,
 * `London Marathon`, the Opens). The runs typed the whole an organisation. In an article with a word of sport (a
 * team's, or a medal's, a tournament's …), a mention the knowledge base lacks that ends with such a head is dropped.
 * Outside sport "International" and "Games" end many bodies' names (a charity, a games maker), which stay.
 */
final class EventNames {
  private EventNames() {}

  /** Heads that end an event's name. */
  private static final String[] HEADS = {"International", "Games", "Open", "Masters", "Classic", "Championship",
      "Championships", "Marathon", "Grand Prix", "Invitational"};

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb, boolean sport) {
    MentionEdits edits = new MentionEdits(mentions);
    boolean kindRead = false;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = !m.role() && m.type() != EntityType.PERSON && event(fields.get(m.field()).display(), m, kb);
      if (drop && !kindRead) {
        // the first candidate: only now is the article's kind worth a scan (most articles name no event)
        if (!sport && !eventWord(fields)) {
          return mentions;
        }
        kindRead = true;
      }
      if (drop) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  private static boolean event(String d, Mention m, Function<String, KbEntity> kb) {
    if (!Character.isUpperCase(d.charAt(m.start()))) {
      return false;
    }
    return kb.apply(m.entityId()) == null && endsWithHead(d, m.start(), m.end());
  }

  /** Words of individual sports and meetings that {@link io.newswire.enrich.entities.names.Fixtures#sport}, a team word list, lacks. */
  private static final String[] EVENT_WORDS = {"medal", "tournament", "athlete", "athletics", "tennis", "golf", "metres",
      "sprinter", "semi-final", "quarter-final"}; // not "race" (race relations, an awards race) nor "champion" (of a cause)

  /** A word of {@link #EVENT_WORDS} in the article, whole, a plural s allowed. */
  static boolean eventWord(List<FieldText> fields) {
    return Fixtures.anyWord(fields, EVENT_WORDS);
  }

  /** The text [start, end) ends with an event's head after a word of its own. */
  static boolean endsWithHead(String d, int start, int end) {
    return Fixtures.endsWithHead(d, start, end, HEADS);
  }
}
