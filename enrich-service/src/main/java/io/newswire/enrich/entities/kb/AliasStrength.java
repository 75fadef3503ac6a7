package io.newswire.enrich.entities.kb;

/** How much an alias can be trusted on its own. */
public enum AliasStrength {
  /** A full or distinctive name: links wherever it matches. */
  STRONG,
  /** A partial name shared by many (family names, given names): links only when the article also has a
   *  strong mention of the entity or a title right before it. Written {@code ~alias} in the TSV. */
  PARTIAL,
  /** An ordinary word that is a name only in place (agency short names): links in a dateline or after an
   *  agency cue. Written {@code @alias} in the TSV. */
  CONTEXT;

  static AliasStrength ofMarker(char c) {
    return switch (c) {
      case '~' -> PARTIAL;
      case '@' -> CONTEXT;
      default -> STRONG;
    };
  }
}
