package io.newswire.bench.abba;

import io.newswire.cli.Input;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.ParseResult;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.json.PlainJson;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One build's side of an {@link AbbaHarness} comparison. {@link AbbaHarness} loads this class once per build, each
 * time in a class loader of its own over that build's jars, so the same source links against each build's classes;
 * it therefore uses only long-standing entry points (the command line's {@code Input}, {@code DispatchParser},
 * {@code Enricher}, {@code PlainJson}, the tagger). Each {@link #getAsLong()} is one pass over all dispatches and
 * returns a checksum of what the pass produced, which must be the same for two builds with the same output.
 *
 * <p>Modes: {@code enrich} parse + enrich + the JSON line, what {@code enrich --in} does per dispatch (default);
 * {@code enrich-only} enrich of articles parsed once beforehand; {@code parse} the parser alone; {@code tagger}
 * the statistical tagger alone over every paragraph, with its language's shipped model.
 */
public final class AbbaDriver implements LongSupplier {
  private final String mode;
  private final DispatchParser parser = new DispatchParser();
  private final List<Input> inputs;
  private final List<ParsedArticle> parsed = new ArrayList<>();
  private final List<PerceptronTagger> docModel = new ArrayList<>();
  private final List<List<String[]>> docSentences = new ArrayList<>();
  private Enricher enricher;
  /** Keeps the JSON lines from being optimized away. */
  public long sink;

  public AbbaDriver(String mode, String file) throws Exception {
    this.mode = mode;
    inputs = Input.ofJsonLines(Path.of(file));
    switch (mode) {
      case "enrich", "parse" -> { }
      case "enrich-only", "tagger" -> parseAll();
      default -> throw new IllegalArgumentException("mode: enrich, enrich-only, parse or tagger, not " + mode);
    }
    if (mode.startsWith("enrich")) {
      enricher = new Enricher().loadModels();
    }
    if (mode.equals("tagger")) {
      Map<String, PerceptronTagger> models = new HashMap<>();
      for (ParsedArticle a : parsed) {
        PerceptronTagger m = models.computeIfAbsent(a.getLanguage(), PerceptronTagger::loadShipped);
        if (m == null) {
          continue;
        }
        List<String[]> sentences = new ArrayList<>();
        for (String p : a.getParagraphs()) {
          for (List<Tokenizer.Token> s : Tokenizer.sentences(p)) {
            sentences.add(Tokenizer.texts(s));
          }
        }
        docModel.add(m);
        docSentences.add(sentences);
      }
    }
  }

  private void parseAll() {
    for (Input in : inputs) {
      try {
        for (ParseResult.Item item : parser.parseAll(raw(in)).items()) {
          if (item.article() != null) {
            parsed.add(item.article());
          }
        }
      } catch (RejectedDispatchException e) {
        // a rejected dispatch is no article: nothing to enrich or tag
      }
    }
  }

  /** A fixed receive time: the output must not depend on when a pass ran. */
  private static RawDispatch raw(Input in) {
    return new RawDispatch(in.id(), in.body(), in.headers(), 0L);
  }

  @Override
  public long getAsLong() {
    long sum = 0;
    switch (mode) {
      case "enrich" -> {
        for (Input in : inputs) {
          try {
            for (ParseResult.Item item : parser.parseAll(raw(in)).items()) {
              if (item.article() != null) {
                EnrichedArticle e = enricher.enrich(item.article());
                sum = 31 * sum + counts(e);
                sink += PlainJson.toLine(e).length(); // not in the checksum: it holds the processing time
              }
            }
          } catch (RejectedDispatchException e) {
            sum = 31 * sum + 7;
          }
        }
      }
      case "enrich-only" -> {
        for (ParsedArticle a : parsed) {
          sum = 31 * sum + counts(enricher.enrich(a));
        }
      }
      case "parse" -> {
        for (Input in : inputs) {
          try {
            for (ParseResult.Item item : parser.parseAll(raw(in)).items()) {
              sum = 31 * sum + (item.article() != null ? item.article().getParagraphs().size() : 1);
            }
          } catch (RejectedDispatchException e) {
            sum = 31 * sum + 7;
          }
        }
      }
      case "tagger" -> {
        for (int d = 0; d < docModel.size(); d++) {
          for (List<?> chunks : docModel.get(d).tagDocument(docSentences.get(d))) {
            sum = 31 * sum + chunks.size();
          }
        }
      }
      default -> throw new IllegalStateException(mode);
    }
    return sum;
  }

  private static long counts(EnrichedArticle e) {
    return 1009L * e.getEntities().size() + (e.getQuotes() == null ? 0 : e.getQuotes().size());
  }
}
