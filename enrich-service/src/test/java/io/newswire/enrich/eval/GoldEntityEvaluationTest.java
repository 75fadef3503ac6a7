package io.newswire.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schema.Dateline;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldEntityEvaluationTest {
  static final String TEXT = "بزشكيان في الدوحة\nطهران-مهر:- التقى بزشكيان  أمير قطر.";

  static EnrichedArticle article(List<Entity> entities) {
    return EnrichedArticle.newBuilder()
        .setId("t").setVersion(1)
        .setSource(Source.newBuilder().setAgency("Mehr").setFeed("test").setReceivedAt(Instant.EPOCH).build())
        .setLanguage("ar").setHeadline("بزشكيان في الدوحة").setHighlights(List.of())
        .setDateline(Dateline.newBuilder().setText("طهران-مهر:-").setCity("طهران").setAgency("Mehr").build())
        .setParagraphs(List.of("التقى بزشكيان أمير قطر."))
        .setContentType("text/plain").setCharset("UTF-8")
        .setEntities(entities).setQuotes(List.of())
        .setPipelineVersion("test").setProcessedAt(Instant.EPOCH).build();
  }

  static Entity entity(String id, EntityType type, Object... fieldStartEnd) {
    List<Mention> ms = new java.util.ArrayList<>();
    for (int i = 0; i < fieldStartEnd.length; i += 3) {
      ms.add(Mention.newBuilder().setField((String) fieldStartEnd[i]).setStart((Integer) fieldStartEnd[i + 1])
          .setEnd((Integer) fieldStartEnd[i + 2]).setText("x").build());
    }
    return Entity.newBuilder().setId(id).setType(type).setName(id).setMentions(ms).setSalience(0.5).build();
  }

  @Test
  void mapsFieldOffsetsIntoTheOriginalText() throws Exception {
    // Paragraph "التقى بزشكيان أمير قطر." is in the text with a double space: located modulo whitespace.
    String gold = new ObjectMapper().writeValueAsString(java.util.Map.of("id", "g", "lang", "ar", "text", TEXT,
        "entities", List.of(
            java.util.Map.of("id", "E1", "type", "PERSON", "name", "P", "mentions", List.of(List.of(0, 7), List.of(36, 43))),
            java.util.Map.of("id", "E2", "type", "PLACE", "name", "Doha", "mentions", List.of(List.of(11, 17))),
            java.util.Map.of("id", "E3", "type", "PLACE", "name", "Qatar", "mentions", List.of(List.of(50, 53))))));
    EnrichedArticle a = article(List.of(
        entity("p", EntityType.PERSON, "headline", 0, 7, "paragraphs[0]", 6, 13),
        entity("d", EntityType.PLACE, "headline", 11, 17),
        entity("t", EntityType.PLACE, "dateline", 0, 5)));
    GoldEntityEvaluation.Report r = GoldEntityEvaluation.score(new ObjectMapper().readTree(gold), a);
    assertEquals(3, r.mentionTotal().truePositives(), r.errors().toString());
    assertEquals(1, r.mentionTotal().falsePositives());
    assertEquals(1, r.mentionTotal().falseNegatives());
    assertEquals(2, r.entityTotal().truePositives());
    assertEquals(1, r.entityTotal().falsePositives());
    assertEquals(1, r.entityTotal().falseNegatives());
  }

  @Test
  void aLeadTheBodyRepeatsAfterThePersianReportSentenceStaysOnItsOwnLine() throws Exception {
    // The report sentence is the dateline but stays in the second paragraph; the lead it repeats must still map
    // to the first copy (it mapped to the later one, and the lead's mentions scored as missed).
    String lead = "وزیر امور خارجه ایران امروز وارد ایروان شد.";
    String report = "به گزارش خبرگزاری فارس از تهران";
    String text = "سفر وزیر خارجه ایران به ارمنستان\n" + lead + "\n" + report + "، " + lead;
    EnrichedArticle a = EnrichedArticle.newBuilder(
            article(List.of(entity("y", EntityType.PLACE, "paragraphs[0]", 33, 39, "paragraphs[1]", 66, 72))))
        .setLanguage("fa").setHeadline("سفر وزیر خارجه ایران به ارمنستان")
        .setDateline(Dateline.newBuilder().setText(report).setCity("تهران").setAgency("Fars").build())
        .setParagraphs(List.of(lead, report + "، " + lead)).build();
    assertEquals(text.indexOf(lead), GoldDocuments.fieldStarts(text, a).get("paragraphs[0]"));
    String gold = new ObjectMapper().writeValueAsString(java.util.Map.of("id", "g", "lang", "fa", "text", text,
        "entities", List.of(java.util.Map.of("id", "E1", "type", "PLACE", "name", "Yerevan",
            "mentions", List.of(List.of(66, 72), List.of(143, 149))))));
    GoldEntityEvaluation.Report r = GoldEntityEvaluation.score(new ObjectMapper().readTree(gold), a);
    assertEquals(2, r.mentionTotal().truePositives(), r.errors().toString());
    assertEquals(0, r.mentionTotal().falseNegatives());
  }
}
