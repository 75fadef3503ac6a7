package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data directory (system property newswire.shared.data); tests skip when it is absent. */
final class SharedData {
  private SharedData() {}

  static Path require(String relative) {
    String dir = System.getProperty("newswire.shared.data");
    assumeTrue(dir != null, "newswire.shared.data not set");
    Path p = Path.of(dir).resolve(relative);
    assumeTrue(Files.exists(p), "shared data absent: " + p);
    return p;
  }
}
