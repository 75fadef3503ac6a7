package io.newswire.serde;

/**
 * Avro 1.12 refuses to instantiate specific classes outside the packages listed in the system
 * property {@code org.apache.avro.SERIALIZABLE_PACKAGES}; newswire's generated classes live in
 * {@code io.newswire}, so allow it before Avro's SpecificData is first loaded.
 */
public final class AvroPackages {
  public static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";
  private static final String DEFAULTS = "java.lang,java.math,java.io,java.net,org.apache.avro.util";

  private AvroPackages() {}

  public static synchronized void allowNewswire() {
    String current = System.getProperty(PROPERTY);
    if (current == null || current.isBlank()) {
      System.setProperty(PROPERTY, DEFAULTS + ",io.newswire");
    } else if (!(("," + current + ",").contains(",io.newswire,"))) {
      System.setProperty(PROPERTY, current + ",io.newswire");
    }
  }
}
