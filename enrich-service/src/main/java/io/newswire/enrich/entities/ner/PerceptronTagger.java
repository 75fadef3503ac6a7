package io.newswire.enrich.entities.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The Arabic name tagger: a structured (Viterbi-trained) averaged perceptron over hashed features
 * ({@link TaggerFeatures}), first-order, with IOB constraints. Chosen over OpenNLP's name finder, which on the same
 * features scored lower on the ANERcorp dev split and decoded ~15k tokens/s, far too slow for the
 * throughput target; this one is trained by {@code TrainAnerModel}. Immutable and thread-safe once
 * built; the word lists it was trained with travel inside the model file.
 */
public final class PerceptronTagger {
  /** The shipped model of a language: {@code models/ner-ar.bin}, {@code models/ner-fa.bin}. */
  public static String resource(String lang) {
    return "models/ner-" + lang + ".bin";
  }

  private static final int MAGIC = 0x4e455233; // "NER3": NER2 plus word classes
  /** "NER4": NER3 plus the feature groups ({@link TaggerFeatures#AR_CONTEXT} ...); written only when there are some. */
  private static final int MAGIC_V4 = 0x4e455234;
  private static final int MAGIC_V2 = 0x4e455232;
  /** Hash bits of the previous-tag pair features (stems, word-list tags, clitics, the tag bigram). */
  static final int PAIR_BITS = Integer.getInteger("ner.pairbits", 16);
  /** Handicap of the O tag at decoding: trades a little precision for recall (1 to 5 score alike in cross-validation). */
  static final float O_BIAS = 3f;
  /** Coarse word classes up to which the class-pair rows are a table (the shipped models have far fewer). */
  private static final int MAX_TABLE_CLASSES = 1024;

  private final String[] tags;
  private final String[] types; // type of tag t, or null for O
  private final boolean[] inside;
  /** The tags allowed after each previous tag + 1 (I-X only continues B-X or I-X), ascending. */
  private final int[][] allowedTags;
  private final int bits;
  /** Dense weights [bucket * tags.length + tag] while training; null once compacted. */
  private final float[] weights;
  /** The used buckets only, in an open-addressing table: a few MB instead of 38, so lookups hit cache. */
  private final CompactWeights compact;
  private final int pairBits;
  /** Dense previous-tag weights [bucket * stride + (prev + 1) * tags.length + tag] while training; null once compacted. */
  private final float[] pairWeights;
  private final int stride;
  /**
   * What decoding reads: the start of each pair bucket's block in {@link #pairTable}, or -1 for a block
   * of zeros. A trained model uses about one bucket in seven, so the used blocks packed together are a
   * few MB instead of 15-24 MB and Viterbi's reads stay in cache; while training, the dense array itself.
   */
  private final int[] pairIndex;
  private final float[] pairTable;
  /**
   * A compacted model without optional feature groups reads its context rows through the words'
   * {@link TaggerFeatures.TokenInfo#neighbourRows}; these are the rows of the constant-valued context
   * features and of the words before and after a sentence (null otherwise).
   */
  private final boolean cachedNeighbours;
  private final int[] memoryRows;
  private final int[] quoteRows;
  private final int[] firstRows;
  private final int[] rowsBefore;
  private final int[] rowsAfter;
  /**
   * Rows of the class-pair features by (side, neighbour's coarse class, this word's), see
   * {@link #classPairRow}; null when the model has too many coarse classes for a small table.
   */
  private final int[] classPairRows;
  private final int classSpan;
  /** Document-memory value of each tag: its type's B- tag + 1, 0 for O. */
  private final int[] memoryValue;
  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  /** Feature groups of {@link TaggerFeatures} this model uses (0: the NER3 features). */
  private final int features;

  private PerceptronTagger(String[] tags, int bits, float[] weights, int pairBits, float[] pairWeights, Gazetteer gazetteer,
      WordClusters clusters, int features) {
    this.features = features;
    this.tags = tags;
    this.bits = bits;
    this.weights = weights;
    this.compact = null;
    this.pairBits = pairBits;
    this.pairWeights = pairWeights;
    this.stride = (tags.length + 1) * tags.length;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.types = new String[tags.length];
    this.inside = new boolean[tags.length];
    for (int t = 0; t < tags.length; t++) {
      types[t] = tags[t].equals("O") ? null : tags[t].substring(2);
      inside[t] = tags[t].startsWith("I-");
    }
    this.allowedTags = allowedLists(allowedMatrix(types, inside));
    this.pairIndex = new int[1 << pairBits];
    for (int b = 0; b < pairIndex.length; b++) {
      pairIndex[b] = b * stride;
    }
    this.pairTable = pairWeights;
    this.memoryValue = memoryValues(tags.length, types, inside);
    this.cachedNeighbours = false;
    this.memoryRows = null;
    this.quoteRows = null;
    this.firstRows = null;
    this.rowsBefore = null;
    this.rowsAfter = null;
    this.classPairRows = null;
    this.classSpan = 0;
  }

  /** The shipped Arabic model, or null when the jar has none. */
  public static PerceptronTagger loadShipped() {
    return loadShipped("ar");
  }

  /** The shipped model for {@code lang}, or null when the jar has none. */
  public static PerceptronTagger loadShipped(String lang) {
    String resource = resource(lang);
    try (InputStream in = PerceptronTagger.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + resource, e);
    }
  }

  /**
   * The shipped model for {@code lang}, read on first use: a run that meets no text in that language
   * (an English file, most of a mixed feed's start) skips the load. Null when the jar has none.
   */
  public static Supplier<PerceptronTagger> shippedOnDemand(String lang) {
    if (PerceptronTagger.class.getClassLoader().getResource(resource(lang)) == null) {
      return null;
    }
    return new Supplier<>() {
      private volatile PerceptronTagger model;

      @Override
      public PerceptronTagger get() {
        PerceptronTagger m = model;
        if (m == null) {
          synchronized (this) {
            m = model;
            if (m == null) {
              model = m = loadShipped(lang);
            }
          }
        }
        return m;
      }
    };
  }

  /** A chunk with the tagger's confidence: the smallest score margin over its tokens. */
  public record ScoredChunk(Chunk chunk, double margin) {}

  /** Chunks of each sentence of one document (earlier sentences inform later ones). */
  public List<List<ScoredChunk>> tagDocument(List<String[]> sentences) {
    return tagDocument(sentences, cachedInfos);
  }

  /**
   * The same without the per-word caches (summed own weights, pair blocks, neighbour rows): every
   * feature hashed and looked up at each position. For tests that the caches change nothing.
   */
  List<List<ScoredChunk>> tagDocumentUncached(List<String[]> sentences) {
    return tagDocument(sentences, (tokens, out) -> {
      for (int i = 0; i < tokens.length; i++) {
        out[i] = new TaggerFeatures.TokenInfo(tokens[i], gazetteer, clusters);
      }
    });
  }

  private List<List<ScoredChunk>> tagDocument(List<String[]> sentences, TaggerFeatures.Lookup infos) {
    DocumentMemory memory = new DocumentMemory();
    List<List<ScoredChunk>> out = new ArrayList<>(sentences.size());
    // One view and one set of work arrays per document, sized to its longest sentence and refilled for each.
    int longest = 0;
    for (String[] tokens : sentences) {
      longest = Math.max(longest, tokens.length);
    }
    Scratch scratch = longest <= Scratch.KEPT_TOKENS ? scratches.get() : newScratch();
    TaggerFeatures.Sentence s = scratch.sentence;
    Work work = scratch.work;
    work.fit(longest);
    for (String[] tokens : sentences) {
      s.fill(tokens, infos);
      decode(s, memory, work);
      remember(s, work.pred, memory);
      out.add(chunks(work.pred, work.margin, s.n));
    }
    return out;
  }

  /**
   * A thread's sentence view and work arrays, reused from document to document: made afresh per document
   * they were 4 % of the enrich thread's allocation. Per tagger (their sizes follow its tags and feature
   * groups) and per thread (the tagger is shared by the enrich threads); a document with a sentence longer
   * than {@link #KEPT_TOKENS} gets arrays of its own, so the kept ones stay small.
   */
  private static final class Scratch {
    static final int KEPT_TOKENS = 512;
    final TaggerFeatures.Sentence sentence;
    final Work work;

    Scratch(int features, int nt) {
      sentence = new TaggerFeatures.Sentence(features, 16); // grows with fill, as work does with fit
      work = new Work(nt);
    }
  }

  private final ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(this::newScratch);

  private Scratch newScratch() {
    return new Scratch(features, tags.length);
  }

  /**
   * The decoder's work arrays, grown to the longest sentence seen and reused: a sentence allocated nine
   * of them before. Every cell a sentence reads is written by it first, so what a longer sentence left
   * behind is never read.
   */
  static final class Work {
    final int nt;
    final long[] feats = new long[TaggerFeatures.MAX];
    final int[] rowStarts = new int[TaggerFeatures.MAX];
    final long[] keys = new long[TaggerFeatures.PAIRS];
    /** One position's scores per tag. */
    final float[] own;
    /** [position * nt + tag]: observation scores, best path scores, back pointers. */
    float[] obs = new float[0];
    float[] best = new float[0];
    int[] back = new int[0];
    /** [position * PAIRS + k]: the starts of a position's pair blocks that hold a weight, and how many. */
    int[] live = new int[0];
    int[] liveCount = new int[0];
    /** [position]: the chosen tag and its margin over the runner-up. */
    int[] pred = new int[0];
    float[] margin = new float[0];
    /** [(position + 2) * NEIGHBOUR_ROWS + x]: the words' neighbour rows side by side, see {@link #copyNeighbourRows}. */
    int[] neighbours = new int[0];

    Work(int nt) {
      this.nt = nt;
      this.own = new float[nt];
    }

    /** Room for a sentence of {@code n} tokens. */
    void fit(int n) {
      if (n > pred.length) {
        int size = Math.max(n, 2 * pred.length);
        obs = new float[size * nt];
        best = new float[size * nt];
        back = new int[size * nt];
        live = new int[size * TaggerFeatures.PAIRS];
        liveCount = new int[size];
        pred = new int[size];
        margin = new float[size];
        neighbours = new int[(size + 4) * NEIGHBOUR_ROWS];
      }
    }
  }

  /** Token info by token text: a pure cache (same answer either way), bounded. */
  private final TokenCache tokenCache = new TokenCache();
  /** Made once: a method reference written at the call would be a new object per token. */
  private final java.util.function.Function<String, TaggerFeatures.TokenInfo> newTokenInfo = this::newTokenInfo;
  /** A sentence's infos from the cache, looked up in phases ({@link TokenCache#getAll}); made once, as above. */
  private final TaggerFeatures.Lookup cachedInfos = (tokens, out) -> tokenCache.getAll(tokens, out, newTokenInfo);

  private TaggerFeatures.TokenInfo newTokenInfo(String token) {
    TaggerFeatures.TokenInfo info = new TaggerFeatures.TokenInfo(token, gazetteer, clusters, this::ownScores);
    if (compact != null) {
      info.livePairs = livePairs(info);
      info.neighbourRows = neighbourRows(info.word, info.stem, info.gaz, info.shape, info.fine, info.coarse, info.gazTags);
    }
    return info;
  }

  /**
   * The token's pair blocks that hold a weight, in key order: found once per word instead of once per
   * occurrence (the probes into the block index were a tenth of the offline profile, most of them misses).
   */
  private int[] livePairs(TaggerFeatures.TokenInfo info) {
    long[] keys = new long[TaggerFeatures.PAIRS];
    TaggerFeatures.pairKeys(info, keys);
    int[] live = new int[keys.length];
    int c = 0;
    for (long key : keys) {
      int offset = pairIndex[pairBucket(key)];
      if (offset >= 0) {
        live[c++] = offset;
      }
    }
    return c == live.length ? live : java.util.Arrays.copyOf(live, c);
  }

  /** Where each distance's rows start in {@link #neighbourRows}: d = -2, -1, 1, 2. */
  private static final int[] NEIGHBOUR_AT = {0, 2, 8, 14};
  /** The neighbour rows of a word; its word-list tag rows follow them in the same array. */
  private static final int NEIGHBOUR_ROWS = 16;
  private static final long[] NO_TAGS = new long[0];

  /**
   * The rows of the features a word gives its neighbours, in {@link TaggerFeatures#context}'s order per
   * distance (-2: word, stem; -1: word, stem, word-list tag, shape, fine, coarse class; 1: the same; 2:
   * word, stem), -1 where the model has no weight. Looked up once per word instead of at each of its
   * four neighbours: the lookups were most of the decoder's time.
   *
   * <p>Then, from {@link #NEIGHBOUR_ROWS}, the rows of the word-list tag features the word gives the
   * position {@code d} words after it ({@link TaggerFeatures#gazetteerKeys}, d = -2 … 1):
   * {@code [NEIGHBOUR_ROWS + (d + 2) * gazTags.length + p]} for tag p. In the same array as the neighbour
   * rows because {@link #contextRows} reads both for the same word: a second array per word was one more
   * dependent load (a cache miss) per neighbour, and took back most of what caching its rows saved.
   */
  private int[] neighbourRows(long word, long stem, long gaz, int shape, int fine, int coarse, long[] gazTags) {
    long[] keys = new long[NEIGHBOUR_ROWS];
    int k = 0;
    for (int d = -2; d <= 2; d++) {
      if (d == 0) {
        continue;
      }
      k = TaggerFeatures.neighbourWordKeys(d, word, stem, gaz, shape, keys, k);
      if (d == -1 || d == 1) {
        k = TaggerFeatures.neighbourClassKeys(d, fine, coarse, keys, k);
      }
    }
    int m = gazTags.length;
    int[] rows = new int[k + 4 * m];
    for (int x = 0; x < k; x++) {
      rows[x] = compact.row(bucket(keys[x]));
    }
    for (int d = -2; d <= 1; d++) {
      for (int p = 0; p < m; p++) {
        rows[k + (d + 2) * m + p] = rowOf(TaggerFeatures.gazetteerKey(d, gazTags[p]));
      }
    }
    return rows;
  }

  /**
   * The rows of position {@code i}'s context features, in {@link TaggerFeatures#context}'s order, into
   * {@code rowStarts}; returns how many. Same rows in the same order, so the sums are the same floats.
   * {@code neighbours} holds the sentence's neighbour rows ({@link #copyNeighbourRows}, which found every
   * word's cached rows; without them the caller hashes and looks up every feature).
   */
  private int contextRows(TaggerFeatures.Sentence s, int i, int memory, int from, int[] rowStarts, int[] neighbours) {
    int n = 0;
    n = put(rowStarts, n, memory < memoryRows.length ? memoryRows[memory] : rowOf(TaggerFeatures.memoryKey(memory)));
    n = put(rowStarts, n, quoteRows[TaggerFeatures.quoteFlags(s, i)]);
    n = put(rowStarts, n, firstRows[i == 0 ? 1 : 0]);
    // The rows of TaggerFeatures.gazetteerKeys, cached per word after its neighbour rows (the tag count is
    // what follows those, over four distances). Word-list tags count against the same limit as in
    // context(): from where its writing would be.
    int k = from + 3;
    for (int d = -2; d <= 1; d++) {
      int j = i + d;
      if (j >= 0 && j < s.n) {
        int[] gr = s.info[j].neighbourRows; // not null: copyNeighbourRows checked every word
        int m = (gr.length - NEIGHBOUR_ROWS) >> 2;
        int at = NEIGHBOUR_ROWS + (d + 2) * m;
        for (int p = 0; p < m && k < TaggerFeatures.GAZ_LIMIT; p++, k++) {
          n = put(rowStarts, n, gr[at + p]);
        }
      }
    }
    for (int a = 0; a < 4; a++) {
      int d = a < 2 ? a - 2 : a - 1;
      int j = i + d;
      int at = (j + 2) * NEIGHBOUR_ROWS + NEIGHBOUR_AT[a];
      n = put(rowStarts, n, neighbours[at]);
      n = put(rowStarts, n, neighbours[at + 1]);
      if (d == -1 || d == 1) {
        n = put(rowStarts, n, neighbours[at + 2]);
        n = put(rowStarts, n, neighbours[at + 3]);
        long st = j < 0 ? -1 : j >= s.n ? -2 : s.stem[j];
        // Nearly every stem pair asked about is one the model never saw: one bit answers those.
        n = put(rowStarts, n, compact.row(bucket(TaggerFeatures.stemPairKey(s, i, d, st))));
        n = put(rowStarts, n, neighbours[at + 4]);
        n = put(rowStarts, n, neighbours[at + 5]);
        n = put(rowStarts, n, classPairRow(d, j < 0 || j >= s.n ? -3 : s.coarse[j], s.coarse[i]));
      }
    }
    return n;
  }

  /**
   * The neighbour rows of the sentence's words into {@code out} side by side, the rows before and after a
   * sentence at positions -2, -1 and n, n + 1; false when a word has none. The first read of each word's
   * rows missed the cache, one miss at a time between the sums of {@link #contextRows} (its largest line);
   * in this short loop the words' loads do not wait for one another, so the processor overlaps them.
   */
  private boolean copyNeighbourRows(TaggerFeatures.Sentence s, int[] out) {
    int n = s.n;
    System.arraycopy(rowsBefore, 0, out, 0, NEIGHBOUR_ROWS);
    System.arraycopy(rowsBefore, 0, out, NEIGHBOUR_ROWS, NEIGHBOUR_ROWS);
    for (int j = 0; j < n; j++) {
      int[] nb = s.info[j].neighbourRows;
      if (nb == null) {
        return false;
      }
      System.arraycopy(nb, 0, out, (j + 2) * NEIGHBOUR_ROWS, NEIGHBOUR_ROWS);
    }
    System.arraycopy(rowsAfter, 0, out, (n + 2) * NEIGHBOUR_ROWS, NEIGHBOUR_ROWS);
    System.arraycopy(rowsAfter, 0, out, (n + 3) * NEIGHBOUR_ROWS, NEIGHBOUR_ROWS);
    return true;
  }

  private static int put(int[] rowStarts, int n, int row) {
    if (row >= 0) {
      rowStarts[n++] = row;
    }
    return n;
  }

  int rowOf(long key) {
    return compact.row(bucket(key));
  }

  /** For tests: the compact weights, the hash bits and the coarse class count of this model. */
  CompactWeights compactWeights() {
    return compact;
  }

  int hashBits() {
    return bits;
  }

  int coarseClasses() {
    return clusters.coarseClasses();
  }

  /** The row of {@link TaggerFeatures#classPairKey}, from the table when the classes are in it. */
  int classPairRow(int d, int neighbourCoarse, int coarse) {
    int a = neighbourCoarse + 3;
    int b = coarse + 1;
    if (classPairRows != null && a >= 0 && a < classSpan + 2 && b >= 0 && b < classSpan) {
      return classPairRows[((d > 0 ? 1 : 0) * (classSpan + 2) + a) * classSpan + b];
    }
    return rowOf(TaggerFeatures.classPairKey(d, neighbourCoarse, coarse));
  }

  /**
   * Every class-pair row of the model, by side (d = -1, 1), neighbour's coarse class + 3 (-3: no word
   * there) and this word's + 1 (-1: unknown), when there are at most {@link #MAX_TABLE_CLASSES} classes.
   * The lookups are the same {@link #rowOf} calls decoding made, once per model instead of twice a word.
   */
  private int[] classPairTable(int span) {
    if (span > MAX_TABLE_CLASSES + 1) {
      return null;
    }
    int[] table = new int[2 * (span + 2) * span];
    int x = 0;
    for (int d = -1; d <= 1; d += 2) {
      for (int a = 0; a < span + 2; a++) {
        for (int b = 0; b < span; b++) {
          table[x++] = rowOf(TaggerFeatures.classPairKey(d, a - 3, b - 1));
        }
      }
    }
    return table;
  }

  /** Adds rows {@code [0, n)} of {@code rowStarts} to {@code scores}, in order. */
  private void addRows(int[] rowStarts, int n, float[] scores) {
    addRows(compact.rows, rowStarts, n, scores, tags.length);
  }

  /**
   * Adds the rows starting at {@code rowStarts[0, n)} of {@code rows} to {@code scores[0, nt)}, in order.
   * A few tags at a time, each tag's running sum in a local: summed in the array, every addition was a
   * store and a reload of the same slot, and these sums were the largest item of the tagger's profile.
   * Each tag still gets its rows added one by one in row order, so every sum is the same float.
   */
  static void addRows(float[] rows, int[] rowStarts, int n, float[] scores, int nt) {
    int t = 0;
    for (; t + 4 <= nt; t += 4) {
      float a = scores[t];
      float b = scores[t + 1];
      float c = scores[t + 2];
      float d = scores[t + 3];
      for (int r = 0; r < n; r++) {
        int base = rowStarts[r] + t;
        a += rows[base];
        b += rows[base + 1];
        c += rows[base + 2];
        d += rows[base + 3];
      }
      scores[t] = a;
      scores[t + 1] = b;
      scores[t + 2] = c;
      scores[t + 3] = d;
    }
    if (t + 2 <= nt) {
      float a = scores[t];
      float b = scores[t + 1];
      for (int r = 0; r < n; r++) {
        int base = rowStarts[r] + t;
        a += rows[base];
        b += rows[base + 1];
      }
      scores[t] = a;
      scores[t + 1] = b;
      t += 2;
    }
    if (t < nt) {
      float a = scores[t];
      for (int r = 0; r < n; r++) {
        a += rows[rowStarts[r] + t];
      }
      scores[t] = a;
    }
  }

  private float[] ownScores(long[] feats, int n) {
    float[] scores = new float[tags.length];
    score(feats, n, new int[n], scores);
    return scores;
  }

  /** The word lists the model was trained with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Chunks only (for evaluation). */
  public List<List<Chunk>> findDocument(List<String[]> sentences) {
    List<List<Chunk>> out = new ArrayList<>();
    for (List<ScoredChunk> l : tagDocument(sentences)) {
      List<Chunk> c = new ArrayList<>(l.size());
      l.forEach(x -> c.add(x.chunk()));
      out.add(c);
    }
    return out;
  }

  /**
   * Viterbi over tags: observation scores per position and tag, plus the previous-tag features, with
   * I-X allowed only after B-X or I-X. {@code margin[i]} is how much the chosen tag beat the runner-up
   * at that position given the chosen previous tag.
   */
  private void decode(TaggerFeatures.Sentence s, DocumentMemory memory, Work work) {
    int nt = tags.length;
    int n = s.n;
    if (n == 0) {
      return;
    }
    long[] feats = work.feats;
    int[] rowStarts = work.rowStarts;
    int[] pred = work.pred;
    float[] margin = work.margin;
    // Flat [position * nt + tag] tables: a two-dimensional array is a runtime call and n small objects
    // per sentence, which showed up in the profile as much as the arithmetic.
    float[] obs = work.obs;
    float[] own = work.own;
    boolean rowsCopied = cachedNeighbours && copyNeighbourRows(s, work.neighbours);
    for (int i = 0; i < n; i++) {
      int mem = memory.get(s.stem[i]);
      float[] intrinsic = s.info[i].intrinsicScores;
      if (intrinsic == null) {
        score(feats, TaggerFeatures.observation(s, i, mem, feats), rowStarts, own);
      } else {
        // The token's own features were summed once per word; only its context is looked up here.
        int from = s.info[i].intrinsicCount;
        System.arraycopy(intrinsic, 0, own, 0, nt);
        int rows = rowsCopied ? contextRows(s, i, mem, from, rowStarts, work.neighbours) : -1;
        if (rows >= 0) {
          addRows(rowStarts, rows, own);
        } else {
          addScores(feats, from, TaggerFeatures.context(s, i, mem, feats, from), rowStarts, own);
        }
      }
      own[0] -= O_BIAS;
      System.arraycopy(own, 0, obs, i * nt, nt);
    }
    float[] best = work.best;
    int[] back = work.back;
    long[] keys = work.keys;
    // Per position, the starts of its pair blocks that hold a weight (a block of zeros adds nothing),
    // packed so the loops below neither branch on nor skip them.
    int[] live = work.live;
    int[] liveCount = work.liveCount;
    for (int i = 0; i < n; i++) {
      int at = i * TaggerFeatures.PAIRS;
      int[] cached = s.info[i].livePairs;
      if (cached != null) {
        System.arraycopy(cached, 0, live, at, cached.length);
        liveCount[i] = cached.length;
        continue;
      }
      TaggerFeatures.pairKeys(s, i, keys);
      int c = 0;
      for (int k = 0; k < keys.length; k++) {
        int offset = pairIndex[pairBucket(keys[k])];
        if (offset >= 0) {
          live[at + c++] = offset;
        }
      }
      liveCount[i] = c;
    }
    for (int i = 0; i < n; i++) {
      int at = i * TaggerFeatures.PAIRS;
      int atEnd = at + liveCount[i];
      int here = i * nt;
      int before = here - nt;
      java.util.Arrays.fill(best, here, here + nt, Float.NEGATIVE_INFINITY);
      int prevCount = i == 0 ? 1 : nt;
      for (int pi = 0; pi < prevCount; pi++) {
        int prev = i == 0 ? -1 : pi;
        if (i > 0 && best[before + prev] == Float.NEGATIVE_INFINITY) {
          continue;
        }
        float base = i == 0 ? 0 : best[before + prev];
        int row = (prev + 1) * nt;
        // Only the tags allowed after prev (I-X after B-X or I-X): a third of the sums are never read.
        // Each sum is still base + observation + block 0 + ... + block 3, in that order, so the
        // decoding is the same float for float.
        if (atEnd - at == 4) {
          // Most words have all four blocks: their starts in locals, the sum without a loop.
          int b0 = live[at] + row;
          int b1 = live[at + 1] + row;
          int b2 = live[at + 2] + row;
          int b3 = live[at + 3] + row;
          for (int t : allowedTags[prev + 1]) {
            float v = base + obs[here + t];
            v += pairTable[b0 + t];
            v += pairTable[b1 + t];
            v += pairTable[b2 + t];
            v += pairTable[b3 + t];
            if (v > best[here + t]) {
              best[here + t] = v;
              back[here + t] = prev;
            }
          }
          continue;
        }
        for (int t : allowedTags[prev + 1]) {
          float v = base + obs[here + t];
          for (int k = at; k < atEnd; k++) {
            v += pairTable[live[k] + row + t];
          }
          if (v > best[here + t]) {
            best[here + t] = v;
            back[here + t] = prev;
          }
        }
      }
    }
    int last = (n - 1) * nt;
    int t = 0;
    for (int c = 1; c < nt; c++) {
      if (best[last + c] > best[last + t]) {
        t = c;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      pred[i] = t;
      t = back[i * nt + t];
    }
    for (int i = 0; i < n; i++) {
      int prev = i == 0 ? -1 : pred[i - 1];
      int row = (prev + 1) * nt;
      int at = i * TaggerFeatures.PAIRS;
      int atEnd = at + liveCount[i];
      float chosen = Float.NEGATIVE_INFINITY;
      float runnerUp = Float.NEGATIVE_INFINITY;
      for (int c : allowedTags[prev + 1]) {
        float v = obs[i * nt + c];
        for (int k = at; k < atEnd; k++) {
          v += pairTable[live[k] + row + c];
        }
        if (c == pred[i]) {
          chosen = v;
        } else {
          runnerUp = Math.max(runnerUp, v);
        }
      }
      margin[i] = chosen - runnerUp;
    }
  }

  private void score(long[] feats, int n, int[] rowStarts, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    addScores(feats, 0, n, rowStarts, scores);
  }

  /**
   * Adds the weights of features {@code [from, to)} to {@code scores}; {@code rowStarts} is scratch
   * (unused by a dense model under training).
   */
  private void addScores(long[] feats, int from, int to, int[] rowStarts, float[] scores) {
    int nt = tags.length;
    if (compact != null) {
      // Two passes: find every row first, then add them. The rows are scattered over megabytes, and
      // with the probing and the sums of one feature no longer between its row and the next one's,
      // the processor can fetch several rows at once. The additions keep their order, so every sum
      // is the same float.
      int n = 0;
      for (int f = from; f < to; f++) {
        int base = compact.row(bucket(feats[f]));
        if (base >= 0) {
          rowStarts[n++] = base;
        }
      }
      addRows(compact.rows, rowStarts, n, scores, nt);
      return;
    }
    for (int f = from; f < to; f++) {
      int base = bucket(feats[f]) * nt;
      for (int t = 0; t < nt; t++) {
        scores[t] += weights[base + t];
      }
    }
  }

  /**
   * Rows of the buckets that have a weight, packed in bucket order with no room for the empty buckets: a
   * bucket's row is its rank among the used buckets, counted from one bit per bucket and a running count
   * per 64 buckets, kept side by side ([2w] the bits of word w, [2w + 1] the used buckets before it) so a
   * lookup reads one cache line of a small directory (256 KB at 20 bits) and then the row. It replaced an
   * open-addressing table of bucket keys (1 MB for the Arabic model) probed before the rank: that probe
   * missed the cache for most lookups and was the tagger's largest self-time frame. The three models'
   * rows still take 17 MB instead of 31.
   */
  static final class CompactWeights {
    final float[] rows; // [rank * nt + tag], rank = used buckets below this one
    private final long[] directory;
    final int nt;

    /** {@code buckets} distinct, ascending; row r of {@code packedRows} is bucket r's. */
    CompactWeights(int[] buckets, float[] packedRows) {
      nt = buckets.length == 0 ? 0 : packedRows.length / buckets.length;
      int maxBucket = -1;
      for (int r = 0; r < buckets.length; r++) {
        if (r > 0 && buckets[r] <= buckets[r - 1]) {
          throw new IllegalArgumentException("buckets not ascending at " + r);
        }
        maxBucket = buckets[r];
      }
      int words = maxBucket < 0 ? 0 : (maxBucket >>> 6) + 1;
      directory = new long[2 * words];
      for (int b : buckets) {
        directory[2 * (b >>> 6)] |= 1L << b;
      }
      long rank = 0;
      for (int w = 0; w < words; w++) {
        directory[2 * w + 1] = rank;
        rank += Long.bitCount(directory[2 * w]);
      }
      rows = packedRows; // both callers pass exactly buckets.length * nt weights
    }

    /** Start of the bucket's row in {@link #rows}, or -1 when the bucket has no weight. */
    int row(int bucket) {
      int at = (bucket >>> 6) << 1;
      if (at >= directory.length) {
        return -1;
      }
      long used = directory[at];
      long bit = 1L << bucket; // a shift by bucket & 63
      if ((used & bit) == 0) {
        return -1;
      }
      return ((int) directory[at + 1] + Long.bitCount(used & (bit - 1))) * nt;
    }

    /** The used buckets, ascending. */
    int[] buckets() {
      int[] out = new int[rows.length / Math.max(1, nt)];
      int r = 0;
      for (int w = 0; w < directory.length / 2; w++) {
        for (long used = directory[2 * w]; used != 0; used &= used - 1) {
          out[r++] = (w << 6) + Long.numberOfTrailingZeros(used);
        }
      }
      return out;
    }
  }

  private PerceptronTagger(PerceptronTagger m, CompactWeights compact) {
    this.tags = m.tags;
    this.types = m.types;
    this.inside = m.inside;
    this.allowedTags = m.allowedTags;
    this.bits = m.bits;
    this.weights = null;
    this.compact = compact;
    this.pairBits = m.pairBits;
    this.pairWeights = null; // the packed blocks below are all a decoder needs; save() unpacks them
    this.stride = m.stride;
    this.gazetteer = m.gazetteer;
    this.clusters = m.clusters;
    this.features = m.features;
    this.memoryValue = m.memoryValue;
    // Pack the blocks that hold a weight. Skipping an all-zero block only drops additions of 0.
    int buckets = 1 << pairBits;
    int[] index = new int[buckets];
    int used = 0;
    for (int b = 0; b < buckets; b++) {
      index[b] = anyWeight(m.pairWeights, b * stride, stride) ? used++ * stride : -1;
    }
    float[] table = new float[used * stride];
    for (int b = 0; b < buckets; b++) {
      if (index[b] >= 0) {
        System.arraycopy(m.pairWeights, b * stride, table, index[b], stride);
      }
    }
    this.pairIndex = index;
    this.pairTable = table;
    this.cachedNeighbours = features == 0;
    this.memoryRows = new int[tags.length + 1];
    for (int v = 0; v < memoryRows.length; v++) {
      memoryRows[v] = rowOf(TaggerFeatures.memoryKey(v));
    }
    this.quoteRows = new int[4];
    for (int f = 0; f < quoteRows.length; f++) {
      quoteRows[f] = rowOf(TaggerFeatures.quoteKey(f));
    }
    // [0]: not the first word (firstKey of any i > 0), [1]: the first.
    this.firstRows = new int[] {rowOf(TaggerFeatures.firstKey(1)), rowOf(TaggerFeatures.firstKey(0))};
    this.rowsBefore = neighbourRows(-1, -1, -3, -3, -3, -3, NO_TAGS);
    this.rowsAfter = neighbourRows(-2, -2, -3, -3, -3, -3, NO_TAGS);
    this.classSpan = clusters.coarseClasses() + 1;
    this.classPairRows = classPairTable(classSpan);
  }

  private static boolean anyWeight(float[] w, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (w[i] != 0f) {
        return true;
      }
    }
    return false;
  }

  private static int[] memoryValues(int nt, String[] types, boolean[] inside) {
    int[] v = new int[nt];
    for (int t = 0; t < nt; t++) {
      if (types[t] != null) {
        for (int b = 0; b < nt; b++) {
          if (types[t].equals(types[b]) && !inside[b]) {
            v[t] = b + 1;
            break;
          }
        }
      }
    }
    return v;
  }

  /** The same model with only the used buckets kept (for decoding; training needs the dense array). */
  PerceptronTagger compacted() {
    if (weights == null) {
      return this;
    }
    int nt = tags.length;
    int used = 0;
    for (int b = 0; b < (1 << bits); b++) {
      if (rowUsed(weights, b * nt, nt)) {
        used++;
      }
    }
    int[] buckets = new int[used];
    float[] rows = new float[used * nt];
    int r = 0;
    for (int b = 0; b < (1 << bits); b++) {
      if (rowUsed(weights, b * nt, nt)) {
        buckets[r] = b;
        System.arraycopy(weights, b * nt, rows, r * nt, nt);
        r++;
      }
    }
    return new PerceptronTagger(this, new CompactWeights(buckets, rows));
  }

  private static boolean rowUsed(float[] w, int base, int nt) {
    for (int t = 0; t < nt; t++) {
      if (Math.abs(w[base + t]) >= 1e-3f) {
        return true;
      }
    }
    return false;
  }

  private int bucket(long h) {
    return (int) (h >>> (64 - bits));
  }

  private int pairBucket(long h) {
    return (int) (h >>> (64 - pairBits));
  }

  private static int[][] allowedLists(boolean[][] allowed) {
    int[][] lists = new int[allowed.length][];
    for (int p = 0; p < allowed.length; p++) {
      int[] l = new int[allowed[p].length];
      int c = 0;
      for (int t = 0; t < allowed[p].length; t++) {
        if (allowed[p][t]) {
          l[c++] = t;
        }
      }
      lists[p] = java.util.Arrays.copyOf(l, c);
    }
    return lists;
  }

  private static boolean[][] allowedMatrix(String[] types, boolean[] inside) {
    boolean[][] a = new boolean[types.length + 1][types.length];
    for (int prev = -1; prev < types.length; prev++) {
      for (int t = 0; t < types.length; t++) {
        a[prev + 1][t] = !inside[t] || (prev >= 0 && types[prev] != null && types[prev].equals(types[t]));
      }
    }
    return a;
  }

  private void remember(TaggerFeatures.Sentence s, int[] pred, DocumentMemory memory) {
    for (int i = 0; i < s.n; i++) {
      if (types[pred[i]] != null) {
        memory.put(s.stem[i], memoryValue[pred[i]]);
      }
    }
  }

  /** The chunks of tags {@code pred[0, n)}. */
  private List<ScoredChunk> chunks(int[] pred, float[] margin, int n) {
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      t[i] = tags[pred[i]];
    }
    List<ScoredChunk> out = new ArrayList<>();
    for (Chunk c : Chunk.fromTags(t)) {
      float m = Float.POSITIVE_INFINITY;
      for (int i = c.start(); i < c.end(); i++) {
        m = Math.min(m, margin[i]);
      }
      out.add(new ScoredChunk(c, m));
    }
    return out;
  }

  // ---- training ----

  /**
   * Trains an averaged perceptron. Deterministic for the same documents, epochs and seed.
   *
   * @param documents sentences grouped into documents (the memory feature works within one)
   */
  public static PerceptronTagger train(List<List<ConllSentence>> documents, int epochs, long seed, int bits,
      Gazetteer gazetteer, WordClusters clusters) {
    return trainDense(documents, epochs, seed, bits, gazetteer, clusters, 0).compacted();
  }

  /**
   * Parameter mixing: one model per seed (different document orders), weights averaged. Same cost at
   * run time as one model, less dependent on the order the perceptron saw the data in.
   */
  public static PerceptronTagger trainMixed(List<List<ConllSentence>> documents, int epochs, long[] seeds, int bits,
      Gazetteer gazetteer, WordClusters clusters) {
    return trainMixed(documents, epochs, seeds, bits, gazetteer, clusters, 0);
  }

  /** As {@link #trainMixed(List, int, long[], int, Gazetteer, WordClusters)} with the feature groups {@code features}. */
  public static PerceptronTagger trainMixed(List<List<ConllSentence>> documents, int epochs, long[] seeds, int bits,
      Gazetteer gazetteer, WordClusters clusters, int features) {
    PerceptronTagger sum = null;
    for (long seed : seeds) {
      PerceptronTagger m = trainDense(documents, epochs, seed, bits, gazetteer, clusters, features);
      if (sum == null) {
        sum = m;
      } else {
        for (int i = 0; i < sum.weights.length; i++) {
          sum.weights[i] += m.weights[i];
        }
        for (int i = 0; i < sum.pairWeights.length; i++) {
          sum.pairWeights[i] += m.pairWeights[i];
        }
      }
    }
    for (int i = 0; i < sum.weights.length; i++) {
      sum.weights[i] /= seeds.length;
    }
    for (int i = 0; i < sum.pairWeights.length; i++) {
      sum.pairWeights[i] /= seeds.length;
    }
    return sum.compacted();
  }

  private static PerceptronTagger trainDense(List<List<ConllSentence>> documents, int epochs, long seed, int bits,
      Gazetteer gazetteer, WordClusters clusters, int features) {
    List<String> tagList = new ArrayList<>();
    tagList.add("O");
    for (List<ConllSentence> d : documents) {
      for (ConllSentence s : d) {
        for (String t : s.tags()) {
          String norm = t.startsWith("I-") || t.startsWith("B-") ? t : "O";
          if (!tagList.contains(norm)) {
            tagList.add(norm);
          }
        }
      }
    }
    // Every type needs both B- and I- so that decoding can always continue a chunk.
    for (String t : new ArrayList<>(tagList)) {
      if (!t.equals("O")) {
        String other = (t.startsWith("B-") ? "I-" : "B-") + t.substring(2);
        if (!tagList.contains(other)) {
          tagList.add(other);
        }
      }
    }
    Collections.sort(tagList.subList(1, tagList.size()));
    String[] tags = tagList.toArray(String[]::new);
    int nt = tags.length;
    float[] w = new float[(1 << bits) * nt];
    double[] u = new double[w.length];
    float[] pw = new float[(1 << PAIR_BITS) * (nt + 1) * nt];
    double[] pu = new double[pw.length];
    PerceptronTagger model = new PerceptronTagger(tags, bits, w, PAIR_BITS, pw, gazetteer, clusters, features);
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int t = 0; t < nt; t++) {
      tagIndex.put(tags[t], t);
    }
    List<List<TaggerFeatures.Sentence>> prepared = new ArrayList<>();
    List<List<int[]>> gold = new ArrayList<>();
    for (List<ConllSentence> d : documents) {
      List<TaggerFeatures.Sentence> ps = new ArrayList<>();
      List<int[]> gs = new ArrayList<>();
      for (ConllSentence s : d) {
        ps.add(new TaggerFeatures.Sentence(s.tokens(), gazetteer, clusters, features));
        String[] fixed = Chunk.toTags(Chunk.fromTags(s.tags()), s.tokens().length);
        int[] g = new int[fixed.length];
        for (int i = 0; i < g.length; i++) {
          g[i] = tagIndex.getOrDefault(fixed[i], 0);
        }
        gs.add(g);
      }
      prepared.add(ps);
      gold.add(gs);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    long c = 1;
    long[] feats = new long[TaggerFeatures.MAX];
    long[] keys = new long[TaggerFeatures.PAIRS];
    Work work = new Work(nt);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int d : order) {
        DocumentMemory memory = new DocumentMemory();
        for (int si = 0; si < prepared.get(d).size(); si++) {
          TaggerFeatures.Sentence s = prepared.get(d).get(si);
          int[] g = gold.get(d).get(si);
          work.fit(s.n);
          model.decode(s, memory, work);
          int[] pred = work.pred;
          if (!java.util.Arrays.equals(pred, 0, s.n, g, 0, g.length)) {
            // Structured update: gold path features up, predicted path features down.
            for (int i = 0; i < s.n; i++) {
              int k = TaggerFeatures.observation(s, i, memory.get(s.stem[i]), feats);
              TaggerFeatures.pairKeys(s, i, keys);
              update(model, w, u, pw, pu, c, feats, k, keys, i == 0 ? -1 : g[i - 1], g[i], +1);
              update(model, w, u, pw, pu, c, feats, k, keys, i == 0 ? -1 : pred[i - 1], pred[i], -1);
            }
          }
          c++;
          model.remember(s, pred, memory);
        }
      }
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (w[i] - u[i] / c);
    }
    for (int i = 0; i < pw.length; i++) {
      pw[i] = (float) (pw[i] - pu[i] / c);
    }
    return model;
  }

  private static void update(PerceptronTagger model, float[] w, double[] u, float[] pw, double[] pu, long c,
      long[] feats, int k, long[] keys, int prev, int tag, int sign) {
    int nt = model.tags.length;
    for (int f = 0; f < k; f++) {
      int idx = model.bucket(feats[f]) * nt + tag;
      w[idx] += sign;
      u[idx] += sign * (double) c;
    }
    for (long key : keys) {
      int idx = model.pairBucket(key) * model.stride + (prev + 1) * nt + tag;
      pw[idx] += sign;
      pu[idx] += sign * (double) c;
    }
  }

  // ---- persistence: gzip(magic, tags, bits, gazetteer, sparse weights) ----

  public void save(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream o = new DataOutputStream(gz);
    o.writeInt(features == 0 ? MAGIC : MAGIC_V4);
    o.writeInt(tags.length);
    for (String t : tags) {
      o.writeUTF(t);
    }
    o.writeInt(bits);
    o.writeInt(pairBits);
    if (features != 0) {
      o.writeInt(features);
    }
    gazetteer.writeTo(o);
    clusters.writeTo(o);
    writeSparse(o, denseWeights());
    writeSparse(o, densePairWeights());
    o.flush();
    gz.finish();
  }

  private float[] densePairWeights() {
    if (pairWeights != null) {
      return pairWeights;
    }
    float[] w = new float[pairIndex.length * stride];
    for (int b = 0; b < pairIndex.length; b++) {
      if (pairIndex[b] >= 0) {
        System.arraycopy(pairTable, pairIndex[b], w, b * stride, stride);
      }
    }
    return w;
  }

  private float[] denseWeights() {
    if (weights != null) {
      return weights;
    }
    int nt = tags.length;
    float[] w = new float[(1 << bits) * nt];
    int[] used = compact.buckets();
    for (int r = 0; r < used.length; r++) {
      System.arraycopy(compact.rows, r * nt, w, used[r] * nt, nt);
    }
    return w;
  }

  private static void writeSparse(DataOutputStream o, float[] weights) throws IOException {
    int nonZero = 0;
    for (float v : weights) {
      if (Math.abs(v) >= 1e-3f) {
        nonZero++;
      }
    }
    o.writeInt(nonZero);
    int last = 0;
    for (int i = 0; i < weights.length; i++) {
      if (Math.abs(weights[i]) >= 1e-3f) {
        o.writeInt(i - last); // deltas compress better
        o.writeFloat(weights[i]);
        last = i;
      }
    }
  }

  private static float[] readSparse(DataInputStream in, int size) throws IOException {
    float[] w = new float[size];
    readEntries(in, in.readInt(), (at, v) -> w[at] = v);
    return w;
  }

  private interface Entry {
    void accept(int index, float weight);
  }

  /**
   * The {@code n} (index, weight) pairs of one {@link #writeSparse} block, decoded from bulk reads: read one int
   * at a time, millions of entries cost most of a model load.
   */
  private static void readEntries(DataInputStream in, int n, Entry entry) throws IOException {
    byte[] chunk = new byte[8 * Math.min(n, 1 << 16)];
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(chunk); // big-endian, as DataOutputStream wrote
    int at = 0;
    for (int done = 0; done < n; ) {
      int m = Math.min(n - done, chunk.length / 8);
      in.readFully(chunk, 0, 8 * m);
      b.clear();
      for (int k = 0; k < m; k++) {
        at += b.getInt();
        entry.accept(at, b.getFloat());
      }
      done += m;
    }
  }

  public static PerceptronTagger load(InputStream in) throws IOException {
    // Buffered above the inflater: DataInputStream reads an int as four single-byte reads.
    DataInputStream i = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    int magic = i.readInt();
    if (magic != MAGIC && magic != MAGIC_V2 && magic != MAGIC_V4) {
      throw new IOException("not a newswire tagger model");
    }
    String[] tags = new String[i.readInt()];
    for (int t = 0; t < tags.length; t++) {
      tags[t] = i.readUTF();
    }
    int bits = i.readInt();
    int pairBits = i.readInt();
    int features = magic == MAGIC_V4 ? i.readInt() : 0;
    Gazetteer gazetteer = Gazetteer.readFrom(i);
    WordClusters clusters = magic != MAGIC_V2 ? WordClusters.readFrom(i) : WordClusters.NONE;
    CompactWeights w = readCompact(i, tags.length);
    float[] pw = readSparse(i, (1 << pairBits) * (tags.length + 1) * tags.length);
    return new PerceptronTagger(new PerceptronTagger(tags, bits, null, pairBits, pw, gazetteer, clusters, features), w);
  }

  /**
   * The observation weights straight into their compact table, as {@link #compacted()} would build it
   * from the dense array (the file holds exactly the weights that make a row used, in bucket order),
   * without the dense array of {@code 2^bits × tags} floats.
   */
  private static CompactWeights readCompact(DataInputStream in, int nt) throws IOException {
    int n = in.readInt();
    int[] buckets = new int[n];
    float[] rows = new float[n * nt];
    int[] used = {0};
    readEntries(in, n, (at, v) -> {
      int bucket = at / nt;
      if (used[0] == 0 || buckets[used[0] - 1] != bucket) {
        buckets[used[0]++] = bucket;
      }
      rows[(used[0] - 1) * nt + at % nt] = v;
    });
    return new CompactWeights(java.util.Arrays.copyOf(buckets, used[0]), java.util.Arrays.copyOf(rows, used[0] * nt));
  }
}
