package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.eval.GoldDocuments;
import io.newswire.enrich.eval.GoldEntityEvaluation;
import io.newswire.enrich.eval.NerEvaluation;
import io.newswire.enrich.eval.QuoteEvaluation;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.json.PlainJson;
import io.newswire.schema.EnrichedArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Quality figures: the same parse + enrich code as the pipeline, scored against annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score entities and quotes against annotated data.",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Gold.class, EvalCommand.Quotes.class})
final class EvalCommand {

  /** Raw dispatch text through the parser and the enricher, exactly as {@code enrich} does. */
  static Function<String, EnrichedArticle> pipeline() {
    DispatchParser parser = new DispatchParser();
    Enricher enricher = new Enricher();
    return text -> {
      try {
        return EnrichCommand.enrichOne(parser, enricher,
            new Input(null, text.getBytes(StandardCharsets.UTF_8), Map.of("source", "eval")));
      } catch (RejectedDispatchException e) {
        throw new IllegalArgumentException("gold text rejected by the parser: " + e.reason() + ": " + e.getMessage(), e);
      }
    };
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Tag pre-tokenized CoNLL input ('token TAG' or CoNLL-2003 'token POS chunk TAG' lines, IOB, blank "
          + "line between sentences) with the shipped statistical recognizer of --lang, or with --whole the whole entity "
          + "step, and print exact-match entity P/R/F1 per type (conlleval semantics). Types map to PER/LOC/ORG "
          + "(ANERcorp PERS, ArmanPersoNER pers/loc/org, CoNLL PER/LOC/ORG); every other type counts as O. "
          + "English: the model trained on wikigold and the Broad Twitter Corpus (models/NOTICE-ner-en.md).")
  static final class Ner implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.conll")
    Path file;

    @Option(names = "--lang", required = true, description = "Language of the tokens: ar, fa (statistical models), en (--whole only).")
    String lang;

    @Option(names = "--whole", description = "Score the whole entity step (knowledge base, model, organisation shapes, "
        + "cues) as the pipeline runs it: each document's sentences are joined with spaces into fields of one "
        + "article and the mentions mapped back to tokens.")
    boolean whole;

    @Option(names = "--doc-sentences", paramLabel = "N", defaultValue = "50",
        description = "Join at most N consecutive sentences into one document (context for the model's document memory "
            + "and the whole step); a -DOCSTART- line always ends a document; 0 = only -DOCSTART- does (default: ${DEFAULT-VALUE}).")
    int docSentences;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Also write 'token gold predicted' lines here (types mapped).")
    Path predictions;

    @Override
    public Integer call() throws IOException {
      try {
        NerEvaluation.evaluate(file, lang, whole, docSentences, predictions).print(System.out);
      } catch (IllegalArgumentException e) {
        System.err.println("eval ner: " + e.getMessage());
        return 2;
      }
      if (predictions != null) {
        System.err.println("eval ner: predictions written to " + predictions);
      }
      return 0;
    }
  }

  @Command(name = "gold", mixinStandardHelpOptions = true,
      description = "Entity and quote scores of enrich output against gold annotations "
          + "(one gold object in FILE.json, or one per line in FILE.jsonl; format in ../shared/data/README.md). "
          + "With --pool, FILE holds annotations without text, keyed by the pool's dispatch ids.")
  static final class Gold implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--pool", paramLabel = "POOL.jsonl",
        description = "Dispatch pool (JSON lines with id and text) whose texts the annotations in FILE refer to. "
            + "When the pool file is absent the command says so and exits 0 (the pools are not shipped).")
    Path pool;

    @Option(names = "--part", defaultValue = "both",
        description = "What the annotations cover: entities, quotes or both (default: ${DEFAULT-VALUE}).")
    String part;

    @Option(names = "--errors", description = "Also list every entity mention counted wrong (FP) or missed (FN), and every quote "
        + "missed, spurious, inexact or with a wrong speaker.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      if (pool != null && !Files.isRegularFile(pool)) {
        System.err.println("eval gold: pool " + pool + " not found; skipped");
        return 0;
      }
      List<JsonNode> docs = GoldDocuments.read(file, pool);
      if (!List.of("entities", "quotes", "both").contains(part)) {
        System.err.println("eval gold: --part is entities, quotes or both, not '" + part + "'");
        return 2;
      }
      Function<String, EnrichedArticle> pipeline = pipeline();
      if (!"quotes".equals(part)) {
        System.out.println("== entities: " + file + " (" + docs.size() + " documents)");
        GoldEntityEvaluation.run(docs, pipeline).print(System.out, errors);
      }
      if (!"entities".equals(part)) {
        System.out.println("== quotes: " + file + " (" + docs.size() + " documents)");
        QuoteEvaluation.Report report = QuoteEvaluation.gold(docs, pipeline);
        System.out.print(errors ? report.withAllExamples() : report);
      }
      return 0;
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quote scores: gold annotations (format of ../shared/data/README.md) or PolNeAR JSON lines "
          + "(direct attributions, scored as a newsroom reads quotes: the pieces of a quote split by its cue "
          + "count as one, a quote of any kind matching (token F1 >= 0.5) or covering a gold content finds it, "
          + "precision is over DIRECT pieces).")
  static final class Quotes implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--errors", description = "List every error, not only the first few: for PolNeAR every missed content and every found "
        + "content whose named speaker is wrong (the headline's speaker errors, with the document id), then the "
        + "looser-match misses and spurious quotes.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      if (isPolnear(file)) {
        EntityExtractor entities = new EntityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        QuoteEvaluation.Report report = QuoteEvaluation.polnear(file,
            (fields, lang) -> quotes.extract(fields, lang, entities.extract(fields, lang)));
        System.out.print(errors ? report.withAllExamples() : report);
      } else {
        QuoteEvaluation.Report report = QuoteEvaluation.gold(file, pipeline());
        System.out.print(errors ? report.withAllExamples() : report);
      }
      return 0;
    }

    /** PolNeAR lines carry 'attributions'; the project's gold format carries 'quotes'. */
    static boolean isPolnear(Path file) throws IOException {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String first = r.readLine();
        if (first == null || first.isBlank()) {
          return false;
        }
        try {
          JsonNode doc = PlainJson.MAPPER.readTree(first);
          return doc.has("attributions");
        } catch (IOException e) {
          return false; // a pretty-printed single gold object: not PolNeAR
        }
      }
    }
  }
}
