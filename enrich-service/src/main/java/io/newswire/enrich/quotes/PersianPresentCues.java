package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 54: Persian feature copy tells what its interviewees say in the present tense (خرم دل اضافه می‌کند: …,
 * کورتوف ادامه می‌دهد که …), and the same compound verbs also narrate what someone or something does (… بر معنا
 * تأکید می‌کند نیز …, مستندی است که … تأکید می‌کند که …, X را در حالی بیان می‌کند که …). The present tense of a
 * compound speech verb reports words only where a colon or که opens them; a clause right after it, or after
 * its comma, is the narrator's (the past tense keeps its bare clause: 'ابراهیم تاکید کرد آمریکایی‌ها …').
 */
final class PersianPresentCues {
  private PersianPresentCues() {}

  /** The present-tense light verbs (folded: the ZWNJ of می‌ dropped), singular and plural. */
  private static final Set<String> PRESENT_LIGHT_VERBS = StringSet.of("میکند", "میکنند", "میدارد", "میدارند",
      "میدهد", "میدهند", "میشود", "میشوند", "میسازد");

  /**
   * Announcing keeps its bare clause in the present as in the past (محققان … اعلام می‌کنند تغییرات …): it
   * narrates nothing else.
   */
  private static final Set<String> BARE_CLAUSE_NOUNS = StringSet.of("اعلام");

  /**
   * Whether the cue is a compound verb in the present tense (اضافه می‌کند, اظهار می‌دارد, ادامه می‌دهد) that
   * takes its words only after a colon or که.
   */
  static boolean present(FieldView f, CueLexicon.Hit cue) {
    return cue.kind() == CueKind.VERB && cue.last() > cue.first()
        && PRESENT_LIGHT_VERBS.contains(f.tokens.get(cue.last()).form())
        && !BARE_CLAUSE_NOUNS.contains(f.tokens.get(cue.first()).form());
  }

  /** How far before the cue the frame's words may sit (این اظهارات را در حالی بیان می‌کند که). */
  private static final int WHILE_WINDOW = 4;

  /**
   * Whether the که after the cue closes a 'while' frame opened before it in the sentence (X را در حالی بیان
   * می‌کند که …: says X while …): what follows is the circumstance, not the words said.
   */
  static boolean whileFrame(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int from = f.tokenAtOrAfter(f.sentenceStart(toks.get(cue.first()).start()));
    for (int k = cue.first() - 1; k >= from && k >= cue.first() - WHILE_WINDOW; k--) {
      String w = toks.get(k).form();
      if (w.equals("درحالی") || w.equals("حالی") && k > 0 && toks.get(k - 1).form().equals("در")) {
        return true;
      }
    }
    return false;
  }
}
