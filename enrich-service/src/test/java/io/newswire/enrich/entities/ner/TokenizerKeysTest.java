package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.enrich.entities.FieldText;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.analysis.FieldAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-field token keys the recognizers share (round 42: built once instead of once per recognizer). */
class TokenizerKeysTest {
  @Test
  void oneKeyPerTokenPerSentenceInTheMatchingForm() {
    FieldText f = new FieldText(0, "paragraphs[0]", FieldAnalysis.of("قال الوزير إنّ المحادثات ستُستأنف. وصل الوفد إلى أنقرة"), 0);
    List<List<Tokenizer.Token>> sentences = f.sentences();
    List<String[]> keys = f.sentenceKeys();
    assertEquals(sentences.size(), keys.size());
    for (int s = 0; s < sentences.size(); s++) {
      assertEquals(sentences.get(s).size(), keys.get(s).length);
      for (int i = 0; i < keys.get(s).length; i++) {
        assertEquals(MatchingForm.key(sentences.get(s).get(i).text()), keys.get(s)[i]);
      }
    }
    assertArrayEquals(new String[] {"قال", "الوزير", "ان", "المحادثات", "ستستانف", "."}, keys.get(0));
    assertSame(keys, f.sentenceKeys());
  }
}
