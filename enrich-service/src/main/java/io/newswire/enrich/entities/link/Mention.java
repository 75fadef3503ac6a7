package io.newswire.enrich.entities.link;

import io.newswire.schema.EntityType;

/**
 * A resolved name in one field.
 *
 * @param field    field index in reading order
 * @param start    display char index
 * @param end      display char index, exclusive
 * @param entityId id of the entity it names
 * @param type     entity type
 * @param name     canonical name of the entity (English when the KB has one)
 * @param role     true for a role reference (أمير قطر) rather than a name
 */
public record Mention(int field, int start, int end, String entityId, EntityType type, String name, boolean role) {}
