package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.normalization.MatchingForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic copy names a republic with its form of state in construct (جمهورية النيجر): the annotation
 * conventions take the whole phrase as the country's mention (r12, as r5's الجمهورية اليمنية and the seed's
 * الجمهورية الإسلامية الإيرانية), while the knowledge base matches the country's name alone. A place match
 * right after جمهورية (no article; a clitic و/ب/ل before it stays outside) grows back over the head, keeping
 * its targets. Not دولة: the seed dispatch and the first file keep دولة قطر, دولة الكويت to the name alone.
 */
final class StateNames {
  private static final Set<String> HEADS = MatchingForm.keys("جمهورية");
  /**
   * Round 35b: a federal state's long form puts اتحاد between the head and the name (جمهورية اتحاد ميانمار, "Republic
   * of the Union of Myanmar"); alone اتحاد X is a union or federation (an ORG), so it joins only after جمهورية.
   */
  private static final String UNION = MatchingForm.key("اتحاد");

  private StateNames() {}

  static void join(List<FieldText> fields, List<List<NameMatch>> matches) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      List<NameMatch> field = matches.get(f);
      List<NameMatch> out = null;
      for (int i = 0; i < field.size(); i++) {
        NameMatch m = field.get(i);
        int head = m.namesOnlyPlaces() ? headBefore(d, m.start()) : -1;
        if (head >= 0 && (i == 0 || field.get(i - 1).end() <= head)) {
          if (out == null) {
            out = new ArrayList<>(field);
          }
          MatchingForm form = fields.get(f).form();
          out.set(i, new NameMatch(head, m.end(), NestedNames.matchingIndex(form, head), m.mEnd(), m.targets()));
        }
      }
      if (out != null) {
        matches.set(f, out);
      }
    }
  }

  /** Start of a state head (after its clitic) that ends one space before {@code start}, or -1. */
  private static int headBefore(String d, int start) {
    int e = start - 1;
    if (e < 1 || d.charAt(e) != ' ') {
      return -1;
    }
    int b = e;
    while (b > 0 && !Character.isWhitespace(d.charAt(b - 1))) {
      b--;
    }
    String word = d.substring(b, e);
    if (MatchingForm.key(word).equals(UNION)) {
      return headBefore(d, b);
    }
    if (HEADS.contains(MatchingForm.key(word))) {
      return b;
    }
    if (word.length() > 1 && "وبلف".indexOf(word.charAt(0)) >= 0 && HEADS.contains(MatchingForm.key(word.substring(1)))) {
      return b + 1;
    }
    return -1;
  }
}
