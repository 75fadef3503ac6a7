package io.newswire.ingest.parsing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the shared development data lives: system property 'newswire.shared.data' (set by surefire), else ../../shared/data. */
final class SharedData {
  private SharedData() {}

  static Path root() {
    String prop = System.getProperty("newswire.shared.data");
    if (prop != null && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop);
    }
    return Paths.get("../../shared/data").toAbsolutePath().normalize();
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }
}
