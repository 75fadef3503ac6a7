package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.LetterCase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * English: a body named in full and then its initials in brackets ("the Federal Communications Commission (FCC)") is
 * named by those initials from there on. The bracketed initials and their bare repeats in the article are mentions of
 * that body, whatever the rules made of them (most often nothing: a lone acronym has no cue). The initials must spell
 * the capitalised words that end the name ("European Court of Appeal for Trade (CAT)": C, A, T; function words are
 * skipped), three letters at least unless they spell every capitalised word, so a bracketed code or ticker that is
 * no abbreviation of the name stays out. Fires only where a body's mention is followed by a bracket.
 *
 * <p>Round 37: a firm's legal form is no part of its initials ("Freeport-McMoran Gold Co (FMG)", "Singapore National
 * Printers Ltd (SNP)"), and BBC and Reuters also write a short form with only its first letter capitalised, made of the
 * first letters or syllables of every capitalised word ("Commodity Exchange (Comex)", "New York Mercantile Exchange
 * (Nymex)", "World Anti-Doping Agency (Wada)"). A bracketed short form the rules had made an organisation of its own
 * or anything else (named by itself alone: "Pemex" typed a person) becomes the body's mention too.
 *
 * <p>Round 52b: Reuters and BBC also drop the brackets: "Diagnostic Retrieval Systems Inc said ... DRS, a warfare systems
 * producer, said": capitals written later in the dispatch that are the first letters of every capitalised word of a
 * body's name (its legal form and an opening "The" left out) are its initials as if bracketed. Only a later use counts
 * (not a ticker in angle brackets, not a line in capitals), so the full name comes first, as the copy defines it.
 *
 * <p>Round 57: Reuters also sets a body's short form between commas after "the" and its name, often its initials in
 * its own language, which spell nothing of the English name ("the National Statistics Institute, INSEE, ..."; "the
 * National Bureau for Emergencies, ONEMI, said"). Three to six capitals there, followed by a lower-case word that is no
 * "and"/"or" or by a speaker's one-word name and "said" (a list goes on with names or a conjunction), are defined as if
 * bracketed, unless another body holds them.
 */
final class BracketInitials {
  /** Whitespace and hyphens between a name's words; compiled once (String.split compiles this pattern on every call). */
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");
  private BracketInitials() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    mentions = joinShortForms(fields, mentions);
    MentionAdditions added = new MentionAdditions(mentions);
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String initials = shortForm(fields, mentions, m);
      if (initials == null) {
        continue;
      }
      // initials the copy never defined in brackets may open a product's or a unit's name (GM Europe, HP LaserJet)
      String d = fields.get(m.field()).display();
      boolean bare = bracketed(d, m.end()) == null && apposed(d, m.start(), m.end()) == null;
      for (FieldText f : fields) {
        String t = f.display();
        for (int at = t.indexOf(initials); at >= 0; at = t.indexOf(initials, at + 1)) {
          int end = at + initials.length();
          if (!alone(t, at, end) || at > 0 && t.charAt(at - 1) == '<' || bare && AcronymRepeats.capitalisedAfter(t, end)
              || !added.free(f.index(), at, end)) {
            continue;
          }
          added.add(new Mention(f.index(), at, end, m.entityId(), EntityType.ORGANIZATION, m.name(), false));
        }
      }
    }
    return added.result();
  }

  /**
   * A name the rules found for the short form in brackets after a body's name, named by that short form alone (of any
   * type: a lone "Pemex" has no cue to say it is a firm): every mention of it becomes the body's.
   */
  private static List<Mention> joinShortForms(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String initials = shortForm(fields, mentions, m);
      if (initials == null || initials.equals(m.name())) {
        continue;
      }
      // bare initials the rules already took for a body (OPEC, IBM: often the knowledge base's) keep that body's id; only
      // a short form the copy defines in brackets takes them over
      boolean defined = bracketed(fields.get(m.field()).display(), m.end()) != null;
      for (int i = 0; i < mentions.size(); i++) {
        Mention o = mentions.get(i);
        if (!o.role() && !o.entityId().equals(m.entityId()) && initials.equals(o.name())
            && (defined || o.type() != EntityType.ORGANIZATION)
            && o.end() - o.start() == initials.length()) {
          edits.set(i, o.namedAs(m));
        }
      }
    }
    return edits.result();
  }

  /**
   * The body's short form in brackets after {@code m}, else its initials used bare later in the dispatch, else null. Bare
   * initials another body already holds, one whose name they spell or open, are that body's ("European Commission ... EC",
   * where the EC is the European Community; "GFI Nevada Inc, a subsidiary of General Felt Industries ... GFI said").
   */
  private static String shortForm(List<FieldText> fields, List<Mention> mentions, Mention m) {
    String d = fields.get(m.field()).display();
    String name = d.substring(m.start(), m.end());
    String initials = bracketed(d, m.end());
    if (initials != null) {
      return spells(name, initials) ? initials : null;
    }
    initials = apposed(d, m.start(), m.end());
    if (initials != null) {
      for (Mention o : mentions) {
        if (o.type() == EntityType.ORGANIZATION && !o.entityId().equals(m.entityId()) && initials.equals(o.name())) {
          return null; // a known body in a list of bodies (the Bank of England, HSBC, said ...)
        }
      }
      return initials;
    }
    initials = initialsOf(name);
    if (initials == null || !usedLater(fields, m, initials)) {
      return null;
    }
    for (Mention o : mentions) {
      if (!o.entityId().equals(m.entityId()) && (initials.equals(initialsOf(o.name())) || o.name().startsWith(initials + " "))) {
        return null;
      }
    }
    return initials;
  }

  /**
   * The first letters of every capitalised word of a name of two words or more (hyphen parts count as words), its legal
   * form at the end and an opening "The" left out, if two to six: "Diagnostic Retrieval Systems Inc" gives "DRS"; else null.
   */
  static String initialsOf(String name) {
    if (LetterCase.mostlyUpperCase(name)) {
      return null; // a headline in capitals: every word is capitalised
    }
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAKS.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !(words.isEmpty() && w.equals("The"))) {
        words.add(w);
      }
    }
    if (!words.isEmpty() && EnglishNameRecognizer.isFirmSuffix(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() < 2 || words.size() > 6) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      s.append(w.charAt(0));
    }
    return s.toString();
  }

  /**
   * {@code initials} stand alone after {@code m}, in its field or a later one: not a ticker ({@code <DRS>}), not before a
   * capitalised word or a figure (GE CF6-80C2), not in a dateline or a line in capitals (a Reuters headline's words).
   */
  private static boolean usedLater(List<FieldText> fields, Mention m, String initials) {
    for (FieldText f : fields) {
      String t = f.display();
      if (f.index() < m.field() || f.isDateline() || f.analysis().mostlyUpperCase()) {
        continue;
      }
      int from = f.index() == m.field() ? m.end() : 0;
      for (int at = t.indexOf(initials, from); at >= 0; at = t.indexOf(initials, at + 1)) {
        if (alone(t, at, at + initials.length()) && (at == 0 || t.charAt(at - 1) != '<')
            && !AcronymRepeats.capitalisedAfter(t, at + initials.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Capitals (two to six), or a capital and two to six lower-case letters, in brackets right after {@code end}, one space
   * allowed before the bracket and inside it; or null.
   */
  static String bracketed(String d, int end) {
    int k = end;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    if (k >= d.length() || d.charAt(k) != '(') {
      return null;
    }
    k++;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    int a = k;
    while (k < d.length() && d.charAt(k) >= 'A' && d.charAt(k) <= 'Z') {
      k++;
    }
    if (k == a + 1) { // one capital: a short form in lower case after it, or nothing
      while (k < d.length() && d.charAt(k) >= 'a' && d.charAt(k) <= 'z') {
        k++;
      }
      if (k - a < 3 || k - a > 7) {
        return null;
      }
    }
    int b = k;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    if (b - a < 2 || b - a > 6 || k >= d.length() || d.charAt(k) != ')') {
      return null;
    }
    return d.substring(a, b);
  }

  /**
   * Three to six capitals between commas right after a name of two words or more written after "the" ("the National
   * Bureau for Emergencies, ONEMI, said"), the second comma followed by a lower-case word other than "and"/"or" or by
   * one capitalised word and "said"/"says"; or null.
   * Not in a line in capitals, nor a legal form ("..., PLC, said").
   */
  static String apposed(String d, int start, int end) {
    String name = d.substring(start, end);
    if (start < 4 || !d.startsWith("the", start - 4) || !Character.isWhitespace(d.charAt(start - 1))
        || name.indexOf(' ') < 0 && name.indexOf('\n') < 0 || LetterCase.mostlyUpperCase(name)) {
      return null;
    }
    int a = afterMark(d, end);
    if (a < 0) {
      return null;
    }
    int b = a;
    while (b < d.length() && d.charAt(b) >= 'A' && d.charAt(b) <= 'Z') {
      b++;
    }
    if (b - a < 3 || b - a > 6 || EnglishNameRecognizer.isFirmSuffix(d.substring(a, b))) {
      return null;
    }
    int w = afterMark(d, b);
    if (w < 0 || w >= d.length() || !Character.isLetter(d.charAt(w))) {
      return null;
    }
    int we = w;
    while (we < d.length() && Character.isLetter(d.charAt(we))) {
      we++;
    }
    String next = d.substring(w, we);
    if (Character.isUpperCase(next.charAt(0))) {
      // a speaker after the short form ("the National Statistics Institute, INSEE, Marais said"), no list's next name
      return d.startsWith(" said", we) || d.startsWith(" says", we) ? d.substring(a, b) : null;
    }
    return next.equals("and") || next.equals("or") ? null : d.substring(a, b);
  }

  /** The index past a comma at {@code at} and the spaces and line breaks after it; -1 when no comma stands there. */
  private static int afterMark(String d, int at) {
    if (at >= d.length() || d.charAt(at) != ',') {
      return -1;
    }
    int k = at + 1;
    while (k < d.length() && (d.charAt(k) == ' ' || d.charAt(k) == '\n')) {
      k++;
    }
    return k;
  }

  /**
   * The initials of the name's capitalised words (hyphen parts count as words) end with {@code initials}; a legal form
   * that ends the name (Co, Inc, Ltd) may be left out. A short form in lower case after its capital must instead be made
   * of the first letters or syllables of every capitalised word, in order.
   */
  static boolean spells(String name, String initials) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAKS.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        words.add(w);
      }
    }
    if (spellsWords(words, initials)) {
      return true;
    }
    int n = words.size();
    return n > 1 && EnglishNameRecognizer.isFirmSuffix(words.get(n - 1)) && spellsWords(words.subList(0, n - 1), initials);
  }

  private static boolean spellsWords(List<String> words, String initials) {
    if (initials.length() > 1 && Character.isLowerCase(initials.charAt(1))) {
      return !words.isEmpty() && syllables(words, 0, initials, 0);
    }
    StringBuilder all = new StringBuilder();
    for (String w : words) {
      all.append(w.charAt(0));
    }
    String s = all.toString();
    return s.equals(initials) || initials.length() >= 3 && s.endsWith(initials);
  }

  /** {@code form} from {@code at} on is a non-empty prefix of each of {@code words} from {@code w} on, in order. */
  private static boolean syllables(List<String> words, int w, String form, int at) {
    if (w == words.size()) {
      return at == form.length();
    }
    String word = words.get(w);
    for (int k = 1; k <= word.length() && at + k <= form.length(); k++) {
      if (Character.toLowerCase(word.charAt(k - 1)) != Character.toLowerCase(form.charAt(at + k - 1))) {
        return false;
      }
      if (syllables(words, w + 1, form, at + k)) {
        return true;
      }
    }
    return false;
  }

  /** No letter, digit or hyphen touches [{@code at}, {@code end}): the initials stand alone (also {@link AcronymRepeats}). */
  static boolean alone(String t, int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) && t.charAt(at - 1) != '-')
        && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)) && t.charAt(end) != '-');
  }
}
