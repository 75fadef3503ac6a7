package io.newswire.cli;

import io.newswire.enrich.entities.train.TrainNerModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reproducible training of the shipped models: same data and options, same bytes. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the shipped statistical models.",
    subcommands = {TrainCommand.Ner.class})
final class TrainCommand {

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Train the name tagger of --lang (ar: ANERcorp + a share of WikiANN Arabic; fa: WikiANN Persian; "
          + "en: wikigold + Broad Twitter Corpus, fetched into data/ner-en by tools/ner-en/fetch.sh) "
          + "from the CoNLL files in --data-dir, with word classes learned from the same text, and write it to --out. "
          + "With --dev/--folds it also prints held-out scores.")
  static final class Ner implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "ar, fa or en.")
    String lang;

    @Option(names = "--data-dir", defaultValue = "../shared/data/ner",
        description = "Directory of anercorp-train.conll and wikiann-{ar,fa}-{train,dev}.conll (default: ${DEFAULT-VALUE}); "
            + "for en, of en-{train,dev}.conll (default: data/ner-en).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "MODEL.bin",
        description = "Where to write the model; the shipped one is enrich-service/src/main/resources/models/ner-LANG.bin.")
    Path out;

    @Option(names = "--dev", paramLabel = "SHARE", defaultValue = "0",
        description = "Hold out the last SHARE of the main file, train on the rest and score it (and the WikiANN dev file).")
    double dev;

    @Option(names = "--folds", defaultValue = "0", description = "Cross-validation folds over the training part (no model written).")
    int folds;

    @Option(names = "--wikiann", paramLabel = "SHARE", defaultValue = "" + TrainNerModel.WIKIANN_AR_SHARE,
        description = "ar: share of WikiANN Arabic train sentences mixed in (default: ${DEFAULT-VALUE}).")
    double wikiann;

    @Option(names = "--no-clusters", description = "Train without word-class features (for comparison).")
    boolean noClusters;

    @Option(names = "--predictions", paramLabel = "OUT", description = "With --dev: 'token gold predicted' lines of the dev split.")
    Path predictions;

    @Option(names = "--misc-as-o", description = "ar: train ANERcorp's MISC as O instead of as its own type (for comparison; "
        + "the PER/LOC/ORG scoring ignores MISC).")
    boolean miscAsO;

    @Option(names = "--features", paramLabel = "GROUPS", defaultValue = "-1",
        description = "Feature groups of the tagger as a bit set (1: Arabic context); default: the language's own.")
    int features;

    @Option(names = "--word-list-from", paramLabel = "MODEL.bin",
        description = "Use the word list stored in this model file instead of building it from today's KB "
            + "(retrains a shipped model byte for byte after KB edits).")
    Path wordListFrom;

    @Override
    public Integer call() throws Exception {
      TrainNerModel.Options o = new TrainNerModel.Options();
      o.lang = lang;
      o.dataDir = lang.equals("en") && dataDir.equals(Path.of("../shared/data/ner")) ? Path.of("data/ner-en") : dataDir;
      o.out = out;
      o.dev = dev;
      o.folds = folds;
      o.wikiannShare = wikiann;
      o.clusters = !noClusters;
      o.predictions = predictions;
      o.features = features;
      o.wordListFrom = wordListFrom;
      if (miscAsO) {
        o.miscAsO = true;
      }
      if (!lang.equals("ar") && !lang.equals("fa") && !lang.equals("en")) {
        System.err.println("train ner: --lang must be ar, fa or en");
        return 2;
      }
      if (out == null && dev <= 0 && folds <= 1 && !lang.equals("en")) {
        System.err.println("train ner: give --out, --dev or --folds");
        return 2;
      }
      TrainNerModel.run(o, System.out);
      return 0;
    }
  }
}
