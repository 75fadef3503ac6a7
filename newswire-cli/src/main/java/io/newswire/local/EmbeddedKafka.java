package io.newswire.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker + controller), in this JVM.
 * Storage is formatted on first use and reused afterwards, so a restart on the same directory keeps
 * every topic, offset, transaction and the registry's schemas.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker whose log lives in {@code dataDir/kafka}.
   *
   * @param port client port; 0 picks a free one
   */
  public static EmbeddedKafka start(Path dataDir, String host, int port) throws IOException {
    int brokerPort;
    int controllerPort;
    if (port == 0) {
      int[] two = freePorts(2);
      brokerPort = two[0];
      controllerPort = two[1];
    } else {
      brokerPort = port;
      do {
        controllerPort = freePort();
      } while (controllerPort == brokerPort);
    }
    Path logDir = dataDir.resolve("kafka");
    Files.createDirectories(logDir);
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
    p.put("listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    // One node: every internal topic has one replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // The cleaner's default 128 MiB dedupe buffer halts a small-heap JVM; 2 MiB is plenty locally.
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 << 20));
    p.put("num.partitions", "1");
    p.put("auto.create.topics.enable", "false");
    p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
    // Recovery after an unclean stop (kill -9, power loss) re-reads every segment past the last
    // flushed offset. By default that offset only moves when a 1 GiB segment rolls, so the whole
    // log would be re-read: flush every few seconds and keep segments small so little is left to scan.
    p.put("log.segment.bytes", Integer.toString(16 << 20));
    p.put("log.flush.scheduler.interval.ms", "1000");
    p.put("log.flush.interval.ms", "3000");
    p.put("log.flush.offset.checkpoint.interval.ms", "3000");
    p.put("num.recovery.threads.per.data.dir", "2");
    // A dead producer's open transaction holds back read_committed readers until it is aborted: look
    // for timed-out transactions every second rather than every 10 s.
    p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
    // After a kill the controller still holds the dead broker's registration and refuses the new one
    // until that session expires (9 s by default). Until then the restarted node also acts on its stale
    // metadata, where it still leads every partition: its coordinators load and complete the dead
    // producers' transactions while their partitions have no reachable leader, and Kafka then skips
    // the markers (taking the partitions for deleted), leaving transactions hanging. Expiring the old
    // session before the node has loaded its metadata closes that window; heartbeats on loopback in
    // one JVM can afford it.
    p.put("broker.session.timeout.ms", "1500");
    // A restarted single voter finds itself the last leader, resigns and waits out a random election
    // timeout (1–2 s by default) before electing itself again: with no other voter to disagree, 0.2–0.4 s.
    p.put("controller.quorum.election.timeout.ms", "200");
    p.put("broker.heartbeat.interval.ms", "300");

    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(p, logDir);
    }
    long t0 = System.nanoTime();
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
    server.startup();
    String bootstrap = host + ":" + brokerPort;
    log.info("Kafka broker (KRaft) up on {} in {} ms, log in {}", bootstrap, (System.nanoTime() - t0) / 1_000_000, logDir);
    return new EmbeddedKafka(server, bootstrap);
  }

  private static void format(Properties p, Path logDir) throws IOException {
    Path config = logDir.resolve("server.properties");
    try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      p.store(w, "newswire embedded broker (used once to format storage)");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc;
    try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, ps);
    } catch (Exception e) {
      throw new IOException("cannot format Kafka storage in " + logDir + ": " + out.toString(StandardCharsets.UTF_8), e);
    }
    if (rc != 0) {
      throw new IOException("cannot format Kafka storage in " + logDir + ": " + out.toString(StandardCharsets.UTF_8));
    }
  }

  public static int freePort() {
    return freePorts(1)[0];
  }

  /**
   * {@code n} distinct free ports. The sockets stay open until all are chosen: two ports asked one after the
   * other may be the same, the kernel handing back the one just released (a broker then fails to start with
   * its client and controller listeners on one port).
   */
  public static int[] freePorts(int n) {
    ServerSocket[] open = new ServerSocket[n];
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        open[i] = new ServerSocket(0);
        open[i].setReuseAddress(true);
        ports[i] = open[i].getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket s : open) {
        if (s != null) {
          try {
            s.close();
          } catch (IOException ignored) {
            // the port was only probed
          }
        }
      }
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    log.info("Kafka broker on {} stopped", bootstrapServers);
  }
}
