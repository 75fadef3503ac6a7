package io.newswire.enrich.entities.kb;

/** One way of writing an entity's name in one language. */
public record KbAlias(String text, String lang, AliasStrength strength) {}
