package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 60, third Persian lane (organisations): the KB rows of organizations-more.tsv, on invented text. */
class PersianEntityRound60cTest {

  @Test
  void thePopularFrontIsOneOrganisationUnderItsFullAndShortNames() {
    List<Entity> es = run("fa", "عنوان",
        "سخنگوی جبهه مردمی نیروهای انقلاب اسلامی گفت: جبهه نیروهای انقلاب نامزد خود را به زودی معرفی می‌کند.");
    Entity front = found(es, "جبهه مردمی نیروهای انقلاب اسلامی", EntityType.ORGANIZATION);
    assertEquals("Popular Front of Islamic Revolution Forces", front.getName(), all(es));
    assertEquals(2, front.getMentions().size(), all(es));
  }

  @Test
  void theCoalitionPartyDoesNotTakeTheNextWord() {
    List<Entity> es = run("fa", "عنوان",
        "دبیرکل حزب موتلفه اسلامی کشور با بیان اینکه انتخابات مهم است گفت: حزب مؤتلفه اسلامی یاران دولت را دعوت کرد.");
    Entity party = found(es, "حزب موتلفه اسلامی", EntityType.ORGANIZATION);
    assertEquals("Islamic Coalition Party", party.getName(), all(es));
    assertEquals(2, party.getMentions().size(), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "حزب موتلفه اسلامی کشور"), all(es));
  }

  @Test
  void semnansExchangeIsNotTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "در بورس منطقه سمنان امروز ۲۰۰ تن سیمان عرضه شد. بورس سمنان هفته گذشته نیز فعال بود و استان سمنان سیمان صادر می‌کند.");
    Entity exchange = found(es, "بورس سمنان", EntityType.ORGANIZATION);
    assertEquals("Semnan Regional Exchange", exchange.getName(), all(es));
    assertEquals(2, exchange.getMentions().size(), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "سمنان"), all(es));
  }
}
