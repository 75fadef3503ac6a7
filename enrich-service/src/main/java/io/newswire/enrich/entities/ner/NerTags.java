package io.newswire.enrich.entities.ner;

import io.newswire.schema.EntityType;
import java.util.Locale;

/**
 * The entity types public benchmarks share, PER, LOC and ORG: ANERcorp's PERS, ArmanPersoNER's
 * lower-case pers/loc/org (with or without B-/I-), CoNLL's PER/LOC/ORG. Every other type (MISC, dates,
 * events, part-of-speech columns) becomes O, so corpora with different type sets score alike.
 */
public final class NerTags {
  private NerTags() {}

  /** {@code tag} mapped to B-/I- PER, LOC or ORG, or O. A bare type (IO scheme) counts as I-. */
  public static String map(String tag) {
    String prefix = "I-";
    String type = tag;
    if (tag.length() > 2 && tag.charAt(1) == '-' && "BIESbies".indexOf(tag.charAt(0)) >= 0) {
      prefix = Character.toUpperCase(tag.charAt(0)) == 'I' || Character.toUpperCase(tag.charAt(0)) == 'E' ? "I-" : "B-";
      type = tag.substring(2);
    }
    String t = type(type);
    return t == null ? "O" : prefix + t;
  }

  /** PER, LOC or ORG for a type name in any of the benchmarks' spellings, else null. */
  public static String type(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "PER", "PERS", "PERSON" -> "PER";
      case "LOC", "LOCATION", "PLACE" -> "LOC";
      case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
      default -> null;
    };
  }

  /** The published type of a tagger chunk's type (PER/PERS, LOC, ORG), or null (MISC and the rest). */
  public static EntityType entityType(String chunkType) {
    return switch (chunkType) {
      case "PER", "PERS" -> EntityType.PERSON;
      case "LOC" -> EntityType.PLACE;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  public static String[] mapAll(String[] tags) {
    String[] out = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = map(tags[i]);
    }
    return out;
  }
}
