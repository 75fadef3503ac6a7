package io.newswire.enrich.quotes;

import io.newswire.schema.Mention;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * A subject of two coordinated speakers ('Bob Hawke and Treasurer Paul Keating said', 'He and Keating warned',
 * 'Schroeder and Chirac have called for'): the annotation convention (round 7) leaves such a clause with no
 * speaker, since neither said it alone. Only a named person or body, or he/she, before the 'and' counts: 'Sales
 * rose and Smith said' and 'in Europe and Smith said' coordinate no subject.
 */
final class CoordinatedSubjects {
  private static final Set<String> PERSONAL = StringSet.of("he", "she");
  /** Code points of ' and ' between two mentions. */
  private static final int AND_GAP = 5;
  /** Words of a title between 'and' and the second name ('and Treasurer Paul Keating'). */
  private static final int MAX_TITLE_WORDS = 3;

  private CoordinatedSubjects() {}

  /**
   * The first token of the subject when the name opening at token {@code second}, closing the subject before a
   * cue, is the second of two coordinated speakers; else -1.
   */
  static int otherConjunct(FieldView f, int second, int regionStart) {
    List<Token> toks = f.tokens;
    int j = second - 1;
    // step over a capitalized title before the name: 'and Treasurer Paul Keating'
    for (int n = 0; n < MAX_TITLE_WORDS && j >= 0 && toks.get(j).capitalized() && f.mentionAt(toks.get(j)) == null
        && f.blankBetween(toks.get(j).end(), toks.get(j + 1).start()); n++) {
      j--;
    }
    if (j < 1 || !toks.get(j).form().equals("and") || toks.get(j).start() < regionStart
        || !f.blankBetween(toks.get(j).end(), toks.get(j + 1).start())
        || !f.blankBetween(toks.get(j - 1).end(), toks.get(j).start())) {
      return -1;
    }
    Token before = toks.get(j - 1);
    if (PERSONAL.contains(before.form())) {
      return before.start() >= regionStart ? j - 1 : -1;
    }
    MentionRef first = f.mentionAt(before);
    MentionRef named = f.mentionAt(toks.get(second));
    if (first == null || !first.personOrOrg() || first.end() != before.end() || first.start() < regionStart
        || named != null && (first.entity() == named.entity() || oneName(f, first, named))) {
      return -1;
    }
    return f.tokenAtOrAfter(first.start());
  }

  /**
   * 'Health and Safety Executive', 'Victims and Citizens Against Crime': a one-word body the knowledge base does
   * not know, which the article never names but right before 'and' and the other body, is the opening word of
   * one name that the entity step split.
   */
  private static boolean oneName(FieldView f, MentionRef first, MentionRef second) {
    String id = first.entity().getId();
    if (first.person() || second.person() || f.tokenAtOrAfter(first.start()) + 1 != f.tokenAtOrAfter(first.end())
        || id == null || !(id.startsWith("org:name:") || id.startsWith("org:en:"))) {
      return false; // a body the knowledge base knows ('Conservatives and Liberal Democrats') stands alone
    }
    for (Mention a : first.entity().getMentions()) {
      boolean paired = false;
      for (Mention b : second.entity().getMentions()) {
        paired |= b.getField().equals(a.getField()) && b.getStart() - a.getEnd() == AND_GAP;
      }
      if (!paired) {
        return false;
      }
    }
    return true;
  }

  /** Whether a speaker's words are such a pair ('He and Keating'), which names neither alone. */
  static boolean coordinated(String text) {
    return text.contains(" and ");
  }
}
