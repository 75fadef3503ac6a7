package io.newswire.enrich.entities.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed token span [start, end), read from IOB tags with conlleval semantics: a chunk starts at B-X,
 * at I-X after O or after a chunk of another type; it ends before O, B-, or a change of type.
 */
public record Chunk(int start, int end, String type) {
  public static List<Chunk> fromTags(String[] tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      // prefix and type read in place: the tagger asks this per sentence, so a token makes no string (the type
      // is cut out only where a chunk begins)
      char prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
      boolean typed = prefix != 'O';
      boolean sameType = type != null && tag.length() - 2 == type.length() && tag.startsWith(type, 2);
      boolean begins = typed && (prefix == 'B' || prefix == 'S' || !sameType);
      if (type != null && (!typed || begins)) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }

  /** IOB2 tags for {@code chunks} over {@code n} tokens. */
  public static String[] toTags(List<Chunk> chunks, int n) {
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "O");
    for (Chunk c : chunks) {
      for (int i = c.start; i < c.end; i++) {
        tags[i] = (i == c.start ? "B-" : "I-") + c.type;
      }
    }
    return tags;
  }
}
