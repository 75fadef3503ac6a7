package io.newswire.bench;

import io.newswire.cli.Input;
import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.Entity;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
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
 * Per-dispatch cost of each pure step on the bundled samples (the seed is the reference size:
 * 5 kB of Arabic with 13 quotes). Single thread: one core's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g",
    "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.util,io.newswire"})
public class PipelineBenchmark {
  @Param({"mehr-ar-pezeshkian-qatar", "ap-en-port-reopens", "irna-fa-rainfall"})
  public String sample;

  private DispatchParser parser;
  private EntityExtractor entities;
  private QuoteExtractor quotes;
  private Enricher enricher;
  private RawDispatch raw;
  private ParsedArticle parsed;
  private List<ArticleField> fields;
  private List<Entity> found;

  @Setup
  public void setUp() throws Exception {
    Input in = Input.samples().stream().filter(i -> i.id().equals(sample)).findFirst().orElseThrow();
    parser = new DispatchParser();
    entities = new EntityExtractor();
    quotes = new QuoteExtractor();
    enricher = new Enricher(entities, quotes, java.time.Clock.systemUTC());
    raw = new RawDispatch(in.id(), in.body(), in.headers(), 0L);
    parsed = parser.parse(raw);
    fields = ArticleFields.of(parsed);
    found = entities.extract(fields, parsed.getLanguage());
  }

  /** Decode, detect format, parse headline/highlights/dateline/body, normalize, detect language. */
  @Benchmark
  public ParsedArticle parseAndNormalize() throws Exception {
    return parser.parse(raw);
  }

  @Benchmark
  public List<Entity> entityStep() {
    return entities.extract(fields, parsed.getLanguage());
  }

  @Benchmark
  public Object quoteStep() {
    return quotes.extract(fields, parsed.getLanguage(), found);
  }

  /** Parse + enrich: what one dispatch costs the two services, minus Kafka. */
  @Benchmark
  public EnrichedArticle parseAndEnrich() throws Exception {
    return enricher.enrich(parser.parse(raw));
  }
}
