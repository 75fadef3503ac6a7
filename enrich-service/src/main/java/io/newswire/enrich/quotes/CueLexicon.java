package io.newswire.enrich.quotes;

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
  /** first word form to the entries starting with it, longest first (kind first while loading). */
  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  /**
   * The same per kind, for matching: first word form to, by {@link CueKind#ordinal()}, the entries' words
   * longest first (null for a kind without one). One look-up per token and kind, and no scan past the
   * other kinds' entries (the scan compared kind names, a share of the quote step).
   */
  private final Map<String, String[][][]> byFirstWordAndKind = new HashMap<>();

  private CueLexicon(String language) {
    this.language = language;
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
    CueLexicon lex = new CueLexicon(lang);
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
        lex.add(kind, line.substring(tab + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lex.byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    lex.byFirstWord.forEach((word, entries) -> lex.byFirstWordAndKind.put(word, byKind(entries)));
    return lex;
  }

  private void add(CueKind kind, String entry) {
    List<Token> toks = Tokenizer.tokenize(entry, language);
    String[] words = toks.stream().map(Token::form).toArray(String[]::new);
    if (words.length == 0) {
      return;
    }
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(prefixKind(kind, words));
  }

  /** Entries of every kind (kind name first, longest first) split by kind, each kind's order kept. */
  private static String[][][] byKind(List<String[]> entries) {
    CueKind[] kinds = CueKind.values();
    String[][][] out = new String[kinds.length][][];
    for (CueKind k : kinds) {
      List<String[]> mine = new ArrayList<>();
      for (String[] e : entries) {
        if (e[0].equals(k.name())) {
          mine.add(java.util.Arrays.copyOfRange(e, 1, e.length));
        }
      }
      out[k.ordinal()] = mine.isEmpty() ? null : mine.toArray(String[][]::new);
    }
    return out;
  }

  // The kind travels as a hidden first element so one map serves every kind.
  private static String[] prefixKind(CueKind kind, String[] words) {
    String[] out = new String[words.length + 1];
    out[0] = kind.name();
    System.arraycopy(words, 0, out, 1, words.length);
    return out;
  }

  /** The longest entry of {@code kind} starting at token i (an Arabic و/ف clitic allowed), or null. */
  Hit match(List<Token> tokens, int i, CueKind kind) {
    String form = tokens.get(i).form();
    Hit hit = matchForm(tokens, i, form, kind);
    if (hit == null && "ar".equals(language) && form.length() > 3 && allowsClitic(kind)
        && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
      hit = matchForm(tokens, i, form.substring(1), kind);
    }
    return hit;
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

  private Hit matchForm(List<Token> tokens, int i, String firstForm, CueKind kind) {
    String[][][] byKind = byFirstWordAndKind.get(firstForm);
    String[][] entries = byKind == null ? null : byKind[kind.ordinal()];
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
