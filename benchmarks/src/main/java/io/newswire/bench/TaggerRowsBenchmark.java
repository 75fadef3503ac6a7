package io.newswire.bench;

import io.newswire.cli.Input;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.ParsedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The name tagger over many documents of one language, one document per call in turn: unlike
 * {@link TaggerBenchmark}'s single sample, whose few words keep every weight row in cache, this spreads the
 * look-ups over the model's megabytes of rows as a feed does, so what the row layout costs in cache misses
 * shows. The documents are read at setup from a JSON-lines file given as {@code -p docs=FILE} (e.g. the
 * bench command's mixed file; nothing is bundled). {@code benchmarks/run TaggerRowsBenchmark -p docs=FILE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g",
    "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.util,io.newswire"})
public class TaggerRowsBenchmark {
  @Param({"ar", "en", "fa"})
  public String lang;

  @Param({"/tmp/bench/mixed.jsonl"})
  public String docs;

  /** Documents kept, at most: enough words that the token cache and the rows see a feed's spread. */
  @Param({"1000"})
  public int limit;

  private PerceptronTagger model;
  /** Per document, its sentences' tokens (cut once: the token hashes are not what this measures). */
  private final List<List<String[]>> documents = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() throws Exception {
    model = PerceptronTagger.loadShipped(lang);
    DispatchParser parser = new DispatchParser();
    for (Input in : Input.ofJsonLines(Path.of(docs))) {
      if (documents.size() >= limit) {
        break;
      }
      ParsedArticle parsed;
      try {
        parsed = parser.parse(new RawDispatch(in.id(), in.body(), in.headers(), 0L));
      } catch (Exception e) {
        continue; // a rejected dispatch is no document
      }
      if (!lang.equals(parsed.getLanguage())) {
        continue;
      }
      List<String[]> sentences = new ArrayList<>();
      for (String p : parsed.getParagraphs()) {
        for (List<Tokenizer.Token> s : Tokenizer.sentences(p)) {
          sentences.add(Tokenizer.texts(s));
        }
      }
      documents.add(sentences);
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no " + lang + " document in " + docs);
    }
  }

  @Benchmark
  public Object tagNextDocument() {
    List<String[]> d = documents.get(next);
    next = next + 1 == documents.size() ? 0 : next + 1;
    return model.tagDocument(d);
  }
}
