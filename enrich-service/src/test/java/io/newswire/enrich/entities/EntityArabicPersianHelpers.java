package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;

/** Small lookups shared by the round tests. */
final class EntityArabicPersianHelpers {
  private EntityArabicPersianHelpers() {}

  /** The entity one of whose mentions is exactly {@code text}, or null. */
  static Entity mentioned(List<Entity> es, String text) {
    return es.stream().filter(e -> texts(e).contains(text)).findFirst().orElse(null);
  }

  /** How many mentions of entities of {@code type} are exactly {@code text}. */
  static long mentionsOf(List<Entity> es, EntityType type, String text) {
    return es.stream().filter(e -> e.getType() == type)
        .flatMap(e -> e.getMentions().stream()).filter(m -> m.getText().equals(text)).count();
  }

  /** Whether some entity of {@code type} has a mention exactly {@code text}. */
  static boolean typed(List<Entity> es, EntityType type, String text) {
    return mentionsOf(es, type, text) > 0;
  }

  /** Whether some entity of {@code type} has a mention holding {@code part}. */
  static boolean typedContaining(List<Entity> es, EntityType type, String part) {
    return es.stream().filter(e -> e.getType() == type).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getText().contains(part));
  }

  /** How many entities are of {@code type}. */
  static long ofType(List<Entity> es, EntityType type) {
    return es.stream().filter(e -> e.getType() == type).count();
  }

  static String all(List<Entity> es) {
    return es.stream().map(e -> e.getType() + " " + e.getName() + " " + texts(e)).toList().toString();
  }

  /** The entity mentioned exactly as {@code text}, asserted to exist (any type). */
  static Entity named(List<Entity> es, String text) {
    Entity e = mentioned(es, text);
    assertNotNull(e, all(es));
    return e;
  }

  /** The entity mentioned exactly as {@code text}, asserted to exist and to be of {@code type}. */
  static Entity found(List<Entity> es, String text, EntityType type) {
    Entity e = mentioned(es, text);
    assertNotNull(e, all(es));
    assertEquals(type, e.getType(), all(es));
    return e;
  }

  /** Whether any mention of any entity holds {@code word}. */
  static boolean anyMentionHolds(List<Entity> es, String word) {
    return es.stream().flatMap(e -> texts(e).stream()).anyMatch(t -> t.contains(word));
  }
}
