package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Arabic (round 53b): the model drops a given name that is also a common word (كامل، سلطان، باسم) and keeps the rest
 * of the name (وكامل المطيري، باسم أبو حمدان), or a bare-surname repeat takes a namesake's family name alone. A listed
 * given name right before a person mention (one space, a conjunction و allowed on it, no other mention on it) opens
 * the mention there, a person of its own. Left alone: a person the knowledge base knows by more than a bare family
 * name (خليفة أوباما: the KB would have matched the whole name), an ابن/بن chain (ابن خلدون
 * opens a name by itself) and the listed given names that are as often a noun put before a name ({@link #NOUNS}).
 */
final class ArabicGivenNameBefore {
  /**
   * Given names that are also nouns heading a name: أمين العاصمة (the mayor), خليفة X (the successor), حياة X (life);
   * and the pronoun أنا, whose matching form is the given name آنا (a headline's «أنا أبو عمر»: "I am Abu Omar").
   */
  private static final Set<String> NOUNS = MatchingForm.keys("أمين", "خليفة", "خلف", "حياة", "أنا");

  private ArabicGivenNameBefore() {}

  static List<Mention> open(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      if (text.startsWith("ابن ") || text.startsWith("بن ") || known(m, text, kb)) {
        continue;
      }
      int start = givenBefore(d, m.start());
      if (start < 0 || Mention.overlapping(mentions, m.field(), start, m.start() - 1) != null) {
        continue;
      }
      String whole = d.substring(start, m.end());
      edits.set(i, CrossScriptId.arabicPerson(m.field(), start, m.end(), whole));
    }
    return edits.result();
  }

  /** A KB person named by more than one family-name word (الموسى alone may be a namesake's surname). */
  private static boolean known(Mention m, String text, Function<String, KbEntity> kb) {
    return m.entityId() != null && kb.apply(m.entityId()) != null && (text.indexOf(' ') >= 0 || !text.startsWith("ال"));
  }

  /**
   * Start of the listed given name one space before {@code start} (after its conjunction و), or -1. The word is
   * whole: a letter before it means no word boundary.
   */
  static int givenBefore(String d, int start) {
    int b = start - 1;
    if (b < 1 || d.charAt(b) != ' ') {
      return -1;
    }
    int a = b;
    while (a > 0 && Character.isLetter(d.charAt(a - 1))) {
      a--;
    }
    String word = d.substring(a, b);
    if (!given(word) && word.startsWith("و") && given(word.substring(1))) {
      return a + 1;
    }
    return given(word) ? a : -1;
  }

  /** A listed given name of three letters or more; على (which the matching form folds onto علي) and {@link #NOUNS} are not. */
  private static boolean given(String word) {
    String k = MatchingForm.key(word);
    return word.length() >= 3 && !word.equals("على") && !NOUNS.contains(k) && GivenNames.arabic().contains(k);
  }
}
