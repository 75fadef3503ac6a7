package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * The grammatical gender an Arabic speech verb or participle marks on its subject: قالت، تقول، مضيفة are
 * feminine, قال، يقول، مضيفا masculine. A verb before its subject agrees with a singular subject in gender,
 * so a feminine cue with no subject of its own cannot go on from a speaker the story introduced with a
 * masculine one (IGAD's وأكدت after the male mediator's اعتبر). Forms are read against the lexicon's own
 * pairs (قال/قالت, يقول/تقول), so a masculine past that happens to end in ت (لفت، أثبت) stays masculine.
 */
final class ArabicVerbGender {
  static final int FEMININE = 1;
  static final int MASCULINE = -1;
  static final int UNKNOWN = 0;

  private ArabicVerbGender() {}

  /** The gender the cue's first word (folded, clitic و/ف allowed) marks, or {@link #UNKNOWN}. */
  static int of(CueLexicon lexicon, CueLexicon.Hit cue, String form) {
    if (cue.kind() == CueKind.CONT) {
      // the singular participles: مؤكدة feminine, مؤكدا masculine; plurals (مؤكدين) name no one person
      return form.endsWith("ة") ? FEMININE : form.endsWith("ا") ? MASCULINE : UNKNOWN;
    }
    if (cue.kind() != CueKind.VERB || cue.first() != cue.last()) {
      return UNKNOWN;
    }
    int g = verb(lexicon, form);
    if (g == UNKNOWN && form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
      g = verb(lexicon, form.substring(1));
    }
    return g;
  }

  /**
   * The lexicon's dual past verbs (أكدا, أكدتا), folded: two people or bodies speak together, so the words are
   * no one person's (coordinated speakers are null). Listed, not derived: وصفها and بقولها also end in ا.
   */
  private static final Set<String> DUALS = StringSet.of(
      fold("أضافا"), fold("أضافتا"), fold("أكدا"), fold("أكدتا"), fold("أوضحا"),
      fold("أوضحتا"), fold("أشارا"), fold("أشارتا"), fold("شددا"), fold("شددتا"), fold("اعتبرا"), fold("اعتبرتا"),
      fold("صرحا"), fold("صرحتا"));

  private static String fold(String w) {
    return MatchForm.fold(w, "ar");
  }

  /** A dual speech verb (clitic و/ف allowed) as the cue's one word. */
  static boolean dual(CueLexicon.Hit cue, String form) {
    if (cue.kind() != CueKind.VERB || cue.first() != cue.last()) {
      return false;
    }
    return DUALS.contains(form)
        || form.length() > 4 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') && DUALS.contains(form.substring(1));
  }

  private static int verb(CueLexicon lexicon, String w) {
    if (!lexicon.word(CueKind.VERB, w) || w.length() < 3) {
      return UNKNOWN;
    }
    String stem = w.substring(0, w.length() - 1);
    String rest = w.substring(1);
    if (w.endsWith("ت") && lexicon.word(CueKind.VERB, stem)) {
      return FEMININE; // قالت beside قال
    }
    if (w.charAt(0) == 'ت' && lexicon.word(CueKind.VERB, "ي" + rest)) {
      return FEMININE; // تقول beside يقول
    }
    if (lexicon.word(CueKind.VERB, w + "ت")) {
      return MASCULINE; // قال beside قالت
    }
    if (w.charAt(0) == 'ي' && lexicon.word(CueKind.VERB, "ت" + rest)) {
      return MASCULINE; // يقول beside تقول
    }
    return UNKNOWN;
  }
}
