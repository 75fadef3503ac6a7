package io.newswire.enrich.entities.train;

import io.newswire.enrich.entities.ner.ArabicStem;
import io.newswire.enrich.entities.ner.WordClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word classes from unlabeled text, a cheaper stand-in for Brown clustering (no library on Maven
 * Central does either): every light stem seen at least {@link #MIN_COUNT} times is described by the
 * positive PMI of the frequent stems one and two places to its left and right, and spherical k-means
 * groups those vectors into {@link #FINE} classes; k-means over the class centroids then gives
 * {@link #COARSE} classes above them, the two levels of a Brown bit-string prefix. Deterministic: fixed
 * seed, vocabulary in count-then-text order, sums in a fixed order.
 */
public final class DistributionalClustering {
  public static final int FINE = 256;
  public static final int COARSE = 32;
  static final int MIN_COUNT = 3;
  static final int MAX_WORDS = 40_000;
  static final int CONTEXTS = 800;
  static final int ITERATIONS = 12;
  static final long SEED = 20261130L;

  private DistributionalClustering() {}

  /** Classes of the stems of {@code sentences} (token arrays). */
  public static WordClusters cluster(List<String[]> sentences) {
    List<String[]> stems = new ArrayList<>(sentences.size());
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      String[] st = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        st[i] = ArabicStem.of(s[i]);
        counts.merge(st[i], 1, Integer::sum);
      }
      stems.add(st);
    }
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    Map<String, Integer> contextIndex = new HashMap<>();
    for (int i = 0; i < Math.min(CONTEXTS, byCount.size()); i++) {
      contextIndex.put(byCount.get(i), i);
    }
    Map<String, Integer> wordIndex = new HashMap<>();
    for (String w : byCount) {
      if (counts.get(w) < MIN_COUNT || wordIndex.size() >= MAX_WORDS) {
        break;
      }
      wordIndex.put(w, wordIndex.size());
    }
    int v = wordIndex.size();
    int k = Math.min(FINE, Math.max(1, v / 4));
    if (v == 0) {
      return WordClusters.NONE;
    }
    // Context slots: 4 positions (-2, -1, +1, +2) x (frequent stems + sentence boundary).
    int perPos = contextIndex.size() + 1;
    int dims = 4 * perPos;
    List<Map<Integer, Double>> raw = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      raw.add(new HashMap<>());
    }
    double[] contextTotals = new double[dims];
    double total = 0;
    int[] offsets = {-2, -1, 1, 2};
    for (String[] s : stems) {
      for (int i = 0; i < s.length; i++) {
        Integer w = wordIndex.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int p = 0; p < 4; p++) {
          int j = i + offsets[p];
          int c;
          if (j < 0 || j >= s.length) {
            c = perPos - 1;
          } else {
            Integer ci = contextIndex.get(s[j]);
            if (ci == null) {
              continue;
            }
            c = ci;
          }
          int d = p * perPos + c;
          raw.get(w).merge(d, 1.0, Double::sum);
          contextTotals[d]++;
          total++;
        }
      }
    }
    // Sparse PPMI vectors, L2-normalised, dimensions in ascending order.
    int[][] idx = new int[v][];
    double[][] val = new double[v][];
    for (int w = 0; w < v; w++) {
      Map<Integer, Double> m = raw.get(w);
      double rowTotal = 0;
      for (double x : m.values()) {
        rowTotal += x;
      }
      int[] dimsOf = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      List<Integer> keep = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int d : dimsOf) {
        double pmi = Math.log(m.get(d) * total / (rowTotal * contextTotals[d]));
        if (pmi > 0) {
          keep.add(d);
          weights.add(pmi);
        }
      }
      idx[w] = keep.stream().mapToInt(Integer::intValue).toArray();
      val[w] = weights.stream().mapToDouble(Double::doubleValue).toArray();
      normalise(val[w]);
    }
    int[] fine = kMeans(idx, val, dims, k, new Random(SEED));
    // Coarse level: the fine centroids clustered again, each weighted by nothing but its direction.
    double[][] centroids = centroids(idx, val, fine, k, dims);
    int[][] cIdx = new int[k][];
    double[][] cVal = new double[k][];
    for (int c = 0; c < k; c++) {
      List<Integer> nz = new ArrayList<>();
      for (int d = 0; d < dims; d++) {
        if (centroids[c][d] != 0) {
          nz.add(d);
        }
      }
      cIdx[c] = nz.stream().mapToInt(Integer::intValue).toArray();
      cVal[c] = new double[cIdx[c].length];
      for (int t = 0; t < cIdx[c].length; t++) {
        cVal[c][t] = centroids[c][cIdx[c][t]];
      }
    }
    int[] coarse = kMeans(cIdx, cVal, dims, Math.min(COARSE, k), new Random(SEED + 1));
    Map<String, Integer> classes = new HashMap<>();
    for (Map.Entry<String, Integer> e : wordIndex.entrySet()) {
      int f = fine[e.getValue()];
      classes.put(e.getKey(), WordClusters.pack(f, coarse[f]));
    }
    return new WordClusters(classes);
  }

  /** Spherical k-means with k-means++ seeding; returns the class of each row. */
  static int[] kMeans(int[][] idx, double[][] val, int dims, int k, Random random) {
    int n = idx.length;
    double[][] centroids = new double[k][];
    // k-means++: each next seed drawn with probability proportional to its distance from the nearest.
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.MAX_VALUE);
    int first = random.nextInt(n);
    centroids[0] = dense(idx[first], val[first], dims);
    for (int c = 1; c < k; c++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double dist = Math.max(0, 1 - dot(idx[i], val[i], centroids[c - 1]));
        nearest[i] = Math.min(nearest[i], dist);
        sum += nearest[i];
      }
      double r = random.nextDouble() * sum;
      int pick = n - 1;
      for (int i = 0; i < n; i++) {
        r -= nearest[i];
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      centroids[c] = dense(idx[pick], val[pick], dims);
    }
    int[] assign = new int[n];
    for (int it = 0; it < ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double s = dot(idx[i], val[i], centroids[c]);
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
        if (it == 0 || assign[i] != best) {
          changed |= assign[i] != best;
          assign[i] = best;
        }
      }
      double[][] next = centroids(idx, val, assign, k, dims);
      for (int c = 0; c < k; c++) {
        if (isZero(next[c])) {
          next[c] = centroids[c]; // an emptied class keeps its place
        }
      }
      centroids = next;
      if (!changed && it > 0) {
        break;
      }
    }
    return assign;
  }

  private static double[][] centroids(int[][] idx, double[][] val, int[] assign, int k, int dims) {
    double[][] c = new double[k][dims];
    for (int i = 0; i < idx.length; i++) {
      for (int t = 0; t < idx[i].length; t++) {
        c[assign[i]][idx[i][t]] += val[i][t];
      }
    }
    for (double[] row : c) {
      normalise(row);
    }
    return c;
  }

  private static boolean isZero(double[] row) {
    for (double x : row) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static double[] dense(int[] idx, double[] val, int dims) {
    double[] d = new double[dims];
    for (int t = 0; t < idx.length; t++) {
      d[idx[t]] = val[t];
    }
    return d;
  }

  private static double dot(int[] idx, double[] val, double[] dense) {
    double s = 0;
    for (int t = 0; t < idx.length; t++) {
      s += val[t] * dense[idx[t]];
    }
    return s;
  }

  private static void normalise(double[] row) {
    double n = 0;
    for (double x : row) {
      n += x * x;
    }
    if (n > 0) {
      n = Math.sqrt(n);
      for (int i = 0; i < row.length; i++) {
        row[i] /= n;
      }
    }
  }
}
