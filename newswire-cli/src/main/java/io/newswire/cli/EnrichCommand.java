package io.newswire.cli;

import io.newswire.enrich.Enricher;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    EnrichStart start = EnrichStart.take(); // the extractor is being built on its own thread meanwhile
    DispatchParser parser = new DispatchParser(maxBytes);
    int[] counts = new int[2]; // enriched, rejected
    try (PrintWriter w = writer();
        OrderedWorkers<List<Line>> workers = new OrderedWorkers<>(threads, lines -> {
          for (Line line : lines) {
            switch (line.kind()) {
              case EVENT -> {
                w.println(line.text());
                counts[0]++;
              }
              case REJECTED -> {
                System.err.println(line.text());
                counts[1]++;
              }
              case SKIPPED -> System.err.println(line.text());
            }
          }
        })) {
      // Parse, enrich and JSON run on the workers; lines are written on this thread, in input order.
      boolean first = true;
      for (Input in : inputs()) {
        workers.submit(() -> enrichLines(parser, start, in));
        if (first) {
          start.buildQuotes(); // beside the first parse (and its model read), while the extractor still loads
          first = false;
        }
      }
    }
    int ok = counts[0];
    int rejected = counts[1];
    System.err.printf("enrich: %d enriched, %d rejected%n", ok, rejected);
    return rejected == 0 ? 0 : 3;
  }

  private enum Kind { EVENT, REJECTED, SKIPPED }

  /** One output line: an event's JSON (stdout) or a rejection / skip message (stderr). */
  private record Line(Kind kind, String text) {}

  /** One input may be an envelope or feed: every text item is its own event. */
  private static List<Line> enrichLines(DispatchParser parser, EnrichStart start, Input in) {
    String label = in.id() != null ? in.id() : "(stdin)";
    List<Line> lines = new ArrayList<>();
    try {
      ParseResult result = parser.parseAll(raw(in));
      for (ParseResult.Item item : result.items()) {
        if (item.article() != null) {
          start.prefetch(item.article().getLanguage()); // while the extractor may still be loading
          lines.add(new Line(Kind.EVENT, PlainJson.toLine(start.enricher().enrich(item.article()))));
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
