package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The services are built before the registry is up only where its URL can be told in advance. */
class RegistryUrlTest {

  @Test
  void aFixedPortOnAnIpv4AddressIsKnownBeforehandAnythingElseWaitsForTheRegistry() {
    assertEquals("http://127.0.0.1:8081", LocalStack.knownRegistryUrl("127.0.0.1", 8081));
    assertEquals("http://0.0.0.0:18081", LocalStack.knownRegistryUrl("0.0.0.0", 18081));
    assertNull(LocalStack.knownRegistryUrl("127.0.0.1", 0), "any free port: known only once bound");
    assertNull(LocalStack.knownRegistryUrl("localhost", 8081), "a name may resolve to another spelling");
    assertNull(LocalStack.knownRegistryUrl("::1", 8081));
  }
}
