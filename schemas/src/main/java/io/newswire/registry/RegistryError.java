package io.newswire.registry;

/** A refusal in Confluent's terms: HTTP status, error_code and message, sent as Confluent's error JSON. */
public class RegistryError extends RuntimeException {
  final int status;
  final int errorCode;

  public RegistryError(int status, int errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  static RegistryError subjectNotFound(String subject) {
    return new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
  }

  static RegistryError versionNotFound(String v) {
    return new RegistryError(404, 40402, "Version " + v + " not found.");
  }

  static RegistryError schemaNotFound() {
    return new RegistryError(404, 40403, "Schema not found");
  }
}
