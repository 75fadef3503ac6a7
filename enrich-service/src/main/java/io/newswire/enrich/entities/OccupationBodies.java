package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 49): forces, police, soldiers or authorities named only through "the occupation" (قوات الاحتلال،
 * شرطة الاحتلال، جنود الاحتلال، سلطات الاحتلال) name no body: the annotation files leave every such phrase out (the
 * first file's قوات الاحتلال الخاصة, r49's settlers item three times), and the recognizer took the definite genitive
 * for a name, its repeats too. A mention of the head and الاحتلال, or of them joined by و to another noun (قوات
 * الاحتلال والمستوطنين), is dropped. With a nationality after it (قوات الاحتلال الإسرائيلية) the phrase says whose
 * forces and is left: the files name those the Israel Defense Forces.
 */
final class OccupationBodies {
  private OccupationBodies() {}

  /** Heads (matching form) that the occupation leaves unnamed. */
  private static final Set<String> HEADS = MatchingForm.keys("قوات", "شرطة", "جنود", "سلطات", "جيش", "سلطة");
  private static final String OCCUPATION = MatchingForm.key("الاحتلال");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && unnamed(FieldText.text(fields, m)));
  }

  static boolean unnamed(String text) {
    String[] words = MatchingForm.key(text).split(" ");
    return words.length >= 2 && HEADS.contains(words[0]) && words[1].equals(OCCUPATION)
        && (words.length == 2 || words[2].startsWith("و"));
  }
}
