package io.newswire.serde;

/**
 * An error answered by a schema registry (HTTP status plus Confluent's error_code), or the failure to
 * reach one. {@link #isRetriable()} tells an outage (retry later) from a refusal (fix the request).
 */
public class SchemaRegistryException extends RuntimeException {
  private final int status;
  private final int errorCode;

  public SchemaRegistryException(int status, int errorCode, String message) {
    super(message + " (HTTP " + status + ", error_code " + errorCode + ")");
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
    this.errorCode = -1;
  }

  /** HTTP status, or -1 when the registry could not be reached. */
  public int status() {
    return status;
  }

  /** Confluent error code (e.g. 40403 schema not found, 409 incompatible), or -1. */
  public int errorCode() {
    return errorCode;
  }

  /** True for an unreachable registry or a server-side error: the same call may succeed later. */
  public boolean isRetriable() {
    return status == -1 || status >= 500;
  }
}
