package io.newswire.enrich;

/**
 * One addressable piece of an article's display text. Offsets published in mentions and quotes are
 * code-point offsets into {@link #text()} of the field named {@link #name()}.
 *
 * @param name 'headline', 'highlights[i]', 'dateline' or 'paragraphs[i]'
 * @param text display text of the field
 */
public record ArticleField(String name, String text) {}
