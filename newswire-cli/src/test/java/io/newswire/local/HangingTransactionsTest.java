package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which open transactions the restart repair may abort: only those the coordinator itself aborted. */
class HangingTransactionsTest {
  /** The case seen after a kill -9: producer 2 left epoch 7 open on the partition, the coordinator aborted it (epoch 8). */
  static final ProducerState OPEN = new ProducerState(2, 7, 5, 1_796_094_194_950L, OptionalInt.of(0), OptionalLong.of(37));

  static TransactionDescription coordinator(TransactionState state, long producerId, int epoch) {
    return new TransactionDescription(1, state, producerId, epoch, 8000, OptionalLong.empty(), Set.of());
  }

  @Test
  void abortsWhatTheCoordinatorAbortedWithoutItsMarker() {
    assertTrue(HangingTransactions.abortedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 2, 8)));
    // transaction version 1 does not bump the epoch on abort
    assertTrue(HangingTransactions.abortedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 2, 7)));
  }

  @Test
  void leavesLiveAndCommittedAndUnrelatedTransactionsAlone() {
    for (TransactionState live : new TransactionState[] {TransactionState.ONGOING, TransactionState.PREPARE_ABORT,
        TransactionState.PREPARE_COMMIT, TransactionState.EMPTY}) {
      assertFalse(HangingTransactions.abortedByCoordinator(OPEN, coordinator(live, 2, 8)), live.toString());
    }
    assertFalse(HangingTransactions.abortedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 2, 8)));
    assertTrue(HangingTransactions.committedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 2, 8)));
    // a later transaction of the same producer was aborted: whether epoch 7 was committed is unknown
    assertFalse(HangingTransactions.abortedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 2, 12)));
    // another producer id, or an id the coordinator no longer knows
    assertFalse(HangingTransactions.abortedByCoordinator(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 3, 8)));
    assertFalse(HangingTransactions.abortedByCoordinator(OPEN, null));
  }

  static TransactionDescription ongoing(long producerId, int epoch, long startMs) {
    return new TransactionDescription(1, TransactionState.ONGOING, producerId, epoch, 8000, OptionalLong.of(startMs), Set.of());
  }

  @Test
  void beforeTheServicesStartEndsWhatIsHangingAndWaitsForWhatTheCoordinatorIsEnding() {
    long now = 1_796_094_300_000L;
    assertEquals(HangingTransactions.Settle.ABORT,
        HangingTransactions.beforeStart(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 2, 8), now));
    assertEquals(HangingTransactions.Settle.COMMIT,
        HangingTransactions.beforeStart(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 2, 8), now));
    // the coordinator is sending markers: a restarted producer must not bump the epoch under it
    for (TransactionState ending : new TransactionState[] {TransactionState.PREPARE_ABORT, TransactionState.PREPARE_COMMIT,
        TransactionState.PREPARE_EPOCH_FENCE}) {
      assertEquals(HangingTransactions.Settle.WAIT, HangingTransactions.beforeStart(OPEN, coordinator(ending, 2, 7), now));
    }
    // past its 8 s timeout: the coordinator aborts it within its check interval
    assertEquals(HangingTransactions.Settle.WAIT, HangingTransactions.beforeStart(OPEN, ongoing(2, 7, now - 9_000), now));
    // live as far as the coordinator knows: the restarted producer fences it
    assertEquals(HangingTransactions.Settle.NONE, HangingTransactions.beforeStart(OPEN, ongoing(2, 7, now - 3_000), now));
    // no coordinator entry yet: the restarted broker's coordinators are still loading
    assertEquals(HangingTransactions.Settle.WAIT, HangingTransactions.beforeStart(OPEN, null, now));
    assertEquals(HangingTransactions.Settle.NONE,
        HangingTransactions.beforeStart(OPEN, coordinator(TransactionState.PREPARE_COMMIT, 3, 7), now));
  }

  /**
   * The commit marker the repair writes, on the real broker: a transaction left open on a partition
   * (here a live producer's, never committed) becomes visible to read_committed readers.
   */
  @Test
  @Tag("kafka")
  void commitMarkerMakesAnOpenTransactionVisible() throws Exception {
    Path dir = Files.createTempDirectory("hanging-");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "127.0.0.1", 0);
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("hanging", 1, (short) 1))).all().get();
      try (KafkaProducer<String, String> producer = open(kafka, "t-1", "hanging", "wire-1", "Harbour reopens after the storm")) {
        assertEquals(0, TopicReader.readFor(kafka.bootstrapServers(), "hanging", Duration.ofSeconds(1)).size());

        List<HangingTransactions.Open> open = HangingTransactions.openTransactions(admin);
        assertEquals(1, open.size(), open.toString());
        assertEquals(Errors.NONE, HangingTransactions.writeCommitMarker(kafka.bootstrapServers(), open.get(0)));
        var out = TopicReader.readUntil(kafka.bootstrapServers(), "hanging", r -> !r.isEmpty(), Duration.ofSeconds(30));
        assertEquals("Harbour reopens after the storm", new String(out.get(0).value(), StandardCharsets.UTF_8));
        assertTrue(HangingTransactions.openTransactions(admin).isEmpty());
      }
    } finally {
      LocalStack.deleteRecursively(dir);
    }
  }

  /**
   * A run killed mid-transaction leaves its transactions open; the next run (new transactional ids)
   * takes the old ids over, which aborts them: read_committed readers move on at once instead of after
   * the transaction timeout, and the old producer is fenced. Another application's ids are left alone.
   */
  @Test
  @Tag("kafka")
  void anEarlierRunsOpenTransactionsAreTakenOverAndAborted() throws Exception {
    Path dir = Files.createTempDirectory("takeover-");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "127.0.0.1", 0);
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("ours", 1, (short) 1), new NewTopic("theirs", 1, (short) 1))).all().get();
      try (KafkaProducer<String, String> dead = open(kafka, "newswire-enrich-0f1e-1", "ours", "wire-2", "first version");
          KafkaProducer<String, String> other = open(kafka, "someone-else-1", "theirs", "wire-3", "not ours")) {
        assertEquals(1, HangingTransactions.fenceEarlierRuns(admin, kafka.bootstrapServers(),
            List.of("newswire-ingest", "newswire-enrich")));
        // aborted: nothing to read, but the stable offset moved past the record and its abort marker
        assertEquals(0, TopicReader.readFor(kafka.bootstrapServers(), "ours", Duration.ofSeconds(1)).size());
        assertEquals(2L, committedEnd(admin, "ours"));
        assertThrows(org.apache.kafka.common.KafkaException.class, dead::commitTransaction, "the old producer is fenced");
        // the other application's transaction is still open
        assertEquals(0L, committedEnd(admin, "theirs"));
        assertEquals(0, HangingTransactions.fenceEarlierRuns(admin, kafka.bootstrapServers(), List.of("newswire-enrich")));
        other.abortTransaction();
      }
    } finally {
      LocalStack.deleteRecursively(dir);
    }
  }

  private static KafkaProducer<String, String> open(EmbeddedKafka kafka, String transactionalId, String topic, String key,
      String value) throws Exception {
    KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId), new StringSerializer(), new StringSerializer());
    p.initTransactions();
    p.beginTransaction();
    p.send(new ProducerRecord<>(topic, key, value)).get();
    return p;
  }

  /** The partition's last stable offset: how far a read_committed reader may read. */
  private static long committedEnd(Admin admin, String topic) throws Exception {
    var tp = new TopicPartition(topic, 0);
    return admin.listOffsets(Map.of(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()),
        new org.apache.kafka.clients.admin.ListOffsetsOptions(org.apache.kafka.common.IsolationLevel.READ_COMMITTED))
        .partitionResult(tp).get().offset();
  }
}
