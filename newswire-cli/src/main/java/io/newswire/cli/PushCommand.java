package io.newswire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
    description = "Send dispatches to the raw topic (id as record key) and wait until the broker has them.")
final class PushCommand implements Callable<Integer> {
  @Option(names = "--bootstrap", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
      description = "Kafka bootstrap servers (default ${DEFAULT-VALUE}).")
  String bootstrap;

  @Option(names = "--topic", defaultValue = "${env:NEWSWIRE_TOPIC_RAW:-news.dispatch.raw}", description = "Raw topic (default ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--in", paramLabel = "DOCS.jsonl", description = "JSON lines {\"id\", \"text\", ...}.")
  Path jsonLines;

  @Parameters(paramLabel = "FILE", description = "Dispatch files (id = file name without extension).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(Input.ofFile(f));
    }
    if (jsonLines != null) {
      inputs.addAll(Input.ofJsonLines(jsonLines));
    }
    if (inputs.isEmpty()) {
      System.err.println("push: give FILE... or --in DOCS.jsonl");
      return 2;
    }
    long t0 = System.nanoTime();
    int n = Publisher.send(bootstrap, topic, inputs);
    System.err.printf("push: %d dispatches sent to %s in %.2f s%n", n, topic, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
