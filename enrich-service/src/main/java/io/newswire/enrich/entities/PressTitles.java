package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.StringMap;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * English (round 54): a British paper named by its one-word title after a lower-case "the" ("told the Independent",
 * "according to the Times", "the Herald newspaper") is the newspaper. The bare word is also an adjective or a common
 * word (an Independent MP, the Times Square crowd), so only with a press cue: "newspaper" right after the title, or right
 * before "the" a verb of telling or reporting, a preposition a paper is read in (told, to, in, for, with, says, said,
 * by) or the word newspaper (the British newspaper the Independent); never with a capitalised word, "of" or a hyphen
 * right after (the Times Educational Supplement, the Times of India, the Herald-Sun). The files span the title alone
 * and name the paper as the knowledge base does (The Independent, r25; The Herald, r47).
 */
final class PressTitles {
  private PressTitles() {}

  /** One-word titles -> the knowledge base's id of the paper (its row gives the name). */
  private static final StringMap<String> PAPERS = StringMap.copyOf(Map.of("Times", "org:the-times", "Independent",
      "org:the-independent", "Guardian", "org:the-guardian", "Herald", "org:the-herald", "Observer", "org:the-observer",
      "Scotsman", "org:the-scotsman", "Telegraph", "org:daily-telegraph"));
  private static final Set<String> BEFORE_THE = StringSet.of("told", "to", "in", "for", "with", "says", "said", "by",
      "newspaper");
  private static final Set<String> AFTER = StringSet.of("newspaper", "paper");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    List<Mention> out = mentions;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (int at = d.indexOf("the "); at >= 0; at = d.indexOf("the ", at + 4)) {
        int s = at + 4;
        if (at > 0 && Character.isLetter(d.charAt(at - 1))) {
          continue; // "bathe ", "lathe "
        }
        int[] title = WordSpans.runAfter(d, s, c -> false, Character::isLetter);
        String id = title[1] > s ? PAPERS.get(d.substring(s, title[1])) : null;
        KbEntity paper = id == null ? null : kb.apply(id);
        if (paper == null || !cued(d, at, title[1])) {
          continue;
        }
        Mention m = Mention.overlapping(out, f, s, title[1]);
        if (m != null && m.start() == s && m.end() == title[1] && m.entityId().equals(id)) {
          continue; // found already
        }
        if (m != null && (m.start() < s || m.end() > title[1])) {
          continue; // inside a longer name (the Guardian Media Group the rules found whole)
        }
        out = Mention.replacing(out, new Mention(f, s, title[1], id, EntityType.ORGANIZATION, paper.name(), false));
      }
    }
    return out;
  }

  /** "newspaper" right after the title, or a cue word right before "the"; no capitalised word, "of" or hyphen after it. */
  private static boolean cued(String d, int the, int end) {
    if (end < d.length() && d.charAt(end) == '-') {
      return false;
    }
    int[] next = WordSpans.afterSpace(d, end, Character::isLetter);
    boolean of = next != null && next[1] - next[0] == 2 && d.startsWith("of", next[0]);
    if (next != null && (Character.isUpperCase(d.charAt(next[0])) || of)) {
      return false; // the Times Educational Supplement, the Times of India: another paper
    }
    if (next != null && AFTER.contains(d.substring(next[0], next[1]))) {
      return true;
    }
    int[] prev = WordSpans.beforeSpace(d, the, Character::isLetter);
    return prev != null && BEFORE_THE.contains(d.substring(prev[0], prev[1]));
  }
}
