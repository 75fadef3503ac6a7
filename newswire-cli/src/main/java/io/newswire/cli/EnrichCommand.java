package io.newswire.cli;

import io.newswire.enrich.Enricher;
import io.newswire.ingest.parsing.DispatchParser;
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
 * line per input, in the same plain JSON as the streaming path.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Parse and enrich dispatches offline (no Kafka): one JSON line per input. "
        + "Exit 0 when every input was enriched, 3 when some were rejected (reasons on stderr).")
public final class EnrichCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Dispatch files; '-' reads one dispatch from standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--in", paramLabel = "DOCS.jsonl", description = "JSON lines {\"id\", \"text\", ...}, one dispatch each.")
  Path jsonLines;

  @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Write the events here instead of standard output.")
  Path out;

  @Option(names = "--max-bytes", defaultValue = "1048576", description = "Reject dispatches larger than this (default ${DEFAULT-VALUE}).")
  int maxBytes;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores). Output keeps input order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty() && jsonLines == null) {
      System.err.println("enrich: give FILE..., '-' or --in DOCS.jsonl");
      return 2;
    }
    DispatchParser parser = new DispatchParser(maxBytes);
    Enricher enricher = new Enricher();
    int[] counts = new int[2]; // enriched, rejected
    try (PrintWriter w = writer();
        OrderedWorkers<String> workers = new OrderedWorkers<>(threads, line -> {
          if (line.startsWith("{")) {
            w.println(line);
            counts[0]++;
          } else {
            System.err.println(line);
            counts[1]++;
          }
        })) {
      // Parse, enrich and JSON run on the workers; lines are written on this thread, in input order.
      for (Input in : inputs()) {
        workers.submit(() -> enrichLine(parser, enricher, in));
      }
    }
    int ok = counts[0];
    int rejected = counts[1];
    System.err.printf("enrich: %d enriched, %d rejected%n", ok, rejected);
    return rejected == 0 ? 0 : 3;
  }

  /** The event's JSON line, or the rejection message (which never starts with '{'). */
  private static String enrichLine(DispatchParser parser, Enricher enricher, Input in) {
    String label = in.id() != null ? in.id() : "(stdin)";
    try {
      return PlainJson.toLine(enrichOne(parser, enricher, in));
    } catch (RejectedDispatchException e) {
      return String.format("enrich: %s rejected: reason=%s stage=%s: %s", label, e.reason(), e.stage(), e.getMessage());
    }
  }

  /** Exactly what the two services do to one dispatch, minus Kafka. */
  public static EnrichedArticle enrichOne(DispatchParser parser, Enricher enricher, Input in) throws RejectedDispatchException {
    RawDispatch raw = new RawDispatch(in.id(), in.body(), in.headers(), System.currentTimeMillis());
    return enricher.enrich(parser.parse(raw));
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
