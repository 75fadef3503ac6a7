package io.newswire.enrich.quotes;

import io.newswire.text.StringMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution words of one language, loaded once from {@code /quotes/cues-<lang>.txt}. Matches are
 * on folded token forms; multi-word entries match consecutive tokens, longest first. Immutable.
 */
final class CueLexicon {
  private static final Map<String, CueLexicon> CACHE = new ConcurrentHashMap<>();

  /** A lexicon hit: tokens [first, last] of the field matched an entry of {@code kind}. */
  record Hit(CueKind kind, int first, int last) {}

  private final String language;
  /** Arabic takes clitics before a cue and has the بين check; known once, asked per token. */
  private final boolean arabic;
  /**
   * For matching: first word form to, by {@link CueKind#ordinal()}, the entries' words longest first (null
   * for a kind without one). One look-up per token and kind, and no scan past the other kinds' entries.
   */
  private final StringMap<String[][][]> byFirstWordAndKind;

  private CueLexicon(String language, StringMap<String[][][]> byFirstWordAndKind) {
    this.language = language;
    this.arabic = "ar".equals(language);
    this.byFirstWordAndKind = byFirstWordAndKind;
  }

  static CueLexicon forLanguage(String language) {
    String lang = language == null ? "en" : language.toLowerCase(java.util.Locale.ROOT);
    int dash = lang.indexOf('-');
    String base = dash > 0 ? lang.substring(0, dash) : lang;
    String key = switch (base) {
      case "ar", "fa", "en" -> base;
      case "ur", "ps" -> "fa";
      default -> "en";
    };
    return CACHE.computeIfAbsent(key, CueLexicon::load);
  }

  String language() {
    return language;
  }

  private static CueLexicon load(String lang) {
    // first word form to, by CueKind ordinal, the entries of that kind (their words)
    Map<String, List<String[]>[]> loading = new HashMap<>();
    String path = "/quotes/cues-" + lang + ".txt";
    try (InputStream in = CueLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        CueKind kind = CueKind.valueOf(line.substring(0, tab).trim());
        add(loading, lang, kind, line.substring(tab + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String[][][]> byFirst = new HashMap<>();
    loading.forEach((word, byKind) -> byFirst.put(word, longestFirst(byKind)));
    return new CueLexicon(lang, StringMap.copyOf(byFirst));
  }

  private static void add(Map<String, List<String[]>[]> loading, String language, CueKind kind, String entry) {
    List<Token> toks = Tokenizer.tokenize(entry, language);
    String[] words = toks.stream().map(Token::form).toArray(String[]::new);
    if (words.length == 0) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String[]>[] byKind = loading.computeIfAbsent(words[0], k -> new List[CueKind.values().length]);
    if (byKind[kind.ordinal()] == null) {
      byKind[kind.ordinal()] = new ArrayList<>();
    }
    byKind[kind.ordinal()].add(words);
  }

  /** Each kind's entries longest first (a stable sort: equal lengths keep the file's order), as arrays. */
  private static String[][][] longestFirst(List<String[]>[] byKind) {
    String[][][] out = new String[byKind.length][][];
    for (int k = 0; k < byKind.length; k++) {
      if (byKind[k] != null) {
        byKind[k].sort((a, b) -> b.length - a.length);
        out[k] = byKind[k].toArray(String[][]::new);
      }
    }
    return out;
  }

  /** The longest entry of {@code kind} starting at token i (an Arabic و/ف clitic allowed), or null. */
  Hit match(List<Token> tokens, int i, CueKind kind) {
    Hit hit = matchEntries(tokens, i, entriesAt(tokens, i, false), kind);
    boolean clitic = false;
    if (hit == null && arabic && allowsClitic(kind)) {
      String form = tokens.get(i).form();
      if (form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
        hit = matchEntries(tokens, i, entriesAt(tokens, i, true), kind);
        clitic = true;
      }
    }
    if (hit != null && kind == CueKind.VERB && arabic && hit.first() == hit.last()
        && tokens instanceof FieldTokens f && ArabicBayna.preposition(f, i, clitic)) {
      return null; // بين inside a sentence: 'between', not the verb بيّن
    }
    if (hit != null && kind == CueKind.VERB && arabic && hit.first() == hit.last()
        && tokens instanceof FieldTokens f && ArabicNonSpeechVerbs.notSpeech(f, i, clitic, this)) {
      return null; // 'follows', 'appears', a noun or 'during' in place: no verb of saying
    }
    if (hit != null && kind == CueKind.VERB && !arabic && hit.first() == hit.last()
        && (EnglishPluralCues.notVerbOfSaying(tokens, i) || EnglishThatCues.notVerbOfSaying(tokens, i))) {
      return null; // a bare 'claim'/'predict' with no plural subject, 'estimates' with no 'that': the noun or another verb
    }
    if (hit != null && kind == CueKind.VERB && !arabic && hit.first() == hit.last()
        && EnglishAttributiveCues.afterArticle(tokens, i)) {
      return null; // 'a reiterated recommendation', 'the reports that …': a noun phrase, no verb of saying
    }
    if (hit != null && kind == CueKind.VERB && !arabic && hit.first() != hit.last()
        && EnglishThatCues.refusalWithoutClause(tokens, hit.last())) {
      return null; // 'refused to accept the offer': the frame reports only a 'that' clause
    }
    return hit;
  }

  /** Whether a one-word entry of {@code kind} is exactly this folded word (no clitic). */
  boolean word(CueKind kind, String folded) {
    String[][][] byKind = byFirstWordAndKind.getOrDefault(folded, NONE);
    String[][] entries = byKind == NONE ? null : byKind[kind.ordinal()];
    if (entries != null) {
      for (String[] words : entries) {
        if (words.length == 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** No entry starts with the form (a memo slot that was looked up, unlike null). */
  private static final String[][][] NONE = new String[0][][];

  /**
   * The entries, by kind, whose first word is token i's form ({@code clitic}: the form without its first
   * letter), or {@link #NONE}; looked up once per token of a field's {@link FieldTokens}.
   */
  private String[][][] entriesAt(List<Token> tokens, int i, boolean clitic) {
    Object[] memo = tokens instanceof FieldTokens f ? f.cueMemo(this, clitic) : null;
    if (memo != null && memo[i] != null) {
      return (String[][][]) memo[i];
    }
    String form = tokens.get(i).form();
    String[][][] byKind = byFirstWordAndKind.getOrDefault(clitic ? form.substring(1) : form, NONE);
    if (memo != null) {
      memo[i] = byKind;
    }
    return byKind;
  }

  /**
   * {@code first}, else {@code second}, at token i: the common two-kind question without a varargs array
   * (asked per token by the quote finders, which are too large for the array to be optimised away).
   */
  Hit matchAny(List<Token> tokens, int i, CueKind first, CueKind second) {
    Hit h = match(tokens, i, first);
    return h != null ? h : match(tokens, i, second);
  }

  /** {@code first}, else {@code second}, else {@code third} at token i: the three-kind question without an array. */
  Hit matchAny(List<Token> tokens, int i, CueKind first, CueKind second, CueKind third) {
    Hit h = matchAny(tokens, i, first, second);
    return h != null ? h : match(tokens, i, third);
  }

  /** Any kind at token i, in priority order of the kinds given. */
  Hit matchAny(List<Token> tokens, int i, CueKind... kinds) {
    for (CueKind k : kinds) {
      Hit h = match(tokens, i, k);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static boolean allowsClitic(CueKind kind) {
    return kind == CueKind.VERB || kind == CueKind.CONT || kind == CueKind.SWITCH || kind == CueKind.SOURCE
        || kind == CueKind.ROLE || kind == CueKind.PRONOUN;
  }

  private static Hit matchEntries(List<Token> tokens, int i, String[][][] byKind, CueKind kind) {
    String[][] entries = byKind == NONE ? null : byKind[kind.ordinal()];
    if (entries == null) {
      return null;
    }
    for (String[] words : entries) {
      int len = words.length;
      if (i + len > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < len && ok; k++) {
        ok = tokens.get(i + k).form().equals(words[k]);
      }
      if (ok) {
        return new Hit(kind, i, i + len - 1);
      }
    }
    return null;
  }
}
