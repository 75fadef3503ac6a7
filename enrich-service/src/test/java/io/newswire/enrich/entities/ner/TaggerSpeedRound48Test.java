package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 48: Viterbi goes tag by tag over the previous tags that may precede it, the best so far in locals, instead of
 * previous tag by previous tag through the arrays. The chunks and their margins (exact floats, in hex) of a
 * document of three sentences per language, as the decoder before the change gave them: a long sentence, one after
 * it (document memory), a one-word sentence (the start row only).
 */
class TaggerSpeedRound48Test {
  private static String tagged(String lang, String... sentences) {
    PerceptronTagger model = PerceptronTagger.loadShipped(lang);
    if (model == null) {
      return null; // a build without the model files has nothing to compare
    }
    List<String[]> doc = new ArrayList<>();
    for (String s : sentences) {
      doc.add(s.split(" "));
    }
    StringBuilder b = new StringBuilder();
    for (List<PerceptronTagger.ScoredChunk> sentence : model.tagDocument(doc)) {
      b.append(" |");
      for (PerceptronTagger.ScoredChunk c : sentence) {
        b.append(' ').append(c.chunk().start()).append('-').append(c.chunk().end()).append(c.chunk().type())
            .append('@').append(Double.toHexString(c.margin()));
      }
    }
    return b.toString();
  }

  private static void assertTagged(String expected, String actual) {
    if (actual != null) {
      assertEquals(expected, actual);
    }
  }

  @Test
  void english() {
    assertTagged(" | 3-4LOC@0x1.3521c8p7 5-7PER@0x1.7bfa7ep5 11-12LOC@0x1.d20644p6 20-21LOC@0x1.16ac84p4 | 0-1PER@0x1.46d106p6 3-6ORG@-0x1.a8c712p5 8-11LOC@-0x1.820fbcp4 | 0-1LOC@0x1.6ce8e6p6", tagged("en",
        "The mayor of London , Maria Lopez , told reporters in Paris on Monday that the new tram line to Croydon would open in May",
        "Lopez said the Bank of England and the European Central Bank had agreed to help",
        "Paris"));
  }

  @Test
  void arabic() {
    assertTagged(" | 3-5PERS@0x1.dd0b88p4 6-7LOC@0x1.8bccbep6 13-14LOC@0x1.d4eac4p6 14-15LOC@0x1.185024p6 15-16LOC@0x1.761e9p6 | 1-2PERS@0x1.8d4a98p6 3-6ORG@-0x1.fc0adp4 9-10LOC@0x1.c74eecp6 | 0-1LOC@0x1.089858p6", tagged("ar",
        "قال الرئيس الإيراني مسعود بزشكيان في طهران يوم الاثنين إن وزير الخارجية سيزور الدوحة وبغداد والقاهرة",
        "وأكد بزشكيان أن منظمة التعاون الإسلامي ستعقد اجتماعا في جدة",
        "طهران"));
  }

  @Test
  void persian() {
    assertTagged(" | 0-2PER@0x1.46e456p4 4-5LOC@0x1.80a29p6 8-9LOC@0x1.b4f52p6 16-17LOC@0x1.ddc2fap4 18-19LOC@0x1.c384fep6 | 0-1PER@0x1.2b6f8ap6 2-9ORG@-0x1.d781ap6 | 0-1LOC@0x1.d0e4cap6", tagged("fa",
        "مسعود پزشکیان رئیس جمهور ایران روز دوشنبه در تهران گفت وزیر امور خارجه هفته آینده به دوحه و بغداد سفر می کند",
        "پزشکیان افزود سازمان ملل متحد و بانک مرکزی ایران در این نشست حضور دارند",
        "تهران"));
  }
}
