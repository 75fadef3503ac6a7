package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 32 (our own sentences): a firm's founder's initials belong to its name; a hyphenated describing
 * word before a name is no part of it; a one-word "person" that opens a firm's name written in the same article is the firm.
 */
class EnglishEntityRound32Test {

  @Test
  void foundersInitialsBelongToTheFirm() {
    String d = "The notes were sold through K.W. Dalby and Co Inc, U.S. Trade Commission rules said, and LeRoy A. Tasker agreed.";
    int firm = d.indexOf("Dalby");
    assertEquals(d.indexOf("K.W."), FirmInitials.initialsBefore(d, firm));
    int body = d.indexOf("Trade Commission");
    assertEquals(-1, FirmInitials.initialsBefore(d, body), "a country's initials are no founder's");
    int man = d.indexOf("Tasker");
    assertEquals(-1, FirmInitials.initialsBefore(d, man), "a middle initial after a given name");
    String glued = "a set by Jay-Z. Soul singers followed";
    assertEquals(-1, FirmInitials.initialsBefore(glued, glued.indexOf("Soul")), "glued to a word before");

    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Notes priced", d));
    List<Mention> in = List.of(new Mention(1, firm - 2, firm - 1, "org:name:w", EntityType.ORGANIZATION, "W", false),
        new Mention(1, firm, firm + "Dalby and Co Inc".length(), "org:name:dalby", EntityType.ORGANIZATION, "Dalby and Co", false));
    List<Mention> out = FirmInitials.extend(fields, in);
    assertEquals(1, out.size(), out.toString());
    assertEquals(d.indexOf("K.W."), out.get(0).start());
    assertEquals("K.W. Dalby and Co", out.get(0).name());
    assertEquals("org:name:dalby", out.get(0).entityId());
  }

  @Test
  void aHyphenatedDescribingWordIsNoPartOfTheName() {
    String d = "Cash-strapped Hollins Motors said on Monday that the Labour-controlled Council and Car-maker Arvane agreed.";
    int a = d.indexOf("Cash-strapped");
    assertEquals(d.indexOf(" Hollins"), ParticipleOpeners.openerEnd(d, a, d.indexOf(" said")));
    int b = d.indexOf("Labour-controlled");
    assertEquals(d.indexOf(" Council"), ParticipleOpeners.openerEnd(d, b, b + "Labour-controlled Council".length()));
    int c = d.indexOf("Car-maker");
    assertEquals(d.indexOf(" Arvane"), ParticipleOpeners.openerEnd(d, c, c + "Car-maker Arvane".length()));
    String ray = "the Blu-ray Disc Association and Coca-Cola Bottling";
    assertEquals(-1, ParticipleOpeners.openerEnd(ray, 4, ray.indexOf(" and")), "a name's own hyphen");
    int cola = ray.indexOf("Coca");
    assertEquals(-1, ParticipleOpeners.openerEnd(ray, cola, ray.length()));

    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Carmaker in talks", d,
        "Hollins Motors has been hit by a recall."));
    String whole = "Cash-strapped Hollins Motors";
    List<Mention> in = List.of(
        new Mention(1, 0, whole.length(), "org:name:cash", EntityType.ORGANIZATION, whole, false),
        new Mention(2, 0, 14, "org:name:hollins", EntityType.ORGANIZATION, "Hollins Motors", false));
    List<Mention> out = ParticipleOpeners.trim(fields, in);
    assertEquals(d.indexOf("Hollins"), out.get(0).start());
    assertEquals("org:name:hollins", out.get(0).entityId(), "joins the entity written with the trimmed text");
    assertEquals("Hollins Motors", out.get(0).name());
  }

  @Test
  void aOneWordPersonOpeningAFirmsNameIsTheFirm() {
    String p = "Web portal Zembra Europe has launched a new search tool. Zembra said the tool would be free. "
        + "Critics say Zembra has been slow.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Portal tool", p,
        "We have not heard from Mr Corbel, a director of Corbel and Co, or from Corbel himself."));
    int europe = p.indexOf("Zembra Europe");
    int first = p.indexOf("Zembra said");
    int second = p.indexOf("Zembra has");
    String q = fields.get(2).display();
    List<Mention> in = List.of(
        new Mention(1, europe, europe + 13, "org:name:zembra-europe", EntityType.ORGANIZATION, "Zembra Europe", false),
        new Mention(1, first, first + 6, "person:name:zembra", EntityType.PERSON, "Zembra", false),
        new Mention(1, second, second + 6, "person:name:zembra", EntityType.PERSON, "Zembra", false),
        new Mention(2, q.indexOf("Corbel,"), q.indexOf("Corbel,") + 6, "person:name:corbel", EntityType.PERSON, "Corbel", false),
        new Mention(2, q.indexOf("Corbel and"), q.indexOf("Corbel and") + 13, "org:name:corbel-and-co",
            EntityType.ORGANIZATION, "Corbel and Co", false));
    List<Mention> out = FirmFirstWords.join(fields, in);
    assertEquals("org:name:zembra-europe", out.get(1).entityId(), out.toString());
    assertEquals(EntityType.ORGANIZATION, out.get(2).type());
    assertEquals(EntityType.PERSON, out.get(3).type(), "Mr Corbel is the man, whatever his firm is called");

    List<Entity> es = model("Portal tool", p);
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Zembra"), all(es));
  }
}
