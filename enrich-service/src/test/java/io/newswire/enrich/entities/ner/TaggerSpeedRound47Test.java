package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 47: a word's word-list tag rows kept after its neighbour rows in one array, and the sentence's neighbour
 * rows copied side by side before decoding (the rows before and after the sentence at its edges). Tagging with the
 * cached rows gives what every feature looked up afresh gives: sentences of one, two and three words (every
 * neighbour is an edge row), words on the model's word lists (their tag rows are read), long sentences after short
 * ones (the copied rows of a longer sentence are left behind), on a cold and a warm cache.
 */
class TaggerSpeedRound47Test {
  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  private static void assertCachedIsUncached(String lang, List<String[]> doc) {
    PerceptronTagger model = PerceptronTagger.loadShipped(lang);
    if (model == null) {
      return; // a build without the model files has nothing to compare
    }
    int listed = 0;
    for (String[] sentence : doc) {
      for (String token : sentence) {
        if (new TaggerFeatures.TokenInfo(token, model.gazetteer(), WordClusters.NONE).gazTags.length > 0) {
          listed++;
        }
      }
    }
    assertTrue(listed > 0, lang + ": some word is on a word list, so its tag rows are read");
    List<String[]> reversed = new ArrayList<>(doc);
    java.util.Collections.reverse(reversed);
    for (List<String[]> d : List.of(doc, reversed)) {
      for (int pass = 0; pass < 2; pass++) {
        assertEquals(model.tagDocumentUncached(d), model.tagDocument(d), lang + " pass " + pass);
      }
    }
  }

  @Test
  void englishEdgesAndListedWords() {
    List<String[]> doc = new ArrayList<>();
    doc.add(words("London"));
    doc.add(words("Paris agreed"));
    doc.add(words("Maria Lopez spoke"));
    doc.add(words("The mayor of London , Maria Lopez , told reporters in Paris on Monday that the new tram line to "
        + "Croydon would open in May , and that the Bank of England had agreed to help"));
    doc.add(words("Lopez left for Berlin"));
    assertCachedIsUncached("en", doc);
  }

  @Test
  void arabicEdgesAndListedWords() {
    List<String[]> doc = new ArrayList<>();
    doc.add(words("طهران"));
    doc.add(words("قال بزشكيان"));
    doc.add(words("وصل الرئيس الإيراني"));
    doc.add(words("قال الرئيس الإيراني مسعود بزشكيان في طهران يوم الاثنين إن وزير الخارجية سيزور الدوحة وبغداد "
        + "والقاهرة خلال الأسبوع المقبل لبحث العلاقات مع قطر ومصر والعراق"));
    doc.add(words("وغادر بزشكيان إلى الدوحة"));
    assertCachedIsUncached("ar", doc);
  }

  @Test
  void persianEdgesAndListedWords() {
    List<String[]> doc = new ArrayList<>();
    doc.add(words("تهران"));
    doc.add(words("پزشکیان گفت"));
    doc.add(words("رئیس جمهور رسید"));
    doc.add(words("مسعود پزشکیان رئیس جمهور ایران روز دوشنبه در تهران گفت وزیر امور خارجه هفته آینده به دوحه و "
        + "بغداد و قاهره سفر می کند تا درباره روابط با قطر و مصر و عراق گفتگو کند"));
    doc.add(words("پزشکیان به دوحه رفت"));
    assertCachedIsUncached("fa", doc);
  }
}
