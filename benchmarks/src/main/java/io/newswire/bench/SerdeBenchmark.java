package io.newswire.bench;

import io.newswire.cli.Input;
import io.newswire.enrich.ArticleFields;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.quotes.QuoteExtractor;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Quote;
import io.newswire.serde.AvroSerde;
import io.newswire.serde.AvroSerializer;
import io.newswire.serde.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
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
 * The enrich stream thread's Avro work per dispatch: decode the parsed record, build the enriched one from it (the
 * text steps' output computed once), encode it. {@code serdes} is the project's serde; {@code textEncoding} is
 * Avro's own reader and writer as the serde used them before it copied the decoded bytes of repeated strings.
 * JMH times the wall clock, which a loaded machine swamps; {@link #main} alternates the two on one thread and
 * compares their thread CPU, as {@code abba} does for builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g",
    "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.util,io.newswire"})
public class SerdeBenchmark {
  private static final String PARSED = "news.article.parsed";
  private static final String ENRICHED = "news.article.enriched";

  @Param({"mehr-ar-pezeshkian-qatar", "ap-en-port-reopens", "irna-fa-rainfall"})
  public String sample;

  private byte[] parsedBytes;
  private List<Entity> entities;
  private List<Quote> quotes;
  private Deserializer<ParsedArticle> deserializer;
  private Serializer<EnrichedArticle> serializer;
  private SpecificDatumReader<ParsedArticle> reader;
  private SpecificDatumWriter<EnrichedArticle> writer;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
  private BinaryEncoder encoder;

  @Setup
  public void setUp() throws Exception {
    Input in = Input.samples().stream().filter(i -> i.id().equals(sample)).findFirst().orElseThrow();
    ParsedArticle parsed = new DispatchParser().parse(new RawDispatch(in.id(), in.body(), in.headers(), 0L));
    EntityExtractor entityStep = new EntityExtractor();
    entities = entityStep.extract(ArticleFields.of(parsed), parsed.getLanguage());
    quotes = new QuoteExtractor().extract(ArticleFields.of(parsed), parsed.getLanguage(), entities);
    Map<String, String> config = Map.of(AvroSerializer.REGISTRY_URL, "mem://serde-benchmark");
    AvroSerde<ParsedArticle> parsedSerde = new AvroSerde<>(ParsedArticle.class);
    parsedSerde.configure(config, false);
    AvroSerde<EnrichedArticle> enrichedSerde = new AvroSerde<>(EnrichedArticle.class);
    enrichedSerde.configure(config, false);
    parsedBytes = parsedSerde.serializer().serialize(PARSED, parsed);
    deserializer = parsedSerde.deserializer();
    serializer = enrichedSerde.serializer();
    reader = new SpecificDatumReader<>(ParsedArticle.getClassSchema(), ParsedArticle.getClassSchema());
    writer = new SpecificDatumWriter<>(EnrichedArticle.getClassSchema());
  }

  @Benchmark
  public byte[] serdes() {
    return serializer.serialize(ENRICHED, enriched(deserializer.deserialize(PARSED, parsedBytes)));
  }

  @Benchmark
  public byte[] textEncoding() throws IOException {
    ParsedArticle a = reader.read(null, DecoderFactory.get().binaryDecoder(parsedBytes, WireFormat.HEADER_SIZE,
        parsedBytes.length - WireFormat.HEADER_SIZE, null));
    encoder = EncoderFactory.get().binaryEncoder(out, encoder);
    out.reset();
    out.write(parsedBytes, 0, WireFormat.HEADER_SIZE);
    writer.write(enriched(a), encoder);
    encoder.flush();
    return out.toByteArray();
  }

  /** As {@code Enricher.enrich} builds it. */
  private EnrichedArticle enriched(ParsedArticle a) {
    return EnrichedArticle.newBuilder().setId(a.getId()).setVersion(a.getVersion()).setSource(a.getSource())
        .setLanguage(a.getLanguage()).setHeadline(a.getHeadline()).setHighlights(a.getHighlights())
        .setDateline(a.getDateline()).setParagraphs(a.getParagraphs()).setContentType(a.getContentType())
        .setCharset(a.getCharset()).setCharsetDetected(a.getCharsetDetected()).setFormat(a.getFormat())
        .setPubStatus(a.getPubStatus()).setSlugline(a.getSlugline()).setUrgency(a.getUrgency())
        .setSubjects(a.getSubjects()).setVersionCreated(a.getVersionCreated()).setContentHash(a.getContentHash())
        .setEntities(entities).setQuotes(quotes).setPipelineVersion("bench").setProcessedAt(Instant.EPOCH)
        .build();
  }

  /** Args: rounds, operations per round. Prints per sample each round's serdes/textEncoding CPU ratio. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String sample : new String[] {"mehr-ar-pezeshkian-qatar", "ap-en-port-reopens", "irna-fa-rainfall"}) {
      SerdeBenchmark b = new SerdeBenchmark();
      b.sample = sample;
      b.setUp();
      byte[] copied = b.serdes();
      byte[] encoded = b.textEncoding();
      boolean same = Arrays.equals(copied, WireFormat.HEADER_SIZE, copied.length,
          encoded, WireFormat.HEADER_SIZE, encoded.length);
      for (int i = 0; i < 3 * ops; i++) {
        b.serdes();
        b.textEncoding();
      }
      double[] ratios = new double[rounds];
      long serdesNs = 0;
      long textNs = 0;
      for (int r = 0; r < rounds; r++) {
        long[] ns = new long[2];
        for (int k = 0; k < 2; k++) {
          boolean serdesTurn = (k == 0) == (r % 2 == 0);
          long t = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < ops; i++) {
            if (serdesTurn) {
              b.serdes();
            } else {
              b.textEncoding();
            }
          }
          ns[serdesTurn ? 0 : 1] = cpu.getCurrentThreadCpuTime() - t;
        }
        serdesNs += ns[0];
        textNs += ns[1];
        ratios[r] = (double) ns[0] / ns[1];
      }
      double[] sorted = ratios.clone();
      Arrays.sort(sorted);
      System.out.printf("%s: body identical %s; CPU per op serdes %.1f us, textEncoding %.1f us; serdes/text median"
              + " %.3f (%.3f-%.3f, %d rounds of %d), below 1 in %d%n", sample, same, serdesNs / 1e3 / rounds / ops,
          textNs / 1e3 / rounds / ops, (sorted[(rounds - 1) / 2] + sorted[rounds / 2]) / 2, sorted[0],
          sorted[rounds - 1], rounds, ops, Arrays.stream(ratios).filter(x -> x < 1).count());
    }
  }
}
