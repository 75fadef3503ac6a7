package io.newswire.enrich.quotes;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;

/** One entity mention inside the field being read, in UTF-16 indices of that field's text. */
record MentionRef(Entity entity, int start, int end, String text) {
  boolean personOrOrg() {
    EntityType t = entity.getType();
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
  }

  boolean person() {
    return entity.getType() == EntityType.PERSON;
  }
}
