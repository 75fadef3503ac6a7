package io.newswire.cli;

import io.newswire.enrich.DispatchDate;
import io.newswire.enrich.Enricher;
import io.newswire.text.StepClock;
import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.parsing.ParseResult;
import io.newswire.ingest.parsing.RawDispatch;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.json.PlainJson;
import io.newswire.schema.EnrichedArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The parse + enrich code of the two services without Kafka: for backfills and evaluation. One JSON
 * line per text item, in the same plain JSON as the streaming path.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Parse and enrich dispatches offline (no Kafka): one JSON line per text item. "
        + "Exit 0 when every input was enriched, 3 when some were rejected (reasons on stderr).")
public final class EnrichCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Dispatch files; '-' reads one dispatch from standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--in", paramLabel = "DOCS.jsonl", description = "JSON lines {\"id\", \"text\", ...}, one dispatch each.")
  Path jsonLines;

  @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Write the events here instead of standard output.")
  Path out;

  /** {@code --max-bytes} when not given; one constant, so that picocli and {@link #ofPlainFiles} agree. */
  static final int DEFAULT_MAX_BYTES = 1048576;

  @Option(names = "--max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES, description = "Reject dispatches larger than this (default ${DEFAULT-VALUE}).")
  int maxBytes = DEFAULT_MAX_BYTES;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores). Output keeps input order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--profile-steps", description = "Print the CPU time of each step of the enrich pipeline (parse, each "
      + "recognizer, linking, quote passes, JSON) per dispatch on stderr at the end. Use with --threads 1 and a file of "
      + "thousands of dispatches: a short run measures the JIT warming up.")
  boolean profileSteps;

  @Option(names = "--passes", defaultValue = "1", description = "Run the whole input this many times in one JVM and write "
      + "only the last pass's events (default ${DEFAULT-VALUE}). With --profile-steps, one step table per pass: the later "
      + "passes measure compiled code and warm caches, as the bench command's offline phase does.")
  void setPasses(int n) {
    // Checked when parsed: zero or fewer passes once ran one pass without a word, so a mistyped
    // measuring run looked like a real one.
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "enrich: --passes must be 1 or more, not " + n);
    }
    passes = n;
  }

  int passes = 1;

  @Option(names = "--undated-day", paramLabel = "received|none", description = "The day of copy that does not date "
      + "itself (no version time, a dateline without its year), which dates office phrases ('the foreign minister'): "
      + "'received' = the day it was read, for live copy; 'none' = unknown, no holder named (default, or "
      + "NEWSWIRE_UNDATED_DAY): a backfill or archive is read long after it was written.")
  String undatedDay;

  /** Set by picocli; the command's own spec, for {@link ParameterException}s. */
  @Spec
  CommandSpec spec;

  /**
   * The command of {@code enrich FILE...} when every operand is a plain file name, built without picocli;
   * null for anything else (an option, '-', an {@code @argfile}, no operand), which picocli parses. picocli
   * is compiled for Java 5, so JDK 17's dynamic CDS archive cannot hold its classes: loading and verifying
   * them and reflecting over all the commands was a third of a one-file run's main thread, ahead of the
   * worker's parse and model read.
   */
  static EnrichCommand ofPlainFiles(String[] args) {
    if (args.length < 2 || !args[0].equals("enrich")) {
      return null;
    }
    EnrichCommand command = new EnrichCommand();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
        return null;
      }
      command.files.add(a);
    }
    return command;
  }

  /** Runs the command as picocli's {@code execute} does: an exception's stack trace on stderr, exit code 1. */
  int runAlone() {
    try {
      return call();
    } catch (Exception e) {
      e.printStackTrace();
      System.err.flush();
      return 1;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty() && jsonLines == null) {
      System.err.println("enrich: give FILE..., '-' or --in DOCS.jsonl");
      return 2;
    }
    if (profileSteps) {
      StepClock.enable();
    }
    DispatchDate.Undated undated;
    try {
      undated = undatedDay != null ? DispatchDate.Undated.parse(undatedDay, "--undated-day")
          : DispatchDate.Undated.fromEnv(System.getenv(), DispatchDate.Undated.NONE);
    } catch (IllegalArgumentException e) {
      System.err.println("enrich: " + e.getMessage());
      return 2;
    }
    EnrichStart start = EnrichStart.take(); // the extractor is being built on its own thread meanwhile
    start.dating(undated);
    DispatchParser parser = new DispatchParser(maxBytes);
    List<Input> inputs = inputs();
    int[] counts = new int[2]; // enriched, rejected (of the last pass)
    int total = passes;
    for (int pass = 1; pass <= total; pass++) {
      boolean last = pass == total;
      counts[0] = 0;
      counts[1] = 0;
      runPass(parser, start, inputs, pass == 1, last, counts);
      if (profileSteps && !last) {
        // A warming pass's table, then counters from zero: each table is one pass.
        System.err.printf("enrich: pass %d of %d%n", pass, total);
        printSteps(counts[0]);
        StepClock.reset();
      }
    }
    int ok = counts[0];
    int rejected = counts[1];
    System.err.printf("enrich: %d enriched, %d rejected%n", ok, rejected);
    if (profileSteps) {
      if (total > 1) {
        System.err.printf("enrich: pass %d of %d%n", total, total);
      }
      printSteps(ok);
    }
    return rejected == 0 ? 0 : 3;
  }

  /**
   * One pass over the inputs: events and messages written only on the {@code last} pass (earlier passes
   * only warm the JIT and the caches), counted into {@code counts} either way.
   */
  private void runPass(DispatchParser parser, EnrichStart start, List<Input> inputs, boolean first, boolean last,
      int[] counts) throws IOException {
    try (PrintWriter w = last ? writer() : new PrintWriter(java.io.Writer.nullWriter());
        OrderedWorkers<List<Line>> workers = new OrderedWorkers<>(threads, lines -> {
          for (Line line : lines) {
            switch (line.kind()) {
              case EVENT -> {
                w.println(line.text());
                counts[0]++;
              }
              case REJECTED -> {
                if (last) {
                  System.err.println(line.text());
                }
                counts[1]++;
              }
              case SKIPPED -> {
                if (last) {
                  System.err.println(line.text());
                }
              }
            }
          }
        })) {
      // Parse, enrich and JSON run on the workers; lines are written on this thread, in input order.
      boolean firstInput = first;
      for (Input in : inputs) {
        workers.submit(() -> enrichLines(parser, start, in));
        if (firstInput) {
          start.buildQuotes(); // beside the first parse (and its model read), while the extractor still loads
          firstInput = false;
        }
      }
    }
  }

  private enum Kind { EVENT, REJECTED, SKIPPED }

  /** One output line: an event's JSON (stdout) or a rejection / skip message (stderr). */
  private record Line(Kind kind, String text) {}

  /** One input may be an envelope or feed: every text item is its own event. */
  private static List<Line> enrichLines(DispatchParser parser, EnrichStart start, Input in) {
    String label = in.id() != null ? in.id() : "(stdin)";
    List<Line> lines = new ArrayList<>();
    try {
      long t = StepClock.start();
      ParseResult result = parser.parseAll(raw(in));
      StepClock.lap("parse", t);
      for (ParseResult.Item item : result.items()) {
        if (item.article() != null) {
          start.prefetch(item.article().getLanguage()); // while the extractor may still be loading
          EnrichedArticle enriched = start.enricher().enrich(item.article());
          t = StepClock.start();
          lines.add(new Line(Kind.EVENT, PlainJson.toLine(enriched)));
          StepClock.lap("json", t);
        } else if (item.rejection() != null) {
          RejectedDispatchException e = item.rejection();
          lines.add(new Line(Kind.REJECTED, String.format("enrich: %s item %s rejected: reason=%s stage=%s: %s",
              label, item.ref(), e.reason(), e.stage(), e.getMessage())));
        } else {
          lines.add(new Line(Kind.SKIPPED, String.format("enrich: %s item %s skipped: not text (%s)",
              label, item.ref(), item.skippedKind())));
        }
      }
    } catch (RejectedDispatchException e) {
      lines.add(new Line(Kind.REJECTED, String.format("enrich: %s rejected: reason=%s stage=%s: %s",
          label, e.reason(), e.stage(), e.getMessage())));
    }
    return lines;
  }

  /**
   * The steps' CPU per enriched dispatch, in the order of their names ({@code quotes.candidates.direct} is a part of
   * {@code quotes.candidates} and not counted again in the total).
   */
  private static void printSteps(int dispatches) {
    List<StepClock.Step> steps = StepClock.totals();
    long total = 0;
    for (StepClock.Step s : steps) {
      if (steps.stream().noneMatch(p -> s.name().startsWith(p.name() + "."))) {
        total += s.nanos();
      }
    }
    int n = Math.max(1, dispatches);
    System.err.printf("%-40s %12s %8s %10s%n", "step (thread CPU)", "us/dispatch", "share", "calls");
    for (StepClock.Step s : steps) {
      System.err.printf("%-40s %12.1f %7.1f%% %10d%n", s.name(), s.nanos() / 1e3 / n, 100.0 * s.nanos() / Math.max(1, total), s.calls());
    }
    System.err.printf("%-40s %12.1f%n", "total", total / 1e3 / n);
  }

  /** Exactly what the two services do to one dispatch, minus Kafka. */
  public static EnrichedArticle enrichOne(DispatchParser parser, Enricher enricher, Input in) throws RejectedDispatchException {
    return enricher.enrich(parser.parse(raw(in)));
  }

  private static RawDispatch raw(Input in) {
    return new RawDispatch(in.id(), in.body(), in.headers(), System.currentTimeMillis());
  }

  private List<Input> inputs() throws IOException {
    List<Input> all = new ArrayList<>();
    for (String f : files) {
      all.add(f.equals("-") ? Input.ofStream(null, System.in) : Input.ofFile(Path.of(f)));
    }
    if (jsonLines != null) {
      all.addAll(Input.ofJsonLines(jsonLines));
    }
    return all;
  }

  private PrintWriter writer() throws IOException {
    if (out == null) {
      return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    }
    return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
  }
}
