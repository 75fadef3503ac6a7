package io.newswire.enrich.entities.ner;

import io.newswire.normalization.MatchingForm;

/**
 * Features of the Arabic name tagger, hashed (no strings built per feature): the word, its light stem
 * and clitic, stem and word affixes, stem letter n-grams, neighbouring words and stems, word-list tags
 * (gazetteer), shape, word classes learned from unlabeled text ({@link WordClusters}), the previous tag, and what the document already called this stem. Tokens are seen
 * in matching form so spelling variants share weights.
 */
final class TaggerFeatures {
  static final int MAX = 224;
  /** Word-list tags of the neighbours are taken while fewer than this many features are written (as with MAX 192). */
  static final int GAZ_LIMIT = 168;

  /**
   * Optional feature groups, a bit set stored in the model file (models without it use none, so the
   * English and Persian models decode exactly as before). {@link #AR_CONTEXT}: more context for the
   * Arabic tagger (word bigrams, stem bigrams two words out, the neighbours' clitics, word-list tags and
   * classes two words out, the previous stem paired with this word's class).
   */
  static final int AR_CONTEXT = 1;

  /** What the features need of one token; depends on the token text only, so it is cached per word. */
  static final class TokenInfo {
    /** The token as given (its cache key). */
    final String token;
    final long word;
    final long stem;
    final long clitic;
    /**
     * Feature hashes, template included: stem and word prefixes and suffixes (0 when too short). Only
     * while training: a trained model's word keeps their summed weights ({@link #intrinsicScores}), and
     * the token cache holds a few hundred thousand words, so the arrays are dropped once summed.
     */
    long[] affix;
    /** Feature hashes of the stem's letter n-grams; only while training, as {@link #affix}. */
    long[] grams;
    final long gaz;
    final long[] gazTags;
    final int shape;
    final boolean quote;
    /** Fine and coarse word class of the stem ({@link WordClusters#UNKNOWN} when unseen). */
    final int fine;
    final int coarse;
    /** How many features {@link #intrinsic} gives this token. */
    final int intrinsicCount;
    /** Summed weights of those features per tag, when built for a trained model; null while training. */
    final float[] intrinsicScores;
    /**
     * A trained model's weight rows of the features this word gives its neighbours
     * ({@link #neighbourWordKeys} and {@link #neighbourClassKeys} at distance -2, -1, 1, 2, -1 for none),
     * then the rows of the word-list tag features it gives the positions around it ({@link #gazetteerKeys});
     * null while training. Set once, like {@link #livePairs}.
     */
    int[] neighbourRows;
    /**
     * A trained model's pair blocks for {@link #pairKeys(TokenInfo, long[])} that hold a weight, in key
     * order; null while training. Set once, before the token is shared through the tagger's cache.
     */
    int[] livePairs;

    TokenInfo(String token, Gazetteer gazetteer, WordClusters clusters) {
      this(token, gazetteer, clusters, null);
    }

    /** The feature groups are the sentence's ({@link Sentence#flags}): a token's own features do not depend on them. */
    TokenInfo(String token, Gazetteer gazetteer, WordClusters clusters, Scorer scorer) {
      this.token = token;
      String key = MatchingForm.key(token);
      if (key.isEmpty()) {
        key = token;
      }
      String s = ArabicStem.ofKey(key);
      quote = key.equals("«") || key.equals("»") || key.equals("\"") || key.equals("'") || key.equals("“") || key.equals("”");
      word = hash(key);
      stem = hash(s);
      clitic = hash(key.substring(0, key.length() - s.length()));
      long[] a = new long[2 * STEM_AFFIX + 2 * WORD_AFFIX];
      for (int k = 1; k <= STEM_AFFIX; k++) {
        a[k - 1] = k < s.length() ? mix(110 + k, hash(s, 0, k)) : 0;
        a[STEM_AFFIX + k - 1] = k < s.length() ? mix(120 + k, hash(s, s.length() - k, s.length())) : 0;
      }
      for (int k = 1; k <= WORD_AFFIX; k++) {
        a[2 * STEM_AFFIX + k - 1] = k < key.length() ? mix(130 + k, hash(key, 0, k)) : 0;
        a[2 * STEM_AFFIX + WORD_AFFIX + k - 1] = k < key.length() ? mix(140 + k, hash(key, key.length() - k, key.length())) : 0;
      }
      affix = a;
      // Letter n-grams of the stem: transliterated foreign names share letter patterns.
      String padded = "^" + s + "$";
      long[] gr = new long[MAX_GRAMS];
      int ng = 0;
      for (int n = 3; n <= 4; n++) {
        for (int g = 0; g + n <= padded.length() && ng < MAX_GRAMS; g++) {
          gr[ng++] = mix(150 + n, hash(padded, g, g + n));
        }
      }
      grams = java.util.Arrays.copyOf(gr, ng);
      String g = gazetteer.tags(s);
      gaz = g == null ? 0 : hash(g);
      if (g == null) {
        gazTags = new long[0];
      } else {
        String[] parts = g.split(" ");
        gazTags = new long[parts.length];
        for (int p = 0; p < parts.length; p++) {
          gazTags[p] = hash(parts[p]);
        }
      }
      shape = shape(token) * 16 + Math.min(s.length(), 15);
      fine = clusters.fine(s);
      coarse = clusters.coarse(s);
      long[] feats = new long[MAX];
      intrinsicCount = intrinsic(this, feats);
      intrinsicScores = scorer == null ? null : scorer.score(feats, intrinsicCount);
      if (intrinsicScores != null) {
        affix = null;
        grams = null;
      }
    }
  }

  /** Summed weights per tag of features {@code [0, n)}. */
  interface Scorer {
    float[] score(long[] feats, int n);
  }

  /**
   * Per-sentence view: the tokens' info in arrays the feature code indexes. A decoder keeps one per
   * document and refills it for each sentence ({@link #fill}): the arrays grow to the longest sentence
   * and are reused, instead of twelve fresh arrays per sentence. Only {@code [0, n)} is the sentence.
   */
  static final class Sentence {
    int n;
    long[] word;
    long[] stem;
    long[] clitic;
    long[][] affix;
    long[] gaz;
    long[][] gazTags;
    long[][] grams;
    int[] shape;
    boolean[] quote;
    int[] fine;
    int[] coarse;
    TokenInfo[] info;
    final int flags;

    /** An empty view with room for {@code size} tokens, to {@link #fill} with each sentence in turn (it grows if need be). */
    Sentence(int flags, int size) {
      this.flags = flags;
      allocate(size);
    }

    /** One sentence with infos made afresh (training keeps one view per sentence). */
    Sentence(String[] tokens, Gazetteer gazetteer, WordClusters clusters, int flags) {
      this(flags, tokens.length);
      fill(tokens, (words, out) -> {
        for (int i = 0; i < words.length; i++) {
          out[i] = new TokenInfo(words[i], gazetteer, clusters);
        }
      });
    }

    /** Makes this view the sentence {@code tokens}, their infos found by {@code lookup}. */
    void fill(String[] tokens, Lookup lookup) {
      if (tokens.length > info.length) {
        allocate(Math.max(tokens.length, 2 * info.length));
      }
      n = tokens.length;
      lookup.infos(tokens, info);
      for (int i = 0; i < n; i++) {
        TokenInfo t = info[i];
        word[i] = t.word;
        stem[i] = t.stem;
        clitic[i] = t.clitic;
        affix[i] = t.affix;
        gaz[i] = t.gaz;
        gazTags[i] = t.gazTags;
        grams[i] = t.grams;
        shape[i] = t.shape;
        quote[i] = t.quote;
        fine[i] = t.fine;
        coarse[i] = t.coarse;
      }
    }

    private void allocate(int size) {
      word = new long[size];
      stem = new long[size];
      clitic = new long[size];
      affix = new long[size][];
      gaz = new long[size];
      gazTags = new long[size][];
      grams = new long[size][];
      shape = new int[size];
      quote = new boolean[size];
      fine = new int[size];
      coarse = new int[size];
      info = new TokenInfo[size];
    }
  }

  /** Finds the infos of a sentence's tokens, all at once (a cache looks them up in phases, see {@link TokenCache#getAll}). */
  interface Lookup {
    /** Writes the info of {@code tokens[i]} to {@code out[i]}; {@code out} is at least as long as {@code tokens}. */
    void infos(String[] tokens, TokenInfo[] out);
  }

  private TaggerFeatures() {}

  /** Longest prefix and suffix taken of the stem and of the whole word (clitics included). */
  private static final int STEM_AFFIX = 4;
  private static final int WORD_AFFIX = 5;
  /** Letter n-grams of the stem: 3- and 4-grams, at most this many per word. */
  private static final int MAX_GRAMS = 20;

  /**
   * Keys of the features that pair the previous tag with this position: a constant (the tag bigram),
   * the stem, the word-list tags and the attached clitic (a word with و or ب seldom continues a name).
   * Their weights sit in one block per key, indexed by previous and current tag, so Viterbi reads a few
   * contiguous blocks instead of a lookup per previous tag.
   */
  static final int PAIRS = 4;

  static void pairKeys(Sentence s, int i, long[] out) {
    pairKeys(s.stem[i], s.gaz[i], s.clitic[i], out);
  }

  /** The same keys from the token alone: they depend on nothing else, so a trained model caches their blocks per word. */
  static void pairKeys(TokenInfo t, long[] out) {
    pairKeys(t.stem, t.gaz, t.clitic, out);
  }

  private static void pairKeys(long stem, long gaz, long clitic, long[] out) {
    out[0] = mix(32, 0);
    out[1] = mix(34, stem);
    out[2] = mix(36, gaz);
    out[3] = mix(39, clitic);
  }

  /**
   * Observation feature hashes of position {@code i} into {@code out}; returns how many.
   *
   * @param memory what the document tagged this stem before (0 none, else tag type + 1)
   */
  static int observation(Sentence s, int i, int memory, long[] out) {
    return context(s, i, memory, out, intrinsic(s.info[i], out));
  }

  /**
   * The features of position {@code i} that depend on the token text alone, written from {@code out[0]}
   * (a trained model sums their weights once per word); returns how many.
   */
  static int intrinsic(TokenInfo t, long[] out) {
    int k = 0;
    out[k++] = mix(1, 0);
    out[k++] = mix(2, t.word);
    out[k++] = mix(3, t.stem);
    out[k++] = mix(4, t.clitic);
    for (long a : t.affix) {
      if (a != 0) {
        out[k++] = a;
      }
    }
    out[k++] = mix(30, t.gaz);
    for (long g : t.grams) {
      out[k++] = g;
    }
    out[k++] = mix(31, t.shape);
    out[k++] = mix(160, t.fine);
    out[k++] = mix(161, t.coarse);
    return k;
  }

  /**
   * The features of position {@code i} that depend on its context (neighbours, document memory),
   * written from {@code out[k]}; returns the end.
   */
  static int context(Sentence s, int i, int memory, long[] out, int k) {
    out[k++] = memoryKey(memory);
    // Inside quotation marks («…», "…"): product, club and event names are often quoted.
    out[k++] = quoteKey(quoteFlags(s, i));
    out[k++] = firstKey(i);
    // One feature per word-list tag, for the word and its neighbours (a title two words back too).
    k = gazetteerKeys(s, i, out, k);
    for (int d = -2; d <= 2; d++) {
      if (d == 0) {
        continue;
      }
      int j = i + d;
      boolean in = j >= 0 && j < s.n;
      long st = j < 0 ? -1 : j >= s.n ? -2 : s.stem[j];
      k = neighbourWordKeys(d, j < 0 ? -1 : j >= s.n ? -2 : s.word[j], st, in ? s.gaz[j] : -3, in ? s.shape[j] : -3, out, k);
      if (d == -1 || d == 1) {
        out[k++] = stemPairKey(s, i, d, st);
        // Word classes of the neighbours, and of the neighbour paired with this word's class.
        k = neighbourClassKeys(d, in ? s.fine[j] : -3, in ? s.coarse[j] : -3, out, k);
        out[k++] = classPairKey(s, i, d, in ? s.coarse[j] : -3);
      }
    }
    if ((s.flags & AR_CONTEXT) != 0) {
      k = arabicContext(s, i, out, k);
    }
    return k;
  }

  /** Features {@link #context} writes first: what the document tagged the stem before, quotation, sentence start. */
  static long memoryKey(int memory) {
    return mix(35, memory);
  }

  /** 2 for a quotation mark in the three words before, plus 1 for one in the three after. */
  static int quoteFlags(Sentence s, int i) {
    return (quoteBefore(s, i) ? 2 : 0) + (quoteAfter(s, i) ? 1 : 0);
  }

  static long quoteKey(int quoteFlags) {
    return mix(37, quoteFlags);
  }

  static long firstKey(int i) {
    return mix(38, i == 0 ? 1 : 0);
  }

  /** Word-list tag features of the neighbours (-2 … 1), taken while {@code k} is below GAZ_LIMIT; returns the end. */
  // PerceptronTagger.contextRows reads the same features' rows from TokenInfo.neighbourRows: keep the two in step.
  static int gazetteerKeys(Sentence s, int i, long[] out, int k) {
    for (int d = -2; d <= 1; d++) {
      int j = i + d;
      if (j >= 0 && j < s.n) {
        for (long g : s.gazTags[j]) {
          if (k < GAZ_LIMIT) {
            out[k++] = gazetteerKey(d, g);
          }
        }
      }
    }
    return k;
  }

  /** The feature of word-list tag {@code tag} of the word {@code d} places from the position (d = -2 … 1). */
  static long gazetteerKey(int d, long tag) {
    return mix(90 + d, tag);
  }

  /**
   * The features of the neighbour at distance {@code d} that depend on that word alone and come before
   * the stem pair: word and stem, at distance 1 also word-list tag and shape (-1/-2 and -3 for no word
   * before/after the sentence). With {@link #neighbourClassKeys} they are what a decoder caches per word.
   */
  static int neighbourWordKeys(int d, long word, long stem, long gaz, int shape, long[] out, int k) {
    out[k++] = mix(40 + d, word);
    out[k++] = mix(50 + d, stem);
    if (d == -1 || d == 1) {
      out[k++] = mix(60 + d, gaz);
      out[k++] = mix(70 + d, shape);
    }
    return k;
  }

  /** The neighbour's fine and coarse class (distance 1 only). */
  static int neighbourClassKeys(int d, int fine, int coarse, long[] out, int k) {
    out[k++] = mix(163 + d, fine);
    out[k++] = mix(166 + d, coarse);
    return k;
  }

  /** The pair of the neighbour's stem (d = ±1) with this position's. */
  static long stemPairKey(Sentence s, int i, int d, long neighbourStem) {
    return mix(80 + d, neighbourStem * 1_000_003L + s.stem[i]);
  }

  /** The pair of the neighbour's coarse class (d = ±1) with this position's. */
  static long classPairKey(Sentence s, int i, int d, int neighbourCoarse) {
    return classPairKey(d, neighbourCoarse, s.coarse[i]);
  }

  static long classPairKey(int d, int neighbourCoarse, int coarse) {
    return mix(169 + d, neighbourCoarse * 4099L + coarse);
  }

  /** The {@link #AR_CONTEXT} group: 9 features. */
  private static int arabicContext(Sentence s, int i, long[] out, int k) {
    int n = s.n;
    long wPrev = i > 0 ? s.word[i - 1] : -1;
    long wNext = i + 1 < n ? s.word[i + 1] : -2;
    long sPrev2 = i > 1 ? s.stem[i - 2] : -1;
    long sPrev = i > 0 ? s.stem[i - 1] : -1;
    long sNext = i + 1 < n ? s.stem[i + 1] : -2;
    long sNext2 = i + 2 < n ? s.stem[i + 2] : -2;
    out[k++] = mix(200, wPrev * 1_000_003L + s.word[i]);
    out[k++] = mix(201, s.word[i] * 1_000_003L + wNext);
    out[k++] = mix(202, sPrev2 * 1_000_003L + sPrev);
    out[k++] = mix(203, sNext * 1_000_003L + sNext2);
    out[k++] = mix(204, i > 0 ? s.clitic[i - 1] : -1);
    out[k++] = mix(205, i + 1 < n ? s.clitic[i + 1] : -2);
    out[k++] = mix(206, sPrev * 4099L + s.coarse[i]);
    out[k++] = mix(207, i > 1 ? s.fine[i - 2] : -3);
    out[k++] = mix(208, i + 2 < n ? s.fine[i + 2] : -3);
    if (i + 2 < n) {
      for (long g : s.gazTags[i + 2]) {
        if (k < MAX - 2) {
          out[k++] = mix(209, g);
        }
      }
    }
    return k;
  }

  private static boolean quoteBefore(Sentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (s.quote[j]) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoteAfter(Sentence s, int i) {
    for (int j = i + 1; j <= Math.min(s.n - 1, i + 3); j++) {
      if (s.quote[j]) {
        return true;
      }
    }
    return false;
  }

  static int shape(String t) {
    char c = t.charAt(0);
    if (Character.isDigit(c)) {
      return 1;
    }
    if (!Character.isLetter(c)) {
      return 2;
    }
    if (c < 0x250) {
      return Character.isUpperCase(c) ? 3 : 4;
    }
    return 5;
  }

  static long hash(CharSequence s) {
    return hash(s, 0, s.length());
  }

  /** 64-bit FNV-1a over chars [from, to). */
  static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Combines a feature template id with a value hash (murmur3 finalizer). */
  static long mix(int template, long value) {
    long h = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
