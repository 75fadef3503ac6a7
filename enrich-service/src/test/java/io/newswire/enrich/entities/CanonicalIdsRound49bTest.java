package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 49b, canonical ids: a firm named after its founder's initials has the id of its whole name (our own sentences). */
class CanonicalIdsRound49bTest {

  @Test
  void anIdMadeOfTheNameWithoutItsInitialsIsRemadeOfTheWholeName() {
    Mention joined = new Mention(1, 0, 20, "org:name:dalby-group-inc", EntityType.ORGANIZATION, "K.W. Dalby Group Inc", false);
    assertEquals("org:name:kw-dalby-group", EntityAssembler.firmId(joined, id -> false));
    Mention bare = new Mention(1, 0, 15, "org:name:dalby-group", EntityType.ORGANIZATION, "K.W. Dalby Group", false);
    assertEquals("org:name:kw-dalby-group", EntityAssembler.firmId(bare, id -> false));
    Mention other = new Mention(1, 0, 15, "org:name:dalby-holdings", EntityType.ORGANIZATION, "K.W. Dalby Group", false);
    assertEquals("org:name:dalby-holdings", EntityAssembler.firmId(other, id -> false), "an id made of another name is kept");
    assertEquals("Dalby Group Inc", FirmInitials.withoutInitials("K.W. Dalby Group Inc"));
    assertEquals("U.S. Dalby Group", FirmInitials.withoutInitials("U.S. Dalby Group"), "a country's initials are no founder's");
  }

  @Test
  void aFirmWithItsFoundersInitialsHasOneIdWithOrWithoutItsLegalForm() {
    List<Entity> withForm = model("Notes priced",
        "The 100 mln dlrs of notes were sold through K.W. Dalby Group Inc, the underwriter said on Tuesday.",
        "The notes pay 8-1/4 pct.");
    List<Entity> without = model("Debentures priced",
        "A 75 mln dlr offering of debentures is led by K.W. Dalby Group, the company said.",
        "The debentures pay 9 pct.");
    Entity a = mentioned(withForm, "K.W. Dalby Group Inc");
    Entity b = mentioned(without, "K.W. Dalby Group");
    assertNotNull(a, all(withForm));
    assertNotNull(b, all(without));
    assertEquals("org:name:kw-dalby-group", a.getId(), all(withForm));
    assertEquals(a.getId(), b.getId(), "one firm, one id: " + all(withForm) + " / " + all(without));
  }
}
