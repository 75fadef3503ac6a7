package io.newswire.enrich;

/** The newswire version stamped on every enriched event. */
public final class PipelineVersion {
  private PipelineVersion() {}

  public static String get() {
    String v = PipelineVersion.class.getPackage().getImplementationVersion();
    return "newswire/" + (v != null ? v : "0.1.0-SNAPSHOT");
  }
}
