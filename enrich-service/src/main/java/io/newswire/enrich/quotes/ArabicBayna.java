package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Undotted Arabic writes the speech verb بيّن ('he stated') and the preposition بين ('between') alike. The
 * verb opens its sentence (وبين المدير أن …, كما بين …, من جهته، بين …) or carries its shadda; inside a
 * sentence the bare word is nearly always the preposition (الاتفاق المبرم بين مصر وفرنسا, من بين, بيني وبين
 * نفسي), and reading it as a cue gives a clause and a speaker that no one said.
 */
final class ArabicBayna {
  private ArabicBayna() {}

  private static final String FORM = "بين";
  private static final char SHADDA = '\u0651';
  /** Words right before the verb that leave it opening its clause: كما بين …, ثم بين …. */
  private static final Set<String> OPENERS = StringSet.of("كما", "وكما", "ثم");
  /** 'On his part', set off by a comma before the verb: من جهته، بين …, بدوره، بين …. */
  private static final Set<String> ON_ONES_PART = StringSet.of("جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها",
      "ناحيته", "ناحيتها");

  /** Whether token i, folded {@code بين} (with a و/ف clitic when {@code clitic}), is the preposition, no cue. */
  static boolean preposition(FieldTokens tokens, int i, boolean clitic) {
    Token t = tokens.get(i);
    String form = clitic ? t.form().substring(1) : t.form();
    if (!FORM.equals(form) || t.raw().indexOf(SHADDA) >= 0) {
      return false;
    }
    String text = tokens.text();
    int k = t.start() - 1;
    while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u0640')) {
      k--;
    }
    if (k < 0) {
      return false; // the field opens with it
    }
    char before = text.charAt(k);
    if (before == '.' || before == '!' || before == '?' || before == '؟' || before == ':' || before == '\n') {
      return false; // opens its sentence
    }
    if (i == 0) {
      return true;
    }
    Token prev = tokens.get(i - 1);
    boolean comma = before == '،' || before == ',';
    if (!comma && prev.end() == k + 1 && OPENERS.contains(prev.form())) {
      return false;
    }
    if (comma && ON_ONES_PART.contains(prev.form())) {
      return false;
    }
    return true;
  }
}
