package io.newswire.enrich.entities.ner;

import io.newswire.schema.EntityType;

/**
 * A name found without the knowledge base, before linking.
 *
 * @param field index of the field in reading order
 * @param start display char index
 * @param end   display char index, exclusive
 * @param cued  a title stands right before it (so a person, and worth keeping when uncertain)
 */
public record Candidate(int field, int start, int end, EntityType type, double confidence, boolean cued) {}
