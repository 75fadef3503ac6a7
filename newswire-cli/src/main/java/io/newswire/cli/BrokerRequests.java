package io.newswire.cli;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Requests the embedded broker (same JVM) handled, by type, from its JMX meters
 * ({@code kafka.network:type=RequestMetrics,name=RequestsPerSec,request=...}): with the thread CPU of
 * {@link ThreadCpu} it tells what the broker's share of a phase went to (produce, fetch, the
 * transactions' own requests). Empty where the broker is not in this JVM.
 */
final class BrokerRequests {
  private final Map<String, Long> counts;
  private final long wallNanos;

  private BrokerRequests(Map<String, Long> counts, long wallNanos) {
    this.counts = counts;
    this.wallNanos = wallNanos;
  }

  static BrokerRequests start() {
    return new BrokerRequests(read(), System.nanoTime());
  }

  /** Requests per second by type since {@link #start()}, most frequent first; types under 1/s left out. */
  Map<String, Long> perSecond() {
    Map<String, Long> now = read();
    double seconds = (System.nanoTime() - wallNanos) / 1e9;
    Map<String, Long> out = new LinkedHashMap<>();
    now.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), Math.round((e.getValue() - counts.getOrDefault(e.getKey(), 0L)) / seconds)))
        .filter(e -> e.getValue() >= 1)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Map<String, Long> read() {
    Map<String, Long> counts = new HashMap<>();
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      for (ObjectName name : server.queryNames(new ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*"), null)) {
        String request = name.getKeyProperty("request");
        Object count = server.getAttribute(name, "Count");
        if (request != null && count instanceof Number n) {
          counts.merge(request, n.longValue(), Long::sum); // one meter per request version
        }
      }
    } catch (Exception e) {
      // no broker in this JVM, or its meters are not exposed: nothing to report
    }
    return counts;
  }
}
