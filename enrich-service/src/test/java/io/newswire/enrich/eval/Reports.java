package io.newswire.enrich.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes evaluation reports under target/quote-reports so a run leaves them readable. */
final class Reports {
  private Reports() {}

  static void write(String name, String text) {
    try {
      Path dir = Path.of("target", "quote-reports");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), text);
    } catch (Exception e) {
      // reports are a convenience; a read-only target must not fail the test
    }
  }
}
