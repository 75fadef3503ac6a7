package io.newswire.enrich.entities.kb;

/**
 * An office phrase: either it names one office holder ({@code entity}, for أمير قطر), or it names a
 * role class to resolve against the people the article named before ({@code roleClass}, for رئيس
 * الجمهورية).
 */
public record RolePhrase(KbEntity entity, String roleClass) {}
