package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.ArticleField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence bounds of a field view: the walks keep a quotation index as they go instead of a binary search per
 * char; they must give what the per-char {@link FieldView#spanAt} walk gave, at every index of fields with
 * closed, unclosed and carried-over quotations.
 */
class FieldViewTest {
  private static final List<String> TEXTS = List.of(
      "The minister arrived on Monday. \"We will not give up.\" He then left for the airport. Mr. Smith stayed.",
      "She said \"the talks failed. We go home\" and walked out. \"Never again,\" the envoy added",
      "وقال الوزير: «لن نتراجع عن هذا القرار.» ثم غادر القاعة. وأضاف أن «الحوار مستمر",
      "علی رضایی گفت: «حقوق سه ماه پرداخت نشده است.» کارگران شعار «حقوق ما را بدهید» سر دادند؟ وی افزود.",
      "no quotation here. none at all! really? yes.");

  private static FieldView view(String text, String lang, boolean continuing) {
    return new FieldView(new ArticleField("paragraphs[0]", text), CueLexicon.forLanguage(lang), List.of(), false,
        continuing);
  }

  /** The walk back as it was: the quotation holding each char by a binary search. */
  private static int sentenceStartByChar(FieldView f, int i) {
    int j = i - 1;
    while (j >= 0) {
      QuoteSpan s = f.spanAt(j);
      if (s != null) {
        if (s.outerEnd() <= i && s.closed() && endsWithTerminator(f, s) && startsSentenceAfter(f, s.outerEnd())) {
          return s.outerEnd();
        }
        j = s.outerStart() - 1;
        continue;
      }
      if (f.isTerminator(j)) {
        return j + 1;
      }
      j--;
    }
    return 0;
  }

  private static int sentenceEndByChar(FieldView f, int i) {
    QuoteSpan inside = f.spanAt(i);
    int j = inside != null && inside.outerStart() < i ? inside.outerStart() : i;
    while (j < f.text.length()) {
      QuoteSpan s = f.spanAt(j);
      if (s != null && s.outerStart() == j) {
        if (s.closed() && endsWithTerminator(f, s) && startsSentenceAfter(f, s.outerEnd())) {
          return s.outerEnd();
        }
        j = s.outerEnd();
        continue;
      }
      if (f.isTerminator(j)) {
        return j;
      }
      j++;
    }
    return f.text.length();
  }

  private static boolean endsWithTerminator(FieldView f, QuoteSpan s) {
    int k = s.contentEnd() - 1;
    while (k > s.contentStart() && QuotationMarkScanner.isMark(f.text.charAt(k))) {
      k--;
    }
    return k >= 0 && ".!?؟".indexOf(f.text.charAt(k)) >= 0;
  }

  private static boolean startsSentenceAfter(FieldView f, int i) {
    int k = i;
    while (k < f.text.length() && Character.isWhitespace(f.text.charAt(k))) {
      k++;
    }
    return k >= f.text.length() || Character.isUpperCase(f.text.charAt(k)) || QuotationMarkScanner.isMark(f.text.charAt(k));
  }

  @Test
  void sentenceBoundsAreThoseOfTheWalkByCharAtEveryIndex() {
    for (String text : TEXTS) {
      for (boolean continuing : new boolean[] {false, true}) {
        FieldView f = view(text, text.charAt(0) < 128 ? "en" : "ar", continuing);
        for (int i = 0; i <= text.length(); i++) {
          assertEquals(sentenceStartByChar(f, i), f.sentenceStart(i), "start at " + i + " of " + text);
          if (i < text.length()) {
            assertEquals(sentenceEndByChar(f, i), f.sentenceEnd(i), "end at " + i + " of " + text);
          }
        }
      }
    }
  }

  @Test
  void aQuotationEndingInAFullStopClosesTheSentenceBeforeTheNextOne() {
    String text = TEXTS.get(0);
    FieldView f = view(text, "en", false);
    int he = text.indexOf("He then");
    assertEquals(text.indexOf("\"We") + "\"We will not give up.\"".length(), f.sentenceStart(he));
    // inside the quotation: the sentence holding it, from after 'Monday.'
    assertEquals(text.indexOf("Monday.") + "Monday.".length(), f.sentenceStart(text.indexOf("will not")));
    assertEquals(text.indexOf("airport") + "airport".length(), f.sentenceEnd(he));
    // Mr. is no sentence end: the sentence of 'Smith' starts after the airport's full stop
    assertEquals(text.indexOf(" Mr."), f.sentenceStart(text.indexOf("Smith")));
  }

  @Test
  void aPersianQuestionMarkEndsASentenceAndAQuotationIsSteppedOver() {
    String text = TEXTS.get(3);
    FieldView f = view(text, "fa", false);
    int vey = text.indexOf("وی افزود");
    assertEquals(vey, f.sentenceStart(vey) + 1); // after '؟' and its space
    int workers = text.indexOf("کارگران");
    // the chant's quotation has no full stop in it: the sentence runs over it to the '؟'
    assertEquals(text.indexOf('؟'), f.sentenceEnd(workers));
  }
}
