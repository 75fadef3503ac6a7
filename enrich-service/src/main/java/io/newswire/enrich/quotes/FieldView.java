package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One field as the quote finder reads it: tokens, top-level quotations and entity mentions, all in
 * UTF-16 indices of the field text, plus sentence boundaries that step over quotations.
 */
final class FieldView {
  final ArticleField field;
  final String text;
  final List<Token> tokens;
  final List<QuoteSpan> spans;
  final List<MentionRef> mentions;
  final CueLexicon lexicon;
  /** False when the entity step found nothing (or has not run): subjects are then kept as plain text. */
  final boolean articleHasEntities;

  FieldView(ArticleField field, CueLexicon lexicon, List<MentionRef> mentions, boolean articleHasEntities,
      boolean continuing) {
    this.articleHasEntities = articleHasEntities;
    this.field = field;
    this.text = field.text() == null ? "" : field.text();
    this.lexicon = lexicon;
    this.tokens = Tokenizer.tokens(field.analysis(), lexicon.language());
    this.spans = QuotationMarkScanner.scan(text, continuing);
    this.mentions = mentions;
  }

  /** The same field read with other mentions (tokens and quotations shared). */
  private FieldView(FieldView base, List<MentionRef> mentions) {
    this.articleHasEntities = base.articleHasEntities;
    this.field = base.field;
    this.text = base.text;
    this.lexicon = base.lexicon;
    this.tokens = base.tokens;
    this.spans = base.spans;
    this.mentions = mentions;
  }

  FieldView withMentions(List<MentionRef> others) {
    return new FieldView(this, others);
  }

  /** The text lower-cased ({@code Locale.ROOT}), computed on first use. */
  private String lowerText;

  String lowerText() {
    if (lowerText == null) {
      lowerText = text.toLowerCase(java.util.Locale.ROOT);
    }
    return lowerText;
  }

  String name() {
    return field.name();
  }

  String lang() {
    return lexicon.language();
  }

  /** The last quotation closing at or before {@code pos}, or null (quotations are disjoint and in text order). */
  QuoteSpan lastSpanEndingBy(int pos) {
    QuoteSpan found = null;
    for (QuoteSpan o : spans) {
      if (o.outerEnd() > pos) {
        break;
      }
      found = o;
    }
    return found;
  }

  /** The quotation holding index i, or null. */
  QuoteSpan spanAt(int i) {
    int k = lastSpanStartingBy(i);
    return k >= 0 && spans.get(k).contains(i) ? spans.get(k) : null;
  }

  /** Index of the last quotation starting at or before index i, or -1 (quotations are disjoint and in text order). */
  private int lastSpanStartingBy(int i) {
    int lo = 0;
    int hi = spans.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).outerStart() <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  boolean insideQuote(Token t) {
    return spanAt(t.start()) != null;
  }

  /** Index of the first token starting at or after char index i (tokens.size() when none). */
  int tokenAtOrAfter(int i) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < i) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Start of the sentence holding index i, never inside an earlier quotation's words. The walk back keeps the index
   * of the last quotation starting at or before its char ({@link #spanAt}'s answer without a binary search per char).
   */
  int sentenceStart(int i) {
    int j = i - 1;
    int q = lastSpanStartingBy(j);
    while (j >= 0) {
      QuoteSpan s = q >= 0 && spans.get(q).contains(j) ? spans.get(q) : null;
      if (s != null) {
        // a quotation ending in a full stop closes the sentence before i, unless i is inside it
        if (s.outerEnd() <= i && s.closed() && endsWithTerminator(s) && startsSentenceAfter(s.outerEnd())) {
          return s.outerEnd();
        }
        j = s.outerStart() - 1;
      } else if (isTerminator(j)) {
        return j + 1;
      } else {
        j--;
      }
      while (q >= 0 && spans.get(q).outerStart() > j) {
        q--;
      }
    }
    return 0;
  }

  /** End (exclusive) of the sentence holding index i, stepping over quotations (a quotation index kept as above). */
  int sentenceEnd(int i) {
    QuoteSpan inside = spanAt(i);
    int j = inside != null && inside.outerStart() < i ? inside.outerStart() : i;
    int q = lastSpanStartingBy(j);
    while (j < text.length()) {
      QuoteSpan s = q >= 0 && spans.get(q).contains(j) ? spans.get(q) : null;
      if (s != null && s.outerStart() == j) {
        if (s.closed() && endsWithTerminator(s) && startsSentenceAfter(s.outerEnd())) {
          return s.outerEnd();
        }
        j = s.outerEnd();
      } else if (isTerminator(j)) {
        return j;
      } else {
        j++;
      }
      while (q + 1 < spans.size() && spans.get(q + 1).outerStart() <= j) {
        q++;
      }
    }
    return text.length();
  }

  private boolean endsWithTerminator(QuoteSpan s) {
    int k = s.contentEnd() - 1;
    while (k > s.contentStart() && QuotationMarkScanner.isMark(text.charAt(k))) {
      k--;
    }
    return k >= 0 && ".!?؟".indexOf(text.charAt(k)) >= 0;
  }

  /** After a quotation ending in a full stop, a new sentence starts when a capital or non-Latin word follows. */
  private boolean startsSentenceAfter(int i) {
    int k = i;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length()) {
      return true;
    }
    char c = text.charAt(k);
    return Character.isUpperCase(c) || QuotationMarkScanner.isMark(c);
  }

  /** A full stop that ends a sentence: not inside a number, an initial (U.S.) or a short title (Mr.). */
  boolean isTerminator(int j) {
    char c = text.charAt(j);
    if (c == '!' || c == '?' || c == '؟' || c == '۔') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    if (j + 1 < text.length() && !Character.isWhitespace(text.charAt(j + 1))
        && !QuotationMarkScanner.isMark(text.charAt(j + 1))) {
      return false; // 3.5, U.S.A
    }
    int w = j;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, j);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return !ABBREVIATIONS.contains(word);
  }

  private static final java.util.Set<String> ABBREVIATIONS = StringSet.of(
      "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "St",
      "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Prof", "Rev", "Inc",
      "Corp", "Ltd", "Co", "vs", "Ave", "Ft", "Calif", "Fla", "Pa", "Mass", "Va", "Wis", "Mich", "Ariz",
      "Ill", "Ind", "Tenn", "Ky", "Ga", "Ala", "La", "Md", "Minn", "Mo", "Nev", "Okla", "Ore", "Conn",
      "Del", "Colo", "Wash", "Vt", "Neb", "Kan", "Miss", "Ark");

  /** Mentions starting in [from, to). */
  List<MentionRef> mentionsIn(int from, int to) {
    List<MentionRef> out = new ArrayList<>();
    for (MentionRef m : mentions) {
      if (m.start() >= from && m.start() < to) {
        out.add(m);
      }
    }
    return out;
  }

  /** The mention covering token t, or null. */
  MentionRef mentionAt(Token t) {
    for (int i = 0; i < mentions.size(); i++) { // indexed: asked per token, and the iterator was not optimised away
      MentionRef m = mentions.get(i);
      if (m.start() < t.end() && m.end() > t.start()) {
        return m;
      }
    }
    return null;
  }

  /** Last non-space char before index i, or 0 at the start. */
  char charBefore(int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 ? text.charAt(k) : 0;
  }

  /** First non-space char at or after index i, or 0 at the end. */
  char charAfter(int i) {
    int k = i;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k < text.length() ? text.charAt(k) : 0;
  }

  /** True when only spaces and punctuation (no word) lie in [from, to). */
  boolean noWordsBetween(int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when no cue word lies in [from, to). */
  boolean noCueBetween(int from, int to) {
    return DirectQuoteFinder.lastCue(this, from, to) == null;
  }

  /** True when [from, to) holds only whitespace (no copy of the text, unlike {@code substring(..).isBlank()}). */
  boolean blankBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when [from, to) holds only whitespace and commas (Latin or Arabic). */
  boolean onlySpaceOrComma(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ',' && c != '،' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when [from, to) holds nothing or one Latin comma between spaces: what {@code substring(..).trim()}
   * being empty or "," tests, without the copy.
   */
  boolean blankOrOneComma(int from, int to) {
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    return from == to || to - from == 1 && text.charAt(from) == ',';
  }

  /**
   * True when a sentence ends in [from, to): a full stop inside initials (بي.سي.سي, U.S.A) or a number is
   * none (see {@link #isTerminator}).
   */
  boolean terminatorBetween(int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '!' || c == '?' || c == '؟') && isTerminator(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text in [from, to) without invisible format marks (ZWNJ, ZWJ, LRM/RLM, soft hyphen, BOM): a
   * trailing ZWNJ after a word does not make 'گفت‌:' other than 'گفت:'. The text itself when it holds none.
   */
  String visibleBetween(int from, int to) {
    String s = text.substring(from, to);
    for (int k = 0; k < s.length(); k++) {
      if (Character.getType(s.charAt(k)) == Character.FORMAT) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
          if (Character.getType(s.charAt(i)) != Character.FORMAT) {
            b.append(s.charAt(i));
          }
        }
        return b.toString();
      }
    }
    return s;
  }

  /** True when one of the given chars occurs in [from, to). */
  boolean hasCharBetween(int from, int to, String chars) {
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
