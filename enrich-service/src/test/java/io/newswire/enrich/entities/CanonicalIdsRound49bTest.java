package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 49b, canonical ids (our own sentences): a firm named after its founder's initials has the id of its whole name;
 * George H. W. Bush is named by his own unambiguous names, the bare George Bush staying his son's.
 */
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

  @Test
  void theFatherIsNamedByHisOwnNamesAndTheSonKeepsGeorgeBush() {
    List<Entity> ar = run("ar", "ذكرى حرب الخليج",
        "وقال الرئيس الأميركي الأسبق جورج بوش الأب في رسالة إلى المشاركين إن التحالف كان ضروريا، "
            + "فيما أشاد جورج بوش الابن بدور والده.",
        "وقال إن الأب مسؤول عن أسرته كما كان الأب جورج بوش.");
    assertEquals("wikidata:Q23505", named(ar, "جورج بوش الأب").getId(), all(ar));
    assertEquals("George H. W. Bush", named(ar, "جورج بوش الأب").getName(), all(ar));
    assertEquals("person:george-w-bush", named(ar, "جورج بوش").getId(), all(ar));
    assertNull(mentioned(ar, "الأب"), "the epithet alone is any father, no repeat of his name: " + all(ar));
    List<Entity> fa = run("fa", "سالگرد جنگ خلیج فارس", "جرج بوش پدر در سال ۱۹۹۱ دستور حمله را صادر کرد.");
    assertEquals("wikidata:Q23505", named(fa, "جرج بوش پدر").getId(), all(fa));
    List<Entity> en = run("en", "Library opens",
        "George H.W. Bush opened the library in Texas on Monday, and George Bush spoke after him.");
    assertEquals("wikidata:Q23505", named(en, "George H.W. Bush").getId(), all(en));
    assertNotEquals("wikidata:Q23505", named(en, "George Bush").getId(), "the bare name is no alias of his: " + all(en));
  }
}
