package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words for a source the story leaves unnamed: 'Analysts', 'one dealer', 'the group', 'some
 * officials'. The files give such a source no speaker, so a pronoun that goes on with it ('But they
 * warned', 'It said') names no one either; before, the pronoun took the description's words as a name.
 */
final class UnnamedSources {
  /** Determiners and quantifiers that open a description of people or a body, never a name. */
  private static final Set<String> OPENERS = StringSet.of("a", "an", "the", "one", "some", "two", "three", "four",
      "several", "many", "most", "other", "another", "these", "those", "both");

  private UnnamedSources() {}

  /**
   * {@code text} describes a source without naming it: an opener and lower-case words only ('the group',
   * 'one dealer'; 'the Spurs coach' holds a name), or a plural of a role, bare or after the body whose
   * people they are ('Analysts', 'officials', 'BNL officials').
   */
  static boolean is(String text) {
    return text != null && is(Tokenizer.tokenize(text, "en"));
  }

  private static boolean is(List<Token> words) {
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).form().toLowerCase(Locale.ROOT);
    if (OPENERS.contains(first)) {
      for (int k = 1; k < words.size(); k++) {
        if (words.get(k).capitalized() || !words.get(k).form().chars().allMatch(Character::isLetter)) {
          return false;
        }
      }
      return words.size() >= 2;
    }
    if (words.size() == 1) {
      return pluralRole(first);
    }
    // 'BNL officials', 'Treasury sources' (round 30): the body only says whose people they are, the
    // people stay unnamed (a lower-case plural role closing the words)
    Token last = words.get(words.size() - 1);
    return !last.capitalized() && pluralRole(last.form().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code text} describes its source without naming it: an unnamed source ({@link #is}), a description whose head
   * is a lower-case plural ({@link #pluralDescription}), one lower-case plural word ('traders'), or a determiner
   * and a lower-case head ('The Finance Ministry official'). A pronoun going on with such words names no one
   * (round 32).
   */
  static boolean group(String text) {
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, "en");
    if (words.isEmpty()) {
      return false;
    }
    if (is(words) || pluralDescription(words)) {
      return true;
    }
    if (words.size() == 1) {
      return !words.get(0).capitalized() && lowerPlural(words.get(0).raw());
    }
    // 'The Finance Ministry official': a determiner and a lower-case head describe someone, they name no one
    Token last = words.get(words.size() - 1);
    return OPENERS.contains(words.get(0).form().toLowerCase(Locale.ROOT)) && !last.capitalized()
        && last.raw().chars().allMatch(Character::isLetter);
  }

  /** Possessive determiners that open a description of someone unnamed ('his former adviser'). */
  private static final Set<String> POSSESSIVES = StringSet.of("his", "her", "their", "its", "our", "my", "your");
  /** Prepositions after a relation noun ('a spokesman for X', 'an aide to X', 'a friend of X'). */
  private static final Set<String> RELATION_PREPS = StringSet.of("for", "to", "of", "at", "with");

  /**
   * {@code text} names someone only by a relation to a person or body: 'A spokesman for the Acme Corp', 'an
   * aide to Senator Jones', 'his former economic adviser', 'the Prime Minister's official spokesman'. The files
   * give such a speaker no name (round 43: 'a spokesman for a body' is null), so a pronoun going on with such
   * words names no one either; before, 'He said' took the description itself as the speaker's name (round 43b).
   * A determiner or possessive and lower-case words up to the relation's preposition, or a possessive and
   * lower-case words to the end.
   */
  static boolean relation(String text) {
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, "en");
    if (words.size() < 2) {
      return false;
    }
    String first = words.get(0).form().toLowerCase(Locale.ROOT);
    if (OPENERS.contains(first) || POSSESSIVES.contains(first)) {
      int k = 1;
      while (k < words.size() && lowerWord(words.get(k)) && !RELATION_PREPS.contains(words.get(k).form())) {
        k++;
      }
      // the head before the preposition, or the last word, is lower-case: no name among the words read
      return k >= 2 && (k == words.size() || RELATION_PREPS.contains(words.get(k).form()));
    }
    // 'Prime Minister Jo Doe's official spokesman': lower-case words after the possessive close the words
    for (int k = words.size() - 1; k >= 1; k--) {
      if (possessive(words, k)) {
        return k < words.size() - 1;
      }
      if (!lowerWord(words.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Token k ends a possessive: "Doe's", or "'s" cut from its word, or "s" after an apostrophe. */
  private static boolean possessive(List<Token> words, int k) {
    String raw = words.get(k).raw();
    if (raw.endsWith("'s") || raw.endsWith("\u2019s")) {
      return true;
    }
    String before = words.get(k - 1).raw();
    return raw.equals("s") && (before.endsWith("'") || before.endsWith("\u2019"));
  }

  private static boolean lowerWord(Token t) {
    return !t.capitalized() && !t.raw().isEmpty() && t.raw().chars().allMatch(Character::isLetter);
  }

  /** Lower-case words in -s that are no plural head ('news', 'series') or no noun at all. */
  private static final Set<String> NOT_PLURALS = StringSet.of("news", "series", "means", "species", "headquarters",
      "politics", "economics", "whereabouts", "always", "perhaps", "afterwards", "towards", "besides", "sometimes",
      "nevertheless", "nonetheless", "has", "was", "does", "says", "thus", "plus", "this", "its", "his", "hers",
      "ours", "theirs", "yours", "across");

  /**
   * {@code text} is a description whose head is a lower-case plural noun ('the firms', 'the West German
   * banking sources', 'the EU's comments'): several people or bodies, or a document, never one person or
   * body named elsewhere in the story. Two words at least (a bare plural is {@link #is}).
   */
  static boolean pluralDescription(String text) {
    return text != null && pluralDescription(Tokenizer.tokenize(text, "en"));
  }

  private static boolean pluralDescription(List<Token> words) {
    if (words.size() < 2) {
      return false;
    }
    Token last = words.get(words.size() - 1);
    return !last.capitalized() && lowerPlural(last.raw());
  }

  /** A word of letters in -s that reads as a plural noun ('traders', 'roasters'; not 'news', 'status', 'this'). */
  private static boolean lowerPlural(String form) {
    return form.length() >= 4 && form.endsWith("s") && !form.endsWith("ss") && !form.endsWith("us")
        && !form.endsWith("is") && !NOT_PLURALS.contains(form) && form.chars().allMatch(Character::isLetter);
  }

  /** 'analysts', 'officials', 'dealers': a role or trade noun of the lexicon, in the plural. */
  private static boolean pluralRole(String form) {
    if (form.length() < 4 || !form.endsWith("s") || form.endsWith("ss")) {
      return false;
    }
    CueLexicon en = CueLexicon.forLanguage("en");
    for (String noun : new String[] {form, form.substring(0, form.length() - 1)}) {
      List<Token> t = Tokenizer.tokenize(noun, "en");
      if (t.size() == 1 && en.matchAny(t, 0, CueKind.ROLE, CueKind.EPITHET) != null) {
        return true;
      }
    }
    return false;
  }
}
