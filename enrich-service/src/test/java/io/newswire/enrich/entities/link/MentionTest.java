package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionTest {
  @Test
  void namedAsKeepsTheSpanAndTakesTheOthersEntityAsAName() {
    // "the Minister ... Halvorsen": a role mention named as the person keeps its span, loses its role flag
    Mention role = new Mention(2, 4, 12, "office:minister", EntityType.PERSON, "Minister", true);
    Mention person = new Mention(0, 30, 39, "person:halvorsen", EntityType.PERSON, "Ivar Halvorsen", false);
    assertEquals(new Mention(2, 4, 12, "person:halvorsen", EntityType.PERSON, "Ivar Halvorsen", false), role.namedAs(person));
  }

  @Test
  void renamedNamesEveryMentionOfAMappedEntityButItsRoles() {
    // "Shares in Corvane rose ... Corvane said": the unknown place is the firm at each of its mentions
    Mention first = new Mention(0, 10, 17, "place:Corvane", EntityType.PLACE, "Corvane", false);
    Mention london = new Mention(0, 21, 27, "Q84", EntityType.PLACE, "London", false);
    Mention again = new Mention(1, 0, 7, "place:Corvane", EntityType.PLACE, "Corvane", false);
    Mention role = new Mention(1, 20, 27, "place:Corvane", EntityType.PLACE, "Corvane", true);
    Mention firm = new Mention(0, 10, 17, "org:Corvane", EntityType.ORGANIZATION, "Corvane", false);
    List<Mention> out = Mention.renamed(List.of(first, london, again, role), Map.of("place:Corvane", firm));
    assertEquals(List.of(firm, london, new Mention(1, 0, 7, "org:Corvane", EntityType.ORGANIZATION, "Corvane", false), role), out);
  }

  @Test
  void nameAtGivesTheEntityAsANameAtAnotherSpan() {
    // "Governor Tamsin Rooke" read as a role: the name widened to the given name before it is a name, not a role
    Mention rooke = new Mention(1, 16, 21, "person:rooke", EntityType.PERSON, "Tamsin Rooke", true);
    assertEquals(new Mention(1, 9, 21, "person:rooke", EntityType.PERSON, "Tamsin Rooke", false), rooke.nameAt(1, 9, 21));
  }

  @Test
  void renamedOfATypeLeavesTheEntitysMentionsOfOtherTypes() {
    // "Ostrava Steel ... Ostrava said": the one-word person is the firm; a place mention under the same id stays
    Mention firm = new Mention(0, 0, 13, "org:ostrava-steel", EntityType.ORGANIZATION, "Ostrava Steel", false);
    Mention person = new Mention(1, 0, 7, "x:ostrava", EntityType.PERSON, "Ostrava", false);
    Mention place = new Mention(2, 5, 12, "x:ostrava", EntityType.PLACE, "Ostrava", false);
    List<Mention> out = Mention.renamed(List.of(firm, person, place), Map.of("x:ostrava", firm), EntityType.PERSON);
    assertEquals(List.of(firm, person.namedAs(firm), place), out);
    assertSame(out.get(2), place);
  }

  @Test
  void renamedGivesTheSameListWithoutAMap() {
    List<Mention> found = List.of(new Mention(0, 0, 6, "Q84", EntityType.PLACE, "London", false));
    assertSame(found, Mention.renamed(found, null));
  }
}
