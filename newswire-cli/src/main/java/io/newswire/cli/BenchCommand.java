package io.newswire.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.enrich.Enricher;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.json.PlainJson;
import io.newswire.local.LocalStack;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.runtime.StreamsTuning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One run on one embedded stack that says where the time goes: offline text throughput on every core,
 * end-to-end throughput through both services, a pass-through baseline (the same records through two
 * exactly-once Kafka Streams stages that copy bytes) and push-to-enriched latency at a steady rate.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark real dispatches on an embedded stack: offline text throughput (all cores), end to end "
        + "through both services, a two-stage exactly-once pass-through baseline, and latency at a steady rate.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "DOCS.jsonl", description = "Real dispatches, JSON lines {\"id\", \"text\", ...}.")
  Path in;

  // 20,000: on 2 cores a phase of 5,000 lasts ~4 s, of which the JIT still took 17-40 % of the CPU in
  // the end-to-end phase; a longer phase measures the pipeline, not its last compiles.
  @Option(names = "--count", defaultValue = "20000", description = "Dispatches per phase; the input is repeated with fresh ids (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--rate", description = "Steady rate for the latency phase, dispatches/s (default: half the measured end-to-end throughput).")
  Integer rate;

  @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
  int latencySeconds;

  @Option(names = "--partitions", defaultValue = "6", description = "Partitions of the pipeline topics (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--threads", description = "Offline worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", description = "Dispatches run through the text code untimed first (default: rounds "
      + "until the JIT has settled, see --warmup-max; 0 = none).")
  private Integer warmup;

  @Option(names = "--warmup-max", defaultValue = "PT4M", description = "Longest warm-up of the text code when it runs "
      + "until the JIT has settled (default ${DEFAULT-VALUE}; a pipeline's at most 90 s).")
  Duration warmupMax;

  @Option(names = "--pipeline-warmup", description = "Dispatches pushed untimed through the pass-through stages and "
      + "through the services before each is timed (default: rounds of up to 3,000 until the JIT is quiet and the rate has "
      + "stopped rising, each warm-up at most 90 s).")
  Integer pipelineWarmup;

  @Option(names = "--latency-only", description = "Only the latency phase at --rate (required), after the warm-ups: "
      + "a quick run for tuning the services' settings (NEWSWIRE_* variables).")
  boolean latencyOnly;

  @Option(names = "--enrich-threads", split = ",", paramLabel = "N,M", description = "Compare enrich stream-thread "
      + "counts in this one JVM: after the shared warm-ups, --runs runs, each restarting only the enrich service with "
      + "its count, then timing offline, end to end and latency (no pass-through phase), A B B A by default.")
  List<Integer> enrichThreads;

  @Option(names = "--runs", description = "Runs of --enrich-threads, in mirrored order (default: twice the counts given: A B B A).")
  Integer runs;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the figures here as JSON.")
  Path json;

  @Option(names = "--timeout", defaultValue = "PT10M", description = "Give up on a phase after (default ${DEFAULT-VALUE}).")
  Duration timeout;

  /** Growth of the median over the latency phase, beyond its best window's, that counts as saturation. */
  private static final long SATURATION_MARGIN_MS = 200;

  /** Whether the last latency phase saturated (see {@link #saturated}). */
  private boolean saturated;

  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private static final Duration PIPELINE_WARMUP_MAX = Duration.ofSeconds(90);

  @Override
  public Integer call() throws Exception {
    if (latencyOnly && rate == null) {
      System.err.println("bench: --latency-only needs --rate");
      return 2;
    }
    String alternation = alternationError(enrichThreads, runs, latencyOnly);
    if (alternation != null) {
      System.err.println("bench: " + alternation);
      return 2;
    }
    boolean alternate = enrichThreads != null;
    List<Input> pool = Input.ofJsonLines(in);
    if (pool.isEmpty()) {
      System.err.println("bench: " + in + " has no dispatches");
      return 2;
    }
    long bytes = 0;
    for (Input i : pool) {
      bytes += i.body().length;
    }
    ObjectNode report = PlainJson.MAPPER.createObjectNode();
    report.put("input", in.toString()).put("dispatches", pool.size()).put("meanBytes", bytes / pool.size())
        .put("count", count).put("cores", Runtime.getRuntime().availableProcessors()).put("partitions", partitions);

    // On 2 cores C2 needs tens of thousands of dispatches (over a minute of compiling) before the text
    // code runs compiled; a phase timed before that measures the compiler, not the service a newsroom
    // runs for days. So the warm-up goes on in rounds until a round spends under 5 % of its time
    // compiling, and each phase reports the compiling it still saw.
    warmUp("text code", "warmup", pool, warmup, 0.05, false, warmupMax, report, this::offline);
    double offline = 0;
    if (!latencyOnly && !alternate) {
      CpuMeter cpu = CpuMeter.start();
      offline = offline(copies(pool, "offline", count, 0));
      report.put("offlinePerSecond", round(offline)).put("offlineCoresBusy", cpu.coresBusy()).put("offlineJitSeconds", cpu.jitSeconds())
          .put("offlinePerBusyCore", BenchRuns.perBusyCore(offline, report.get("offlineCoresBusy").asDouble()));
      cpu.putThreads(report, "offline");
      System.err.printf("bench: offline %.0f dispatches/s on %d threads%n", offline, threads);
    }

    LocalStack.Options o = LocalStack.Options.ephemeral();
    try (LocalStack stack = LocalStack.start(new LocalStack.Options(o.dataDir(), true, o.host(), 0, 0, -1, -1, partitions))) {
      String servers = stack.bootstrapServers();
      double pass = 0;
      if (!latencyOnly && !alternate) {
        pass = passThrough(stack, pool, report);
        System.err.printf("bench: pass-through %.0f dispatches/s%n", pass);
      }

      // The services share this JVM's compiled text code; their Kafka, Streams and Avro paths get their
      // own untimed batch.
      warmUp("services", "e2eWarmup", pool, pipelineWarmup, 0.10, true, pipelineWarmupMax(), report,
          batch -> throughput(servers, stack.topics().raw(), stack.topics().enriched(), batch));
      if (alternate) {
        alternate(stack, pool, report);
        printTable(report);
        printRuns(report);
        writeJson(report);
        return 0;
      }
      double e2e = 0;
      double offlineWithStack = 0;
      if (!latencyOnly) {
        // The first offline phase ran before the stack and the pipeline's compiling; this one runs in the
        // JVM end to end runs in, right before it, so their ratio compares the same warmed process.
        CpuMeter warmCpu = CpuMeter.start();
        offlineWithStack = offline(copies(pool, "offline-with-stack", count, 0));
        report.put("offlineWithStackPerSecond", round(offlineWithStack)).put("offlineWithStackCoresBusy", warmCpu.coresBusy())
            .put("offlineWithStackJitSeconds", warmCpu.jitSeconds())
            .put("offlineWithStackPerBusyCore", BenchRuns.perBusyCore(offlineWithStack, report.get("offlineWithStackCoresBusy").asDouble()));
        System.err.printf("bench: offline again, the stack up and warmed: %.0f dispatches/s%n", offlineWithStack);
        List<Input> e2eInputs = copies(pool, "e2e", count, 0);
        CpuMeter e2eCpu = CpuMeter.start();
        e2e = throughput(servers, stack.topics().raw(), stack.topics().enriched(), e2eInputs);
        report.put("endToEndPerSecond", round(e2e)).put("endToEndCoresBusy", e2eCpu.coresBusy()).put("endToEndJitSeconds", e2eCpu.jitSeconds())
            .put("endToEndPerBusyCore", BenchRuns.perBusyCore(e2e, report.get("endToEndCoresBusy").asDouble()))
            .put("endToEndEnrichCpuMsPerDispatch", BenchRuns.cpuMsPerDispatch(e2eCpu.threads().secondsOf(ENRICH_THREADS), count));
        e2eCpu.putThreads(report, "endToEnd");
        System.err.printf("bench: end to end %.0f dispatches/s%n", e2e);
      }

      int steady = rate != null ? rate : Math.max(1, (int) (e2e / 2));
      latencyPhase(servers, stack, pool, steady, "steady", report);
      if (!latencyOnly) {
        report.put("endToEndOverOffline", Math.round(e2e / offline * 100) / 100.0)
            .put("endToEndOverPassThrough", Math.round(e2e / pass * 100) / 100.0)
            .put("endToEndOverOfflinePerBusyCore", BenchRuns.ratio(report.get("endToEndPerBusyCore").asDouble(),
                report.get("offlinePerBusyCore").asDouble()))
            .put("endToEndOverOfflineWithStack", BenchRuns.ratio(e2e, offlineWithStack))
            .put("endToEndOverOfflineWithStackPerBusyCore", BenchRuns.ratio(report.get("endToEndPerBusyCore").asDouble(),
                report.get("offlineWithStackPerBusyCore").asDouble()));
      }
    }
    printTable(report);
    writeJson(report);
    return 0;
  }

  /** The kind of thread (see {@link ThreadCpu#group}) whose CPU per dispatch each end-to-end phase reports. */
  private static final String ENRICH_THREADS = "enrich stream threads";

  /** Why --enrich-threads and --runs cannot run as given, or null when they can (or are not given). */
  static String alternationError(List<Integer> enrichThreads, Integer runs, boolean latencyOnly) {
    if (enrichThreads == null) {
      return runs == null ? null : "--runs needs --enrich-threads";
    }
    if (latencyOnly) {
      return "--enrich-threads times the throughput phases, which --latency-only skips";
    }
    if (enrichThreads.isEmpty() || enrichThreads.stream().anyMatch(t -> t == null || t < 1)) {
      return "--enrich-threads needs counts of 1 or more, e.g. 2,3";
    }
    return runs != null && runs < 1 ? "--runs must be 1 or more" : null;
  }

  /**
   * The latency phase at {@code steady} dispatches/s, its figures put into {@code into} (the report, or
   * one run's entry).
   */
  private void latencyPhase(String servers, LocalStack stack, List<Input> pool, int steady, String phase, ObjectNode into)
      throws Exception {
    CpuMeter latencyCpu = CpuMeter.start();
    long[] lat = latency(servers, stack.topics().raw(), stack.topics().enriched(), pool, steady, phase);
    int n = (int) lat[lat.length - 1];
    into.put("latencyRate", steady).put("latencyRecords", n).put("latencyCoresBusy", latencyCpu.coresBusy())
        .put("latencyP50Ms", pct(lat, n, 50)).put("latencyP99Ms", pct(lat, n, 99)).put("latencyMaxMs", n == 0 ? 0 : lat[n - 1])
        .put("latencySaturated", saturated);
    if (saturated) {
      System.err.printf("bench: the latency phase saturated at %d/s (the median grew window after window): its p99 "
          + "measures the backlog, not latency; rerun on an idle machine or at a lower --rate%n", steady);
    }
    latencyCpu.putThreads(into, "latency");
  }

  /**
   * --enrich-threads: after the shared warm-ups, each run restarts only the enrich service with its count
   * of stream threads, pushes an untimed batch (up to 1,000: the new threads open their transactions and
   * fill their store), then times offline (this run's own yardstick of the machine), end to end and, with
   * --latency-seconds above 0, latency at one rate for every run (--rate, else half the first run's end to
   * end), so that the runs' p99s compare.
   */
  private void alternate(LocalStack stack, List<Input> pool, ObjectNode report) throws Exception {
    String servers = stack.bootstrapServers();
    String raw = stack.topics().raw();
    String enriched = stack.topics().enriched();
    List<Integer> order = BenchRuns.order(enrichThreads, runs != null ? runs : 2 * enrichThreads.size());
    order.forEach(report.putArray("enrichThreadsOrder")::add);
    ArrayNode out = report.putArray("runs");
    Integer steady = rate;
    for (int r = 0; r < order.size(); r++) {
      int n = order.get(r);
      System.err.printf("bench: run %d of %d, enrich with %d stream threads%n", r + 1, order.size(), n);
      stack.restartEnrich(n);
      throughput(servers, raw, enriched, copies(pool, "settle-" + r, Math.min(count, 1000), r * 1000));
      ObjectNode run = out.addObject().put("run", r + 1).put("enrichThreads", n);
      CpuMeter cpu = CpuMeter.start();
      double offline = offline(copies(pool, "offline-" + r, count, 0));
      double offlineCores = cpu.coresBusy();
      run.put("offlinePerSecond", round(offline)).put("offlineCoresBusy", offlineCores).put("offlineJitSeconds", cpu.jitSeconds())
          .put("offlinePerBusyCore", BenchRuns.perBusyCore(offline, offlineCores));
      CpuMeter e2eCpu = CpuMeter.start();
      double e2e = throughput(servers, raw, enriched, copies(pool, "e2e-" + r, count, 0));
      double e2eCores = e2eCpu.coresBusy();
      run.put("endToEndPerSecond", round(e2e)).put("endToEndCoresBusy", e2eCores).put("endToEndJitSeconds", e2eCpu.jitSeconds())
          .put("endToEndPerBusyCore", BenchRuns.perBusyCore(e2e, e2eCores))
          .put("endToEndEnrichCpuMsPerDispatch", BenchRuns.cpuMsPerDispatch(e2eCpu.threads().secondsOf(ENRICH_THREADS), count))
          .put("endToEndOverOffline", BenchRuns.ratio(e2e, offline))
          .put("endToEndOverOfflinePerBusyCore", BenchRuns.ratio(BenchRuns.perBusyCore(e2e, e2eCores),
              BenchRuns.perBusyCore(offline, offlineCores)));
      e2eCpu.putThreads(run, "endToEnd");
      System.err.printf("bench: run %d, %d enrich threads: offline %.0f/s, end to end %.0f/s (%.2f x offline)%n",
          r + 1, n, offline, e2e, run.get("endToEndOverOffline").asDouble());
      if (latencySeconds > 0) {
        steady = steady != null ? steady : Math.max(1, (int) (e2e / 2));
        latencyPhase(servers, stack, pool, steady, "steady-" + r, run);
      }
    }
  }

  private void writeJson(ObjectNode report) throws java.io.IOException {
    if (json != null) {
      Files.writeString(json, PlainJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    }
  }

  /** {@code n} copies with fresh ids, taken from the pool in a cycle starting at {@code from}. */
  List<Input> copies(List<Input> pool, String phase, int n, int from) {
    List<Input> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Input p = pool.get((from + i) % pool.size());
      out.add(new Input("bench-" + run + "-" + phase + "-" + i + "-" + p.id(), p.body(), p.headers()));
    }
    return out;
  }

  /** Runs one untimed batch (through the text code or a pipeline). */
  private interface Batch {
    void run(List<Input> batch) throws Exception;
  }

  /**
   * Untimed batches of the input before a timed phase, so that it measures compiled code: {@code fixed}
   * dispatches in one batch when given (--warmup, --pipeline-warmup), else rounds that go on through the
   * pool until one spends under {@code share} of its wall time compiling (the JIT's own clock) and, with
   * {@code byRate}, the rounds' rate has stopped rising too ({@link WarmupSettle}), or {@code max} has passed.
   * Puts {@code key} (dispatches) and {@code key}Seconds into the report; rounds also put {@code key}Rates
   * (each round's dispatches/s) and {@code key}Settled (false: ended by {@code max}).
   */
  private void warmUp(String what, String key, List<Input> pool, Integer fixed, double share, boolean byRate,
      Duration max, ObjectNode report, Batch batch) throws Exception {
    long t0 = System.nanoTime();
    int done = 0;
    if (fixed != null) {
      if (fixed > 0) {
        batch.run(copies(pool, key, fixed, 0));
      }
      done = fixed;
    } else {
      int size = Math.max(1000, Math.min(pool.size(), 3000));
      long deadline = t0 + max.toNanos();
      List<Double> rates = new ArrayList<>();
      ArrayNode rateOut = report.putArray(key + "Rates");
      boolean settled = false;
      for (int r = 0; !settled && System.nanoTime() < deadline; r++) {
        CpuMeter m = CpuMeter.start();
        batch.run(copies(pool, key + "-" + r, size, done)); // each round goes on where the last stopped
        done += size;
        double jit = m.jitSeconds();
        double wall = m.wallSeconds();
        rates.add(size / wall);
        rateOut.add(round(size / wall));
        System.err.printf("bench: warm-up of the %s, round %d: %d dispatches in %.1f s (%.0f/s), %.1f s of JIT compiling%n",
            what, r, size, wall, size / wall, jit);
        settled = byRate ? WarmupSettle.settled(jit, wall, share, rates) : jit < share * wall;
      }
      report.put(key + "Settled", settled);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report.put(key, done).put(key + "Seconds", round(seconds));
    System.err.printf("bench: warm-up of the %s, %d dispatches in %.1f s%n", what, done, seconds);
  }

  /**
   * A pipeline's warm-up counts as settled at 10 % and ends after at most 90 s: the broker and the
   * clients keep compiling a little for a long time (over 100,000 records in one run); the timed phase
   * reports what compiling it still saw.
   */
  private Duration pipelineWarmupMax() {
    return warmupMax.compareTo(PIPELINE_WARMUP_MAX) < 0 ? warmupMax : PIPELINE_WARMUP_MAX;
  }

  /**
   * The one enricher of the text warm-up and every offline phase, built (models read) before the first: a service
   * keeps its enricher for days. A fresh one per round and phase timed its cold caches (the taggers' token infos)
   * and left the GC the last one's tables to clear during the phase (docs/speed.md, round 57).
   */
  private Enricher offlineEnricher;

  private double offline(List<Input> inputs) {
    DispatchParser parser = new DispatchParser();
    if (offlineEnricher == null) {
      offlineEnricher = new Enricher().loadModels(); // the timed part is text work, not reading models
    }
    Enricher enricher = offlineEnricher;
    int[] rejected = new int[1];
    long t0 = System.nanoTime();
    try (OrderedWorkers<Boolean> workers = new OrderedWorkers<>(threads, ok -> rejected[0] += ok ? 0 : 1)) {
      for (Input i : inputs) {
        workers.submit(() -> {
          try {
            EnrichCommand.enrichOne(parser, enricher, i);
            return true;
          } catch (RejectedDispatchException e) {
            return false;
          }
        });
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (rejected[0] > 0) {
      System.err.println("bench: " + rejected[0] + " dispatches rejected offline (they still count as processed)");
    }
    return inputs.size() / seconds;
  }

  /** Two exactly-once stages copying bytes (raw -> mid -> out), same Streams settings as the services. */
  private double passThrough(LocalStack stack, List<Input> pool, ObjectNode report) throws Exception {
    String servers = stack.bootstrapServers();
    String inTopic = "bench.pass.in";
    String mid = "bench.pass.mid";
    String out = "bench.pass.out";
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
      admin.createTopics(List.of(new NewTopic(inTopic, partitions, (short) 1), new NewTopic(mid, partitions, (short) 1),
          new NewTopic(out, partitions, (short) 1))).all().get();
    }
    Path state = Files.createTempDirectory("newswire-bench-");
    try (StreamsService first = copier("newswire-bench-pass-1", inTopic, mid, stack, state).start();
        StreamsService second = copier("newswire-bench-pass-2", mid, out, stack, state).start()) {
      if (!first.awaitRunning(Duration.ofSeconds(60)) || !second.awaitRunning(Duration.ofSeconds(60))) {
        throw new IllegalStateException("pass-through stages did not reach RUNNING");
      }
      // The broker's, Streams' and Avro's code compile apart from the text code's warm-up.
      warmUp("pass-through stages", "passWarmup", pool, pipelineWarmup, 0.10, true, pipelineWarmupMax(), report,
          batch -> throughput(servers, inTopic, out, batch));
      CpuMeter cpu = CpuMeter.start();
      double pass = throughput(servers, inTopic, out, copies(pool, "pass", count, 0));
      report.put("passThroughPerSecond", round(pass)).put("passThroughCoresBusy", cpu.coresBusy()).put("passThroughJitSeconds", cpu.jitSeconds())
          .put("passThroughPerBusyCore", BenchRuns.perBusyCore(pass, report.get("passThroughCoresBusy").asDouble()));
      cpu.putThreads(report, "passThrough");
      return pass;
    } finally {
      LocalStack.deleteRecursively(state);
    }
  }

  private static StreamsService copier(String appId, String from, String to, LocalStack stack, Path state) {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())).to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    // The services' settings on the embedded stack, compression included (StreamsTuning.onLoopback).
    ServiceConfig config = StreamsTuning.onLoopback(ServiceConfig.fromEnv(System.getenv(), appId, -1)
        .withBootstrap(stack.bootstrapServers(), stack.registryUrl()).withStateDir(state).withHttpPort(-1), System.getenv());
    return new StreamsService(appId, b.build(), config);
  }

  /** Pushes every input at once and waits until each came out: dispatches per second from first push to last out. */
  private double throughput(String servers, String from, String to, List<Input> inputs) throws Exception {
    Set<String> pending = ConcurrentHashMap.newKeySet();
    inputs.forEach(i -> pending.add(i.id()));
    Map<TopicPartition, Long> start = endOffsets(servers, to);
    long t0 = System.nanoTime();
    Publisher.send(servers, from, inputs);
    awaitKeys(servers, to, start, pending, null);
    return inputs.size() / ((System.nanoTime() - t0) / 1e9);
  }

  /**
   * Pushes at a steady rate for --latency-seconds while a consumer reads the enriched topic (ids named by
   * {@code phase}: each latency phase of a run needs its own, a re-sent id and text is dropped as a re-send); returns
   * the sorted latencies (push timestamp to consumed) with their count in the last slot.
   */
  private long[] latency(String servers, String raw, String enriched, List<Input> pool, int perSecond, String phase)
      throws Exception {
    int n = Math.max(1, perSecond * latencySeconds);
    List<Input> inputs = copies(pool, phase, n, 0);
    Set<String> pending = ConcurrentHashMap.newKeySet();
    inputs.forEach(i -> pending.add(i.id()));
    long[] latencies = new long[n + 1];
    long[] pushedAt = new long[n];
    int[] got = new int[1];
    Map<TopicPartition, Long> start = endOffsets(servers, enriched);
    Thread reader = new Thread(() -> {
      try {
        awaitKeys(servers, enriched, start, pending, (r, ms) -> {
          pushedAt[got[0]] = r.timestamp();
          latencies[got[0]++] = ms;
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "bench-reader");
    reader.start();
    System.err.printf("bench: latency phase, %d dispatches at %d/s%n", n, perSecond);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Kafka.producer(servers))) {
      List<Future<RecordMetadata>> acks = new ArrayList<>(n);
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        long due = t0 + (long) (i * 1e9 / perSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        Input in = inputs.get(i);
        RecordHeaders headers = new RecordHeaders();
        in.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        acks.add(producer.send(new ProducerRecord<>(raw, null, in.id().getBytes(StandardCharsets.UTF_8), in.body(), headers)));
      }
      producer.flush();
      for (Future<RecordMetadata> a : acks) {
        a.get();
      }
    }
    reader.join(timeout.toMillis());
    int m = got[0];
    saturated = printWindows(pushedAt, latencies, m);
    Arrays.sort(latencies, 0, m);
    latencies[n] = m;
    return latencies;
  }

  /**
   * p99 by 10-second window of push time, on stderr: tells a slow start (JIT, caches) from a steady tail.
   * Returns whether the phase saturated: when the pipeline cannot keep up with the rate the backlog, and
   * so the median, grows window after window, and the p99 measures the backlog's length, not latency.
   */
  static boolean printWindows(long[] pushedAt, long[] latencies, int m) {
    if (m == 0) {
      return false;
    }
    long first = Arrays.stream(pushedAt, 0, m).min().orElse(0);
    java.util.TreeMap<Long, List<Long>> windows = new java.util.TreeMap<>();
    for (int i = 0; i < m; i++) {
      windows.computeIfAbsent((pushedAt[i] - first) / 10_000, k -> new ArrayList<>()).add(latencies[i]);
    }
    StringBuilder line = new StringBuilder("bench: latency p99 by 10 s of pushing (ms):");
    long[] medians = new long[windows.size()];
    int w = 0;
    for (List<Long> l : windows.values()) {
      long[] sorted = l.stream().mapToLong(Long::longValue).sorted().toArray();
      line.append(' ').append(pct(sorted, sorted.length, 99));
      medians[w++] = pct(sorted, sorted.length, 50);
    }
    System.err.println(line);
    return saturated(medians);
  }

  /**
   * A steady pipeline keeps its median flat; a saturated one ends with a median several times its best
   * window's (the JIT's slow start makes the first window the worst, never the last, when it keeps up).
   */
  static boolean saturated(long[] windowMedians) {
    if (windowMedians.length < 2) {
      return false;
    }
    long best = Arrays.stream(windowMedians).min().getAsLong();
    long last = windowMedians[windowMedians.length - 1];
    return last > 3 * best && last - best > SATURATION_MARGIN_MS;
  }

  private interface Arrival {
    void arrived(ConsumerRecord<byte[], byte[]> r, long latencyMs);
  }

  /** Where {@code topic}'s committed records end now: a phase reads only what it produced itself. */
  private static Map<TopicPartition, Long> endOffsets(String servers, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Kafka.consumer(servers))) {
      List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      return consumer.endOffsets(parts);
    }
  }

  /** Reads {@code topic} (read_committed) from {@code start} until every pending key came out. */
  private void awaitKeys(String servers, String topic, Map<TopicPartition, Long> start, Set<String> pending, Arrival arrival) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Kafka.consumer(servers))) {
      consumer.assign(start.keySet());
      start.forEach(consumer::seek);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          if (r.key() != null && pending.remove(new String(r.key(), StandardCharsets.UTF_8)) && arrival != null) {
            arrival.arrived(r, System.currentTimeMillis() - r.timestamp());
          }
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(pending.size() + " records did not reach " + topic + " within " + timeout);
    }
  }

  private static void printTable(ObjectNode r) {
    System.out.printf("bench: %s, %d dispatches (mean %d bytes) repeated to %d per phase, %d cores, %d partitions%n",
        r.get("input").asText(), r.get("dispatches").asInt(), r.get("meanBytes").asInt(), r.get("count").asInt(),
        r.get("cores").asInt(), r.get("partitions").asInt());
    System.out.printf("%-44s %12s%n", "measure", "value");
    pair(r, "warm-up, text code (dispatches, s)", "warmup", "warmupSeconds");
    pair(r, "warm-up, pass-through (dispatches, s)", "passWarmup", "passWarmupSeconds");
    pair(r, "warm-up, services (dispatches, s)", "e2eWarmup", "e2eWarmupSeconds");
    row(r, "offline parse+enrich, all cores (disp/s)", "%12.0f", "offlinePerSecond");
    row(r, "end to end, both services (disp/s)", "%12.0f", "endToEndPerSecond");
    row(r, "pass-through, 2 EOS copy stages (disp/s)", "%12.0f", "passThroughPerSecond");
    row(r, "end to end / offline", "%12.2f", "endToEndOverOffline");
    row(r, "offline, stack up, right before e2e (disp/s)", "%12.0f", "offlineWithStackPerSecond");
    row(r, "end to end / offline with the stack up", "%12.2f", "endToEndOverOfflineWithStack");
    row(r, "the same, per busy core", "%12.2f", "endToEndOverOfflineWithStackPerBusyCore");
    if (r.has("offlineCoresBusy")) {
      System.out.printf("%-44s %5.2f %5.2f %5.2f%n", "cores busy: offline, end to end, pass-through",
          r.get("offlineCoresBusy").asDouble(), r.get("endToEndCoresBusy").asDouble(), r.get("passThroughCoresBusy").asDouble());
      System.out.printf("%-44s %5.1f %5.1f %5.1f%n", "JIT compiling (s): offline, end to end, pass",
          r.get("offlineJitSeconds").asDouble(), r.get("endToEndJitSeconds").asDouble(), r.get("passThroughJitSeconds").asDouble());
    }
    if (r.has("offlinePerBusyCore") && r.has("endToEndPerBusyCore") && r.has("passThroughPerBusyCore")) {
      System.out.printf("%-44s %5.0f %5.0f %5.0f%n", "per busy core (disp/s): offline, e2e, pass",
          r.get("offlinePerBusyCore").asDouble(), r.get("endToEndPerBusyCore").asDouble(), r.get("passThroughPerBusyCore").asDouble());
    }
    row(r, "end to end / offline, per busy core", "%12.2f", "endToEndOverOfflinePerBusyCore");
    row(r, "enrich threads' CPU per dispatch e2e (ms)", "%12.2f", "endToEndEnrichCpuMsPerDispatch");
    row(r, "end to end / pass-through", "%12.2f", "endToEndOverPassThrough");
    row(r, "latency phase rate (disp/s)", "%12.0f", "latencyRate");
    row(r, "cores busy in the latency phase", "%12.2f", "latencyCoresBusy");
    row(r, "latency push->enriched p50 (ms)", "%12.0f", "latencyP50Ms");
    row(r, "latency push->enriched p99 (ms)", "%12.0f", "latencyP99Ms");
    row(r, "latency push->enriched max (ms)", "%12.0f", "latencyMaxMs");
    if (r.path("latencySaturated").asBoolean()) {
      System.out.printf("%-44s %12s%n", "latency phase", "SATURATED");
    }
    for (String phase : List.of("offline", "endToEnd", "passThrough", "latency")) {
      breakdown(r, phase + "CoresByThreads", "cores by threads, " + phase);
      breakdown(r, phase + "BrokerRequestsPerSecond", "broker requests per second, " + phase);
    }
  }

  /**
   * --enrich-threads: one line per run, then each thread count's mean end to end over offline, plain and
   * per busy core (the figure a busy machine leaves comparable).
   */
  private static void printRuns(ObjectNode r) {
    System.out.printf("%3s %7s %9s %9s %7s %22s %8s %6s %17s%n", "run", "enrich", "offline", "e2e", "e2e/", "per busy core:", "enrich", "JIT s",
        "latency ms");
    System.out.printf("%3s %7s %9s %9s %7s %7s %7s %6s %8s %6s %5s %5s %5s%n", "", "threads", "disp/s", "disp/s", "offline", "offl",
        "e2e", "ratio", "ms/disp", "e2e", "p50", "p99", "max");
    List<Integer> threads = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> perCore = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode run : r.get("runs")) {
      System.out.printf("%3d %7d %9.0f %9.0f %7.2f %7.0f %7.0f %6.2f %8.2f %6.1f %5s %5s %5s%s%n", run.get("run").asInt(),
          run.get("enrichThreads").asInt(), run.get("offlinePerSecond").asDouble(), run.get("endToEndPerSecond").asDouble(),
          run.get("endToEndOverOffline").asDouble(), run.get("offlinePerBusyCore").asDouble(), run.get("endToEndPerBusyCore").asDouble(),
          run.get("endToEndOverOfflinePerBusyCore").asDouble(), run.get("endToEndEnrichCpuMsPerDispatch").asDouble(),
          run.get("endToEndJitSeconds").asDouble(), run.path("latencyP50Ms").asText("-"), run.path("latencyP99Ms").asText("-"),
          run.path("latencyMaxMs").asText("-"), run.path("latencySaturated").asBoolean() ? " SATURATED" : "");
      threads.add(run.get("enrichThreads").asInt());
      ratios.add(run.get("endToEndOverOffline").asDouble());
      perCore.add(run.get("endToEndOverOfflinePerBusyCore").asDouble());
    }
    Map<Integer, Double> meanRatio = BenchRuns.meanBy(threads, ratios);
    Map<Integer, Double> meanPerCore = BenchRuns.meanBy(threads, perCore);
    meanRatio.forEach((t, m) -> System.out.printf("%d enrich threads: end to end / offline %.2f, per busy core %.2f (means)%n",
        t, m, meanPerCore.get(t)));
  }

  /** One line "label: name value, ..." of a phase's figures by name, when the run has them (0.01 and up). */
  private static void breakdown(ObjectNode r, String key, String label) {
    if (!r.has(key) || r.get(key).size() == 0) {
      return;
    }
    StringBuilder line = new StringBuilder();
    r.get(key).fields().forEachRemaining(e -> {
      if (e.getValue().asDouble() >= 0.01) {
        line.append(line.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asText());
      }
    });
    System.out.printf("%s: %s%n", label, line);
  }

  /** One line of the table, when the run measured it (--latency-only skips the throughput phases). */
  private static void row(ObjectNode r, String label, String format, String key) {
    if (r.has(key)) {
      System.out.printf("%-44s " + format + "%n", label, r.get(key).asDouble());
    }
  }

  private static void pair(ObjectNode r, String label, String count, String seconds) {
    if (r.has(count)) {
      // A warm-up cut off by its longest time leaves the phase after it measuring some compiling.
      String cut = r.has(count + "Settled") && !r.get(count + "Settled").asBoolean() ? "  not settled" : "";
      System.out.printf("%-44s %6d %5.0f%s%n", label, r.get(count).asInt(), r.get(seconds).asDouble(), cut);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static long pct(long[] sorted, int n, int p) {
    return n == 0 ? 0 : sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
  }

  /**
   * This JVM's CPU time over a phase, in cores (2.0 = both cores of a 2-core machine all the time): a
   * phase well below the core count waits (commits, round trips) rather than computes.
   */
  record CpuMeter(long cpuNanos, long wallNanos, long jitMillis, ThreadCpu threads, BrokerRequests requests) {
    static CpuMeter start() {
      return new CpuMeter(processCpuNanos(), System.nanoTime(), compilingMillis(), ThreadCpu.start(), BrokerRequests.start());
    }

    /**
     * {@code phase}CoresByThreads: the phase's cores by kind of thread (stream threads, broker, GC ...);
     * {@code phase}BrokerRequestsPerSecond: the embedded broker's requests by type.
     */
    void putThreads(ObjectNode report, String phase) {
      ObjectNode by = report.putObject(phase + "CoresByThreads");
      java.util.Map<String, Double> groups = threads.coresByGroup();
      groups.forEach(by::put);
      // A thread that ended before this reading (the offline phase's workers) is gone from /proc: what
      // the process spent beyond the threads still there was theirs.
      double ended = coresBusy() - groups.values().stream().mapToDouble(Double::doubleValue).sum();
      if (!groups.isEmpty() && ended >= 0.02) {
        by.put("threads that ended", Math.round(ended * 100) / 100.0);
      }
      ObjectNode req = report.putObject(phase + "BrokerRequestsPerSecond");
      requests.perSecond().forEach(req::put);
    }

    double coresBusy() {
      long cpu = processCpuNanos() - cpuNanos;
      long wall = System.nanoTime() - wallNanos;
      return cpuNanos < 0 || wall <= 0 ? 0 : Math.round(cpu * 100.0 / wall) / 100.0;
    }

    double wallSeconds() {
      return (System.nanoTime() - wallNanos) / 1e9;
    }

    /** Time the JIT's threads spent compiling since the start (0 where the JVM does not say). */
    double jitSeconds() {
      return jitMillis < 0 ? 0 : Math.round((compilingMillis() - jitMillis) / 100.0) / 10.0;
    }

    private static long processCpuNanos() {
      return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() : -1;
    }

    private static long compilingMillis() {
      java.lang.management.CompilationMXBean c = java.lang.management.ManagementFactory.getCompilationMXBean();
      return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : -1;
    }
  }
}
