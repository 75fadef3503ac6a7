package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Arabic words the cue list holds as speech verbs that, read in place, are not speech. {@code تابع} is 'he
 * went on (saying)' when it opens its sentence, but right after a relative pronoun or a circumstantial
 * {@code وهو} it is 'follows' with an object (الصحافي X، الذي يتابع نشاط المستوطنين، إن …; ويوضح X وهو يتابع
 * حفارا … إن …), and {@code تظهر} there is 'appears' (التصاميم التي تظهر في كل موسم): taken as the cue they
 * give the object as speaker and hide the real verb of saying before them. A word carrying the nominative or
 * genitive tanween is a noun (خطاب خالٍ من أي تشددٍ), never a verb; {@code إبان} written with the hamza below
 * is the preposition 'during', not {@code أبان} 'he stated'. Verbs of admitting ({@code اعترف}) report words only
 * with a complementizer a few words on (واعترف أن …, اعترفوا على الأقل بأنهم …); with a noun they admit a deed
 * (اعترف بالخطأ الذي …، وقال «…», واعترف أثناء استجوابه بالعمل لصالح …), and as the cue they would cut the clause
 * they sit in and give their object as the next verb's speaker. Verbs of claiming ({@code زعم}, {@code ادعى}) are
 * read as the admitting ones: with a complementizer they report a claim (وزعم X أن …), with a noun they claim a
 * thing (يزعم شراكةً), and {@code تزعم} with no complementizer is the verbal noun 'leading' (بعد تزعم الحركة).
 * Their present tense reports only opening a sentence with و or ف (وتزعم الشركة أن …): bare, it sits in a
 * relative clause or after a modal (قوانين … تدعي الجهات أنهم خالفوها, يمكن أن تدعي سيدة أنها 'pretend'); and
 * none reports negated (لا يدّعي X أن), nor after a relative pronoun or a circumstantial وهو, whose antecedent is
 * the claimant (المدرب الذي زعم لها أن …). Verbs of finding ({@code وجد}, 'found that')
 * report a finding the same way, with a complementizer a few words on (ووجد الباحثون أن …); not when negated
 * (لم يجد … إلا أن 'had no choice but', لا يجد حرجا في … 'sees no harm in'), not with an exception before the
 * complementizer, and not as a bare {@code وجدت أن}, which is as often 'I found that' in a column or a memoir as
 * 'she found that'.
 */
final class ArabicNonSpeechVerbs {
  private ArabicNonSpeechVerbs() {}

  /** Verbs of following: a cue only where they open a statement. */
  private static final Set<String> FOLLOWING = StringSet.of("تابع", "تابعت", "يتابع", "تتابع");
  /** Verbs of appearing: 'show that' only with a complementizer after them. */
  private static final Set<String> APPEARING = StringSet.of("يظهر", "تظهر");
  /** Verbs of admitting: a cue only with a complementizer within {@link #ADMITTED_CLAUSE_WINDOW} words. */
  private static final Set<String> ADMITTING = StringSet.of("اعترف", "اعترفت", "اعترفوا", "يعترف", "تعترف");
  /** Verbs of claiming (folded: ادعى is ادعي): a cue only as the admitting verbs are. */
  private static final Set<String> CLAIMING = StringSet.of("زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون", "ادعي",
      "ادعت", "ادعوا", "يدعي", "تدعي");
  /** Their present tense: a cue only with the clitic و or ف on it. */
  private static final Set<String> CLAIMING_PRESENT = StringSet.of("يزعم", "تزعم", "يزعمون", "يدعي", "تدعي");
  /** The complementizer right before a verb (يمكن أن تدعي): the verb is what may happen, not what was said. */
  private static final String AN = "ان";
  /** Verbs of finding: a cue only as the admitting verbs are, and never negated. */
  private static final Set<String> FINDING = StringSet.of("وجد", "وجدت", "وجدوا", "وجدا", "يجد", "تجد", "يجدون");
  /** The first-person-or-feminine form: a finding only with its subject before the complementizer. */
  private static final String FOUND_I_OR_SHE = "وجدت";
  /** Negations right before a verb of finding (folded: لم يجد, ولا تجد, فلن يجدوا). */
  private static final Set<String> NEGATIONS = StringSet.of("لم", "ولم", "فلم", "لا", "ولا", "فلا", "لن", "ولن",
      "فلن", "ما");
  /** 'But, except' before the complementizer: لم يجد … إلا أن is 'had no choice but to'. */
  private static final Set<String> EXCEPTIONS = StringSet.of("الا", "سوى");
  /** Verbs of expressing: a cue only for an expressed hope with its clause (أعرب X عن أمله في أن …). */
  private static final Set<String> EXPRESSING = StringSet.of("اعرب", "اعربت", "اعربوا", "يعرب", "تعرب");
  /** Hope nouns after عن, with the possessive (folded). */
  private static final Set<String> HOPES = StringSet.of("امله", "املها", "املهم", "املهما", "تفاؤله", "تفاؤلها",
      "تفاؤلهم", "تفاوله", "تفاولها", "تفاولهم");
  /** Words between a verb of expressing and its عن: a subject of a few words. */
  private static final int EXPRESSED_SUBJECT_WINDOW = 5;
  /** A preposition before the complementizer: يجد مبررا في أن … 'finds a reason in that', no finding reported. */
  private static final Set<String> PREPOSITIONS = StringSet.of("في", "وفي", "من", "على", "الى", "عن");
  /** Words between an admitting verb and its complementizer: a subject, an adverb (اعترف بنسون أنه, اعترفوا على الأقل بأنهم). */
  private static final int ADMITTED_CLAUSE_WINDOW = 4;
  /** Punctuation that closes the admitting verb's phrase before any complementizer. */
  private static final String CLAUSE_BREAKS = "،,.:;؛\n";
  /** Causal links: the complementizer after them gives a reason, not what was admitted (اعترف بحرج الموقف إذ إن …). */
  private static final Set<String> CAUSAL_LINKS = StringSet.of("إذ", "اذ", "حيث", "لأن", "لان", "كون");
  /** A relative pronoun or a circumstantial 'while he/she' right before the verb: it describes, not says. */
  private static final Set<String> DESCRIBING = StringSet.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
      "اللتان", "اللواتي", "اللاتي", "وهو", "وهي", "وهم", "وهما", "وهن");
  private static final char DAMMATAN = '\u064C';
  private static final char KASRATAN = '\u064D';
  private static final char HAMZA_BELOW = '\u0625';
  private static final String ABANA = "ابان";

  /**
   * Whether the one-word verb hit at token i ({@code clitic}: read without its first letter) is not a verb
   * of saying here.
   */
  static boolean notSpeech(FieldTokens tokens, int i, boolean clitic, CueLexicon lexicon) {
    Token t = tokens.get(i);
    String raw = t.raw();
    if (raw.indexOf(DAMMATAN) >= 0 || raw.indexOf(KASRATAN) >= 0) {
      return true;
    }
    String form = clitic ? t.form().substring(1) : t.form();
    if (ABANA.equals(form)) {
      int first = clitic ? 1 : 0;
      return raw.length() > first && raw.charAt(first) == HAMZA_BELOW;
    }
    if (CLAIMING.contains(form)) {
      String before = i > 0 ? tokens.get(i - 1).form() : "";
      return !clitic && CLAIMING_PRESENT.contains(form) || NEGATIONS.contains(before) || DESCRIBING.contains(before)
          || AN.equals(before) || !complementizerAhead(tokens, i, lexicon);
    }
    if (ADMITTING.contains(form)) {
      return !complementizerAhead(tokens, i, lexicon);
    }
    if (EXPRESSING.contains(form)) {
      return !hopeClauseAhead(tokens, i, lexicon);
    }
    if (FINDING.contains(form)) {
      int c = complementizerAt(tokens, i, lexicon);
      return c < 0 || i > 0 && NEGATIONS.contains(tokens.get(i - 1).form())
          || form.equals(FOUND_I_OR_SHE) && c == i + 1 || PREPOSITIONS.contains(tokens.get(c - 1).form());
    }
    boolean following = FOLLOWING.contains(form);
    if (!following && !APPEARING.contains(form) || clitic || i == 0
        || !DESCRIBING.contains(tokens.get(i - 1).form())) {
      return false;
    }
    return following || i + 1 >= tokens.size() || lexicon.match(tokens, i + 1, CueKind.COMP) == null;
  }

  /**
   * عن, a hope noun, an optional في and a complementizer, within a few words of the verb at i and with no comma
   * or stop between (أعربت الوزيرة عن أملها في أن …): what is hoped is reported.
   */
  private static boolean hopeClauseAhead(FieldTokens tokens, int i, CueLexicon lexicon) {
    String text = tokens.text();
    for (int k = i + 1; k + 2 < tokens.size() && k <= i + EXPRESSED_SUBJECT_WINDOW; k++) {
      for (int c = tokens.get(k - 1).end(); c < tokens.get(k).start(); c++) {
        if (CLAUSE_BREAKS.indexOf(text.charAt(c)) >= 0) {
          return false;
        }
      }
      if (tokens.get(k).form().equals("عن")) {
        if (!HOPES.contains(tokens.get(k + 1).form())) {
          return false;
        }
        int c = tokens.get(k + 2).form().equals("في") ? k + 3 : k + 2;
        return c < tokens.size() && lexicon.match(tokens, c, CueKind.COMP) != null;
      }
    }
    return false;
  }

  /** A complementizer within the window after token i, with no comma or stop before it. */
  private static boolean complementizerAhead(FieldTokens tokens, int i, CueLexicon lexicon) {
    return complementizerAt(tokens, i, lexicon) >= 0;
  }

  /** The token of that complementizer, or -1. */
  private static int complementizerAt(FieldTokens tokens, int i, CueLexicon lexicon) {
    String text = tokens.text();
    for (int k = i + 1; k < tokens.size() && k <= i + ADMITTED_CLAUSE_WINDOW; k++) {
      for (int c = tokens.get(k - 1).end(); c < tokens.get(k).start(); c++) {
        if (CLAUSE_BREAKS.indexOf(text.charAt(c)) >= 0) {
          return -1;
        }
      }
      if (CAUSAL_LINKS.contains(tokens.get(k).form()) || EXCEPTIONS.contains(tokens.get(k).form())) {
        return -1;
      }
      if (lexicon.match(tokens, k, CueKind.COMP) != null) {
        return k;
      }
    }
    return -1;
  }
}
