package io.newswire.cli;

import io.newswire.dashboard.http.NoDelay;
import io.newswire.serde.AvroPackages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command. Events go to stdout as JSON lines; logs and progress go to stderr. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Newswire.Version.class,
    description = "Streaming news ingestion: raw wire dispatches to Avro article events on Kafka.",
    subcommands = {DemoCommand.class, UpCommand.class, RunCommand.class, EnrichCommand.class, PushCommand.class,
        TailCommand.class, DlqCommand.class, LoadCommand.class, BenchCommand.class, ApiLoadCommand.class, EvalCommand.class,
        TrainCommand.class, CommandLine.HelpCommand.class})
public final class Newswire {
  public static void main(String[] args) {
    AvroPackages.allowNewswire();
    NoDelay.apply(); // before any HTTP server; a class without a logger, so start-up stays light
    EnrichStart.begin(args); // `enrich`: the knowledge base loads on another core while the command line is parsed
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; {@code enrich FILE...} without picocli. */
  static int run(String... args) {
    EnrichCommand plain = EnrichCommand.ofPlainFiles(args);
    return plain != null ? plain.runAlone() : commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Newswire()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {io.newswire.enrich.PipelineVersion.get()};
    }
  }
}
