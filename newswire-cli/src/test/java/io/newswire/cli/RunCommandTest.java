package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newswire run}: what the Docker image and docker-compose pass reaches the command as meant. */
class RunCommandTest {

  private static RunCommand parse(String... args) {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs(args);
    return run;
  }

  @Test
  void composeArgumentsSkipTopicCreation() {
    RunCommand run = parse("enrich", "--no-create-topics");
    assertEquals(RunCommand.Service.enrich, run.service);
    assertFalse(run.createTopics);
  }

  @Test
  void byDefaultMissingTopicsAreCreatedAndTheEnvironmentDecides() {
    RunCommand run = parse("ingest");
    assertTrue(run.createTopics);
    assertNull(run.instanceId);
    assertNull(run.standbys);
  }

  @Test
  void instanceOptionsAreTaken() {
    RunCommand run = parse("enrich", "--instance-id", "enrich-2", "--standby-replicas", "1", "--http-port", "0",
        "--bootstrap", "127.0.0.1:19092");
    assertEquals("enrich-2", run.instanceId);
    assertEquals(1, run.standbys);
    assertEquals(0, run.httpPort);
    assertEquals("127.0.0.1:19092", run.bootstrap);
  }
}
