package io.newswire.enrich.entities;

import io.newswire.normalization.MatchingForm;
import java.util.Set;

/**
 * Round 51: a prepositional phrase glued to its ب right after a name (قال يوسف بهدوء، أطلت هبة بفستان أحمر، جاء ماو
 * برفقة زوجته، كتاب أحمد عبد الملك بعنوان …) is read by the model as the name's last word. The letter alone cannot tell
 * it: surnames open with ب too (بكر، بدوي، بركات، بوتين). These are the nouns such phrases are made of, written with
 * their ب, and the few ب-words that are prepositions or pronouns of their own (بين، بعد، بهذا); none is anyone's name.
 */
final class GluedPrepositionTails {
  private static final Set<String> WORDS = MatchingForm.keys("بعنوان", "بإشادة", "بإطلاق", "بهدوء", "بفرحة", "برفقة",
      "بفستان", "ببراعة", "بهذا", "بهذه", "بذلك", "بسرعة", "بشدة", "بقوة", "بحضور", "بمناسبة", "بصفته", "بصفتها",
      "بسبب", "بدوره", "بدورها", "بنفسه", "بنفسها", "بصحبة", "بجانب", "بجوار", "بعد", "بعض", "بدون", "بين", "بينما",
      "بقيادة", "بمشاركة", "برئاسة", "بتهمة", "بالقول");

  private GluedPrepositionTails() {}

  /** Whether {@code word} is such a phrase's first word, no name's last. */
  static boolean glued(String word) {
    return WORDS.contains(MatchingForm.key(word));
  }
}
