package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 46: the words after an Arabic verb that no entity names are kept as its subject (وقال المسعد:), but
 * after a verb with an object and then a participle of saying (وروى ما جرى قائلا, وشرحت فكرتها قائلة) or
 * after a sentence that does not open with its verb (وعن الأعمال الجديدة ردت بالقول, الحديث يجذب … بالقول)
 * those words are the object or the topic, never the speaker. These tests say so; the caller then goes on
 * to the speaker the story is about.
 */
final class ArabicObjectWords {
  /** The relative ما and its fused forms, and a pronoun of the one spoken to: objects, never subjects. */
  private static final Set<String> OBJECT_OPENERS = StringSet.of("ما", "مما", "عما", "بما", "لما", "لك", "لكم");
  /** Prepositions that open a sentence's topic (وعن X قال): the verb's subject comes after the verb, not here. */
  private static final Set<String> TOPIC_PREPOSITIONS = StringSet.of("عن", "وعن", "في", "وفي", "على", "وعلى", "حول",
      "وحول", "بشان", "وبشان", "مع", "ومع", "الى", "والى");
  /** Possessive suffixes a verb's object carries (فكرتها, موكلها, قصته): a subject seldom has one with no name. */
  private static final String[] OBJECT_SUFFIXES = {"ها", "هم", "هما", "هن", "ته"};

  private ArabicObjectWords() {}

  /** The first speech cue (verb or participle) among tokens [i, end), else {@code end}: the subject stops there. */
  static int cueWithin(FieldView f, int i, int end) {
    for (int k = i; k < end; k++) {
      if (f.lexicon.matchAny(f.tokens, k, CueKind.VERB, CueKind.CONT) != null) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether the plain words opening at token i are the verb's object: ما and its kin always; a noun with a
   * possessive suffix (not definite) when a participle of saying follows it (وشرحت فكرتها قائلة).
   */
  static boolean object(FieldView f, int i, boolean participleAfter) {
    Token t = f.tokens.get(i);
    String form = t.form();
    if (OBJECT_OPENERS.contains(form)) {
      return true;
    }
    if (!participleAfter || form.startsWith("ال") || form.length() < 4) {
      return false;
    }
    for (String s : OBJECT_SUFFIXES) {
      if (form.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence opening at token {@code first} opens with a topic phrase or a definite noun, not a verb. */
  static boolean notVerbFirst(List<Token> toks, int first) {
    String form = toks.get(first).form();
    return TOPIC_PREPOSITIONS.contains(form) || form.startsWith("ال") || form.startsWith("وال");
  }
}
