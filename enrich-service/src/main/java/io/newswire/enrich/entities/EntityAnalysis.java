package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import java.util.List;

/**
 * Everything the extractor found in one article.
 *
 * @param entities published entities, most salient first
 * @param mentions every resolved mention in reading order, including role references ({@link
 *                 Mention#role()}) that are not published for entities the article names
 * @param fields   the fields as prepared for matching
 */
public record EntityAnalysis(List<Entity> entities, List<Mention> mentions, List<FieldText> fields) {}
