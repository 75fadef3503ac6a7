package io.newswire.enrich.quotes;

import java.util.List;

/**
 * Persian document statements (round 38): 'در این بیانیه آمده است: …', 'در پیام X آمده: …' – a statement,
 * message or letter whose words follow آمده (است) and a colon without marks. آمده is no speech verb of its own
 * ('به وجود آمده است', 'به دست آمده'), so it is a cue only with the colon right after it, or (round 40) with a
 * comma or که after it in a sentence that opens with the document ('در این گزارش آمده است، …').
 */
final class PersianDocumentStatements {
  private PersianDocumentStatements() {}

  /** The cue آمده / آمده است at token i when a colon follows it (or a comma or که after a document frame), else null. */
  static CueLexicon.Hit cueAt(FieldView f, int i) {
    List<Token> toks = f.tokens;
    if (!toks.get(i).form().equals("امده")) {
      return null;
    }
    int last = i + 1 < toks.size() && toks.get(i + 1).form().equals("است")
        && f.noWordsBetween(toks.get(i).end(), toks.get(i + 1).start()) ? i + 1 : i;
    if (last + 1 >= toks.size()) {
      return null;
    }
    String gap = f.visibleBetween(toks.get(last).end(), toks.get(last + 1).start()).trim();
    boolean clauseAfter = (gap.equals("،") || gap.equals(",") || gap.isEmpty() && f.lexicon.match(toks, last + 1,
        CueKind.COMP) != null) && f.spanAt(toks.get(last + 1).start()) == null;
    if (!gap.equals(":") && !(clauseAfter && documentFrame(f, i))) {
      return null;
    }
    int end = f.sentenceEnd(toks.get(last + 1).start());
    for (int k = last + 1; k < toks.size() && toks.get(k).start() < end; k++) {
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
        return null; // 'در ادامه مقاله آمده است: X … نوشت که …': the document relays X, whose own cue follows
      }
    }
    return new CueLexicon.Hit(CueKind.VERB, i, last);
  }

  /** Most words between the sentence-opening در and آمده: 'در توضیح این سوژه آمده است'. */
  private static final int MAX_FRAME = 6;

  /**
   * آمده (است) with a comma or که after it is a document's words only when the sentence opens with the
   * document it is in ('در این گزارش آمده است، …', 'در این خبرها آمده است که …'): 'مشکلاتی که پیش آمده است،
   * …' is no statement. No other verb between.
   */
  private static boolean documentFrame(FieldView f, int i) {
    List<Token> toks = f.tokens;
    int first = f.tokenAtOrAfter(f.sentenceStart(toks.get(i).start()));
    if (first >= i || i - first > MAX_FRAME || !toks.get(first).form().equals("در")) {
      return false;
    }
    for (int k = first + 1; k < i; k++) {
      if (f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null || f.insideQuote(toks.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the cue is آمده (است) opening a document's words (as {@link #cueAt} found it). */
  static boolean isCue(FieldView f, CueLexicon.Hit cue) {
    return f.tokens.get(cue.first()).form().equals("امده");
  }

  /** Whether marks opening at {@code quoteStart} follow آمده (است): – a document's words put in marks. */
  static boolean marksAfterCue(FieldView f, int quoteStart) {
    int k = f.tokenAtOrAfter(quoteStart) - 1;
    List<Token> toks = f.tokens;
    if (k >= 0 && toks.get(k).form().equals("است") && k > 0) {
      k--;
    }
    return k >= 0 && toks.get(k).form().equals("امده")
        && f.visibleBetween(toks.get(k).end(), quoteStart).indexOf(':') >= 0;
  }

  /**
   * The speaker of a document statement: the issuer named before آمده ('در بیانیه سازمان X آمده است'), else,
   * when the phrase names no one ('در این پیام آمده است'), the one whose message the story is telling.
   */
  static SpeakerRef issuer(FieldView f, CueLexicon.Hit cue, SpeakerRef found, SpeakerTracker tracker) {
    if (!isCue(f, cue) || found != null && (found.entityId() != null || found.name() != null)) {
      return found;
    }
    int cueStart = f.tokens.get(cue.first()).start();
    MentionRef owner = null;
    for (MentionRef m : f.mentionsIn(f.sentenceStart(cueStart), cueStart)) {
      if (m.personOrOrg()) {
        owner = m; // 'در اطلاعیه ستاد X آمده است': the last body or person named before آمده issued it
      }
    }
    if (owner != null) {
      return SpeakerRef.of(owner, owner.text());
    }
    SpeakerRef current = tracker.current();
    return current != null ? current : found;
  }
}
