package io.newswire.bench;

import io.newswire.cli.Input;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.ParsedArticle;
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
 * The name tagger alone on a bundled sample's body (its language's shipped model), warm token cache: the
 * token lookup, the per-sentence view, the weight rows and Viterbi. Each call cuts the tokens from the text
 * afresh, as the recognizer does, so their string hashes are computed as in the pipeline.
 * {@code benchmarks/run TaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g",
    "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.util,io.newswire"})
public class TaggerBenchmark {
  @Param({"mehr-ar-pezeshkian-qatar", "ap-en-port-reopens", "irna-fa-rainfall"})
  public String sample;

  private PerceptronTagger model;
  /** Per paragraph, its text and its sentences' token spans (start, end pairs). */
  private final List<String> texts = new ArrayList<>();
  private final List<List<int[]>> spans = new ArrayList<>();

  @Setup
  public void setUp() throws Exception {
    Input in = Input.samples().stream().filter(i -> i.id().equals(sample)).findFirst().orElseThrow();
    ParsedArticle parsed = new DispatchParser().parse(new RawDispatch(in.id(), in.body(), in.headers(), 0L));
    model = PerceptronTagger.loadShipped(parsed.getLanguage());
    for (String p : parsed.getParagraphs()) {
      List<int[]> sentences = new ArrayList<>();
      for (List<Tokenizer.Token> s : Tokenizer.sentences(p)) {
        int[] se = new int[2 * s.size()];
        for (int t = 0; t < s.size(); t++) {
          se[2 * t] = s.get(t).start();
          se[2 * t + 1] = s.get(t).end();
        }
        sentences.add(se);
      }
      texts.add(p);
      spans.add(sentences);
    }
  }

  @Benchmark
  public Object tagDocument() {
    List<String[]> sentences = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      String text = texts.get(p);
      for (int[] se : spans.get(p)) {
        String[] tokens = new String[se.length / 2];
        for (int t = 0; t < tokens.length; t++) {
          tokens[t] = text.substring(se[2 * t], se[2 * t + 1]);
        }
        sentences.add(tokens);
      }
    }
    return model.tagDocument(sentences);
  }
}
