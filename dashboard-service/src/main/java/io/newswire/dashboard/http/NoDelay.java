package io.newswire.dashboard.http;

/**
 * TCP_NODELAY on the JDK HTTP server: it writes a response's headers and body separately, and Nagle's
 * algorithm then holds the body until the client's delayed ACK, some 40 ms per request. Read once when
 * the JDK's server classes load, so apply it before any HttpServer exists. A class of its own, without a
 * logger, so that the command line can apply it at start without starting the logging system.
 */
public final class NoDelay {
  private NoDelay() {}

  public static void apply() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }
}
