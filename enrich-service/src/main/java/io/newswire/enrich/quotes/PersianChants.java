package io.newswire.enrich.quotes;

import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chants in marks after شعار / شعارهای that a crowd raised (شعار «مرگ بر …» سر دادند, با سر دادن شعارهای «…»،
 * «…» و «…»): words uttered, DIRECT, each chant of a list its own quote, with no speaker (an unnamed crowd; the
 * annotations since round 39). Persian copy also marks mottos and titles after شعار (با شعار «…» آغاز شد, شعار
 * «هنر برای هنر»), so the words count only when the sentence says they were chanted: سر دادن before شعار or
 * after the list.
 */
final class PersianChants {
  private PersianChants() {}

  /** Folded nouns for a slogan and its plural, with or without the ezafe's ی. */
  private static final Set<String> SLOGAN_NOUNS = StringSet.of("شعار", "شعارها", "شعارهای");

  /** 'raised' (a chant): سر دادند, سر می‌دادند, سر داده, سردادند …, سر a word of its own. */
  private static final Pattern RAISED = Pattern.compile("(?<!\\p{L})سر[ \u200c]?(?:(?:می|مي)[ \u200c]?)?(?:داد|دهند)");

  /** 'raising' before the noun: با سر دادن شعار …, با سردادن شعارهای …. */
  private static final Pattern RAISING = Pattern.compile("(?<!\\p{L})سر[ \u200c]?دادن[ \u200c]*$");

  /** The chants of field {@code f}, as DIRECT candidates with no cue; the caller gives them no speaker. */
  static List<Candidate> find(FieldView f) {
    List<Candidate> out = new ArrayList<>();
    if (!"fa".equals(f.lang())) {
      return out;
    }
    // A token's form is already folded the Persian way (the view's tokenizer folds once per field, and folding is
    // idempotent): asked as it is, where folding it again read every char of every Persian token once more.
    for (Token t : f.tokens) {
      if (!SLOGAN_NOUNS.contains(t.form()) || f.insideQuote(t)) {
        continue;
      }
      List<QuoteSpan> list = listAfter(f, t.end());
      if (list.isEmpty()) {
        continue;
      }
      int listEnd = list.get(list.size() - 1).outerEnd();
      int sentenceStart = f.sentenceStart(t.start());
      boolean chanted = RAISING.matcher(f.text.substring(sentenceStart, t.start())).find()
          || RAISED.matcher(f.text.substring(listEnd, f.sentenceEnd(listEnd))).find();
      if (!chanted) {
        continue;
      }
      for (QuoteSpan s : list) {
        out.add(new Candidate(QuoteKind.DIRECT, s.contentStart(), s.contentEnd(), null, null, false));
      }
    }
    return out;
  }

  /** Closed quotations from {@code from} on, the first right after it, the others joined by ، , or و. */
  private static List<QuoteSpan> listAfter(FieldView f, int from) {
    List<QuoteSpan> list = new ArrayList<>();
    int i = skip(f.text, from, false);
    QuoteSpan s;
    while (i < f.text.length() && (s = f.spanAt(i)) != null && s.open() == i && s.closed()) {
      list.add(s);
      i = skip(f.text, s.outerEnd(), true);
    }
    return list;
  }

  /** Index after blanks (and, between chants, the joining ، , و). */
  private static int skip(String text, int i, boolean joiners) {
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean joiner = joiners && (c == '،' || c == ',' || c == 'و' && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && (i == 0 || !Character.isLetter(text.charAt(i - 1))));
      if (!Character.isWhitespace(c) && c != '\u200c' && !joiner) {
        return i;
      }
      i++;
    }
    return i;
  }
}
