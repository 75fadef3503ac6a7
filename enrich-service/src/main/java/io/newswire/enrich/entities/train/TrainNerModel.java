package io.newswire.enrich.entities.train;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.ner.ConllSentence;
import io.newswire.enrich.entities.ner.Gazetteer;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.WordClusters;
import io.newswire.enrich.eval.NerEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the shipped name taggers (see models/NOTICE-*.md). Arabic: ANERcorp (news, PERS/LOC/ORG/MISC)
 * with a share of WikiANN Arabic (silver, Wikipedia, PER/LOC/ORG; PER read as PERS) mixed in. Persian:
 * WikiANN Persian. English: wikigold and the Broad Twitter Corpus (both CC BY 4.0). Word classes are learned from the training text itself (unlabeled use). Deterministic:
 * fixed epochs, seeds, hash sizes and sample, sentences grouped into documents in file order, so a
 * retrain writes the same bytes. {@code ./newswire train ner --lang ar|fa} runs it.
 */
public final class TrainNerModel {
  public static final int EPOCHS = 20;
  public static final long SEED = 20260101L;
  public static final int HASH_BITS = 20;
  /** Models trained with seeds SEED, SEED+1, ... and averaged (parameter mixing). */
  public static final int MIX = 3;
  /** ANERcorp has no document marks; consecutive sentences stand in for a document. */
  public static final int DOCUMENT_SENTENCES = NerEvaluation.DOCUMENT_SENTENCES;
  /** Share of WikiANN Arabic train sentences mixed into ANERcorp (every k-th sentence; see README figures). */
  public static final double WIKIANN_AR_SHARE = 0.05;

  /** What to train and how; {@link #parse} reads it from command-line options. */
  public static final class Options {
    public String lang = "ar";
    public Path dataDir = Path.of("../shared/data/ner");
    public Path out;
    public double dev;
    public int folds;
    public int epochs = EPOCHS;
    public int bits = HASH_BITS;
    public int mix = MIX;
    public double wikiannShare = WIKIANN_AR_SHARE;
    public boolean clusters = true;
    public boolean silverGazetteer = true;
    public Path predictions;
    /** Feature groups of the tagger ({@code TaggerFeatures}); -1: the language's default ({@link #features(String)}). */
    public int features = -1;
    /** ar: train ANERcorp's MISC as O (the PER/LOC/ORG scoring ignores it); null: the default ({@link #MISC_AS_O}). */
    public Boolean miscAsO;
    /**
     * Take the word list (gazetteer) stored in this model file instead of building it from today's KB: the
     * list changes with every KB edit, so only this reproduces a model trained before them.
     */
    public Path wordListFrom;

    public static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--lang" -> o.lang = args[++i];
          case "--data-dir" -> o.dataDir = Path.of(args[++i]);
          case "--out" -> o.out = Path.of(args[++i]);
          case "--dev" -> o.dev = Double.parseDouble(args[++i]);
          case "--folds" -> o.folds = Integer.parseInt(args[++i]);
          case "--epochs" -> o.epochs = Integer.parseInt(args[++i]);
          case "--bits" -> o.bits = Integer.parseInt(args[++i]);
          case "--mix" -> o.mix = Integer.parseInt(args[++i]);
          case "--wikiann" -> o.wikiannShare = Double.parseDouble(args[++i]);
          case "--no-clusters" -> o.clusters = false;
          case "--no-silver" -> o.silverGazetteer = false;
          case "--predictions" -> o.predictions = Path.of(args[++i]);
          case "--features" -> o.features = Integer.parseInt(args[++i]);
          case "--misc" -> o.miscAsO = false;
          case "--misc-as-o" -> o.miscAsO = true;
          case "--word-list-from" -> o.wordListFrom = Path.of(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!o.lang.equals("ar") && !o.lang.equals("fa") && !o.lang.equals("en")) {
        throw new IllegalArgumentException("--lang must be ar, fa or en");
      }
      return o;
    }
  }

  /** ar: ANERcorp's MISC trained as O (see README figures). */
  public static final boolean MISC_AS_O = false;

  /** The feature groups a language's shipped tagger uses: none but for Arabic (English and Persian as before). */
  public static int features(String lang) {
    return 0;
  }

  private TrainNerModel() {}

  public static void main(String[] args) throws IOException {
    run(Options.parse(args), System.out);
  }

  /** Trains (and with {@code --dev}/{@code --folds} scores) as {@code o} says; returns the model. */
  public static PerceptronTagger run(Options o, PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    List<ConllSentence> main;
    List<ConllSentence> extra;
    List<ConllSentence> devFile;
    Gazetteer gazetteer;
    if (o.lang.equals("ar")) {
      main = ConllSentence.read(o.dataDir.resolve("anercorp-train.conll"));
      List<ConllSentence> wikiann = ConllSentence.read(o.dataDir.resolve("wikiann-ar-train.conll"));
      extra = sample(asAnercorpTypes(wikiann), o.wikiannShare);
      devFile = ConllSentence.read(o.dataDir.resolve("wikiann-ar-dev.conll"));
      gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null), o.lang, o.silverGazetteer ? wikiann : List.of());
    } else if (o.lang.equals("en")) {
      // wikigold + Broad Twitter Corpus (CC BY 4.0), PER/LOC/ORG in IOB2, as tools/ner-en/fetch.sh writes them;
      // en-dev.conll is held out (every 10th sentence of each corpus), never trained on.
      main = ConllSentence.read(o.dataDir.resolve("en-train.conll"));
      extra = List.of();
      devFile = ConllSentence.read(o.dataDir.resolve("en-dev.conll"));
      gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null), o.lang);
    } else {
      // No silver word list here: built from the training corpus itself it would only echo its labels.
      main = ConllSentence.read(o.dataDir.resolve("wikiann-fa-train.conll"));
      extra = List.of();
      devFile = ConllSentence.read(o.dataDir.resolve("wikiann-fa-dev.conll"));
      gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null), o.lang);
    }
    if (o.wordListFrom != null) {
      try (InputStream in = Files.newInputStream(o.wordListFrom)) {
        gazetteer = PerceptronTagger.load(in).gazetteer();
      }
    }
    int features = o.features >= 0 ? o.features : features(o.lang);
    if (o.lang.equals("ar") && (o.miscAsO == null ? MISC_AS_O : o.miscAsO)) {
      main = withoutType(main, "MISC");
    }
    log.printf("%s: feature groups %d, MISC %s%n", o.lang, features,
        o.lang.equals("ar") && (o.miscAsO == null ? MISC_AS_O : o.miscAsO) ? "as O" : "kept");
    int cut = o.dev > 0 ? (int) Math.round(main.size() * (1 - o.dev)) : main.size();
    List<ConllSentence> train = main.subList(0, cut);
    long[] seeds = new long[o.mix];
    for (int k = 0; k < o.mix; k++) {
      seeds[k] = SEED + k;
    }
    if (o.folds > 1) {
      NerEvaluation.Report mapped = new NerEvaluation.Report();
      crossValidate(train, extra, o, seeds, gazetteer, features, log, mapped).print(log);
      log.printf("%d-fold cross-validation, PER/LOC/ORG (PERS as PER, MISC as O):%n", o.folds);
      mapped.print(log);
      return null;
    }
    WordClusters clusters = o.clusters ? DistributionalClustering.cluster(texts(train, extra)) : WordClusters.NONE;
    log.printf("%s: %d word classes from %d sentences of unlabeled text%n", o.lang, clusters.size(), train.size() + extra.size());
    PerceptronTagger model =
        PerceptronTagger.trainMixed(documents(train, extra), o.epochs, seeds, o.bits, gazetteer, clusters, features);
    log.printf("trained on %d + %d sentences, %d epochs, in %.1f s%n", cut, extra.size(), o.epochs, (System.nanoTime() - t0) / 1e9);
    if (o.dev > 0) {
      List<ConllSentence> held = main.subList(cut, main.size());
      log.printf("dev split: last %d sentences (%.0f%%) of the main file%n", held.size(), o.dev * 100);
      List<List<ConllSentence>> heldDocs = NerEvaluation.split(held, DOCUMENT_SENTENCES);
      List<String[]> heldPredicted = NerEvaluation.predict(heldDocs, model);
      NerEvaluation.score(heldDocs, heldPredicted, false).print(log);
      log.println("dev split, PER/LOC/ORG (PERS as PER, MISC as O; as `eval ner --lang ar` scores):");
      NerEvaluation.score(heldDocs, heldPredicted, true).print(log);
      if (o.predictions != null) {
        NerEvaluation.writePredictions(held, model, o.predictions);
      }
    }
    if (o.lang.equals("en")) {
      log.println("held-out en-dev.conll (PER/LOC/ORG; documents of " + DOCUMENT_SENTENCES + " sentences):");
      NerEvaluation.tagAndScore(devFile, model, DOCUMENT_SENTENCES, true).print(log);
    } else if (o.dev > 0 || o.lang.equals("fa")) {
      log.println("WikiANN " + o.lang + " dev (PER/LOC/ORG; documents of one sentence):");
      NerEvaluation.tagAndScore(devFile, model, 1, true).print(log);
    }
    if (o.out != null) {
      if (o.out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(o.out.toAbsolutePath().getParent());
      }
      try (OutputStream out = Files.newOutputStream(o.out)) {
        model.save(out);
      }
      log.println("wrote " + o.out + " (" + Files.size(o.out) + " bytes)");
    }
    return model;
  }

  /** Pooled scores of {@code folds} contiguous folds of the main data, each tagged by a model trained on the others. */
  static NerEvaluation.Report crossValidate(List<ConllSentence> sentences, List<ConllSentence> extra, Options o, long[] seeds,
      Gazetteer gazetteer, int features, PrintStream log, NerEvaluation.Report mapped) {
    NerEvaluation.Report pooled = new NerEvaluation.Report();
    for (int f = 0; f < o.folds; f++) {
      int from = sentences.size() * f / o.folds;
      int to = sentences.size() * (f + 1) / o.folds;
      List<ConllSentence> rest = new ArrayList<>(sentences.subList(0, from));
      rest.addAll(sentences.subList(to, sentences.size()));
      WordClusters clusters = o.clusters ? DistributionalClustering.cluster(texts(rest, extra)) : WordClusters.NONE;
      PerceptronTagger model =
          PerceptronTagger.trainMixed(documents(rest, extra), o.epochs, seeds, o.bits, gazetteer, clusters, features);
      List<List<ConllSentence>> docs = NerEvaluation.split(sentences.subList(from, to), DOCUMENT_SENTENCES);
      List<String[]> predicted = NerEvaluation.predict(docs, model);
      NerEvaluation.Report r = NerEvaluation.score(docs, predicted, false);
      NerEvaluation.Report m = NerEvaluation.score(docs, predicted, true);
      log.printf("fold %d: F1=%.4f (PER/LOC/ORG %.4f)%n", f + 1, r.overall().f1(), m.overall().f1());
      pooled.add(r);
      mapped.add(m);
    }
    log.printf("%d-fold cross-validation on %d sentences:%n", o.folds, sentences.size());
    return pooled;
  }

  /** Main sentences in runs of {@link #DOCUMENT_SENTENCES}; extra (Wikipedia) sentences one per document. */
  static List<List<ConllSentence>> documents(List<ConllSentence> sentences, List<ConllSentence> extra) {
    List<List<ConllSentence>> docs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += DOCUMENT_SENTENCES) {
      docs.add(new ArrayList<>(sentences.subList(i, Math.min(sentences.size(), i + DOCUMENT_SENTENCES))));
    }
    for (ConllSentence s : extra) {
      docs.add(List.of(s));
    }
    return docs;
  }

  private static List<String[]> texts(List<ConllSentence> a, List<ConllSentence> b) {
    List<String[]> out = new ArrayList<>(a.size() + b.size());
    a.forEach(s -> out.add(s.tokens()));
    b.forEach(s -> out.add(s.tokens()));
    return out;
  }

  /** Every sentence whose running share crosses a whole number: an even, deterministic sample. */
  static List<ConllSentence> sample(List<ConllSentence> sentences, double share) {
    List<ConllSentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (Math.floor((i + 1) * share) > Math.floor(i * share)) {
        out.add(sentences.get(i));
      }
    }
    return out;
  }

  /** The sentences with every chunk of {@code type} tagged O. */
  static List<ConllSentence> withoutType(List<ConllSentence> sentences, String type) {
    List<ConllSentence> out = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) {
      String[] t = s.tags().clone();
      for (int i = 0; i < t.length; i++) {
        if (t[i].length() > 2 && t[i].charAt(1) == '-' && t[i].substring(2).equals(type)) {
          t[i] = "O";
        }
      }
      out.add(s.withTags(t));
    }
    return out;
  }

  /** WikiANN's PER as ANERcorp's PERS, so the two corpora share one tag set. */
  static List<ConllSentence> asAnercorpTypes(List<ConllSentence> sentences) {
    List<ConllSentence> out = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) {
      String[] t = s.tags().clone();
      for (int i = 0; i < t.length; i++) {
        if (t[i].endsWith("-PER")) {
          t[i] = t[i] + "S";
        }
      }
      out.add(s.withTags(t));
    }
    return out;
  }
}
