package io.newswire.local;

import io.newswire.runtime.Failover;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.ByteBufferAccessor;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.RequestHeader;
import org.apache.kafka.common.requests.ResponseHeader;
import org.apache.kafka.common.requests.TransactionResult;
import org.apache.kafka.common.requests.WriteTxnMarkersRequest;
import org.apache.kafka.common.requests.WriteTxnMarkersResponse;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and ends <em>hanging</em> transactions on the embedded broker: a partition still holding a
 * transaction open although its coordinator has already aborted or committed it.
 *
 * <p>Why they occur: after a {@code kill -9} the restarted single-node broker first loads the
 * {@code __transaction_state} partitions from its stale metadata (it still sees itself as their leader)
 * and at once aborts the dead producers' timed-out transactions (and finishes commits caught half way).
 * At that moment it has not re-registered, so it finds no leader endpoint for the data partitions;
 * Kafka's marker sender takes that for deleted topics and completes the transaction <em>without</em>
 * writing the markers. The partitions' last stable offset
 * then never moves: read_committed readers stall (ingest's output held back enrich) and offset fetches
 * return UNSTABLE_OFFSET_COMMIT forever (the dashboard stuck in REBALANCING).
 *
 * <p>A transaction is aborted here only when that is certainly what the coordinator decided: it holds
 * the same producer id in CompleteAbort, at the partition's producer epoch or the next one (transaction
 * version 2 bumps the epoch once when it ends a transaction); likewise a lost commit gets its commit
 * marker (without it the committed records would never reach a read_committed reader).
 */
public final class HangingTransactions {
  private static final Logger log = LoggerFactory.getLogger(HangingTransactions.class);

  private HangingTransactions() {}

  /** A partition's open transaction, with what its coordinator says about the producer (null: unknown id). */
  record Open(TopicPartition partition, ProducerState producer, TransactionDescription coordinator) {}

  /** What to do with an open transaction: abort it (the coordinator aborted it), or nothing. */
  static boolean abortedByCoordinator(ProducerState onPartition, TransactionDescription coordinator) {
    if (coordinator == null || coordinator.producerId() != onPartition.producerId()) {
      return false;
    }
    int epochs = coordinator.producerEpoch() - onPartition.producerEpoch();
    return coordinator.state() == TransactionState.COMPLETE_ABORT && (epochs == 0 || epochs == 1);
  }

  /** Same test for a commit whose markers were lost. */
  static boolean committedByCoordinator(ProducerState onPartition, TransactionDescription coordinator) {
    return coordinator != null && coordinator.producerId() == onPartition.producerId()
        && coordinator.state() == TransactionState.COMPLETE_COMMIT
        && coordinator.producerEpoch() - onPartition.producerEpoch() == 1;
  }

  /**
   * Checks every {@code early} for {@code during} after a broker start, when the coordinator settles the
   * dead producers' transactions, then every {@code later} for as long as the broker runs (a node that
   * misses its heartbeats is fenced and unfenced again on the way, the same window), on a daemon thread:
   * interrupt it to stop.
   */
  public static Thread watch(String bootstrapServers, Duration early, Duration during, Duration later) {
    Thread t = new Thread(() -> {
      long switchAt = System.nanoTime() + during.toNanos();
      Set<Open> before = Set.of();
      // Short timeouts: a check that cannot reach the broker (it is stopping) should give up, not retry for a minute.
      Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
          AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
      try {
        while (!Thread.currentThread().isInterrupted()) {
          before = repairHanging(admin, bootstrapServers, before);
          Thread.sleep((System.nanoTime() < switchAt ? early : later).toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        admin.close(Duration.ZERO);
      }
    }, "hanging-transactions");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * One pass over every partition (internal topics too). A live producer's transaction can look
   * concluded for an instant (the coordinator has just written CompleteAbort, its markers are on their
   * way), so only a transaction already seen the same way in the previous pass is acted on.
   *
   * @param before what the previous pass saw (empty on the first)
   * @return what this pass saw, for the next
   */
  public static Set<Open> repairHanging(Admin admin, String bootstrapServers, Set<Open> before) throws InterruptedException {
    try {
      Set<Open> now = new HashSet<>(openTransactions(admin));
      for (Open open : now) {
        if (!before.contains(open)) {
          continue;
        }
        if (abortedByCoordinator(open.producer(), open.coordinator())) {
          abort(admin, open);
        } else if (committedByCoordinator(open.producer(), open.coordinator())) {
          commit(bootstrapServers, open);
        }
      }
      return now;
    } catch (ExecutionException e) {
      log.debug("hanging-transaction check skipped: {}", e.getCause().toString());
      return Set.of();
    }
  }

  /** Aborts a transaction its coordinator aborted but whose marker never reached the partition. */
  private static void abort(Admin admin, Open open) throws ExecutionException, InterruptedException {
    admin.abortTransaction(new AbortTransactionSpec(open.partition(), open.producer().producerId(),
        (short) open.producer().producerEpoch(), open.producer().coordinatorEpoch().orElse(-1))).all().get();
    log.warn("aborted a hanging transaction on {} (producer {} epoch {}, from offset {}): its coordinator "
            + "had aborted it while the broker was restarting, but the marker never reached the partition",
        open.partition(), open.producer().producerId(), open.producer().producerEpoch(),
        open.producer().currentTransactionStartOffset().orElse(-1));
  }

  /** Writes the commit marker of a transaction its coordinator committed; false when that failed. */
  private static boolean commit(String bootstrapServers, Open open) {
    // The Admin API only aborts; the commit marker goes the way the coordinator would send it.
    Errors error = writeCommitMarker(bootstrapServers, open);
    if (error == Errors.NONE) {
      log.warn("committed a hanging transaction on {} (producer {} epoch {}, from offset {}): its coordinator "
              + "had committed it while the broker was restarting, but the marker never reached the partition",
          open.partition(), open.producer().producerId(), open.producer().producerEpoch(),
          open.producer().currentTransactionStartOffset().orElse(-1));
      return true;
    }
    // INVALID_PRODUCER_EPOCH most often means the coordinator's own marker got there first (the
    // partition has moved on to a newer epoch): the next pass sees whether it is still open.
    log.warn("{}: transaction of producer {} epoch {} was committed but its marker had not arrived, and "
        + "writing it failed ({}); looked at again on the next pass",
        open.partition(), open.producer().producerId(), open.producer().producerEpoch(), error);
    return false;
  }

  /** What the pass before the services start does with one open transaction. */
  enum Settle { ABORT, COMMIT, WAIT, NONE }

  /**
   * Before any producer of the stack runs again, an open transaction is either hanging (end it now: no
   * live producer can be about to write its marker), still being ended by its coordinator (wait: a
   * PREPARE state, or an ONGOING one past its timeout that the coordinator is about to abort, or no
   * coordinator entry yet because the coordinators are still loading), or live
   * as far as the coordinator knows (leave it: the restarted producer fences it, or it times out, and
   * the broker is registered by then, so the markers arrive).
   *
   * <p>Why wait: a restarted service re-uses its transactional id and bumps the producer epoch at once.
   * Once it has, a transaction whose markers were dropped no longer looks aborted or committed to the
   * coordinator, and no later pass can tell which of the two it was.
   */
  static Settle beforeStart(ProducerState onPartition, TransactionDescription coordinator, long nowMs) {
    if (abortedByCoordinator(onPartition, coordinator)) {
      return Settle.ABORT;
    }
    if (committedByCoordinator(onPartition, coordinator)) {
      return Settle.COMMIT;
    }
    if (coordinator == null) {
      // Every open transaction has a coordinator entry; none yet means the restarted broker's
      // coordinators have not (re)loaded: right after the broker starts, they resign and are elected again.
      return Settle.WAIT;
    }
    if (coordinator.producerId() != onPartition.producerId()) {
      return Settle.NONE;
    }
    return switch (coordinator.state()) {
      case PREPARE_ABORT, PREPARE_COMMIT, PREPARE_EPOCH_FENCE -> Settle.WAIT;
      case ONGOING -> coordinator.transactionStartTimeMs().orElse(nowMs) + coordinator.transactionTimeoutMs() <= nowMs
          ? Settle.WAIT : Settle.NONE;
      default -> Settle.NONE;
    };
  }

  /**
   * Ends the transactions that an earlier run of these applications left open, before this run's
   * services start. Kafka Streams keeps its process id, and with it the transactional ids, only where a
   * service has stores on disk: a restarted ingest, or an enrich with its versions in memory, comes back
   * under new ids and does not fence the dead run's producers, whose open transactions then hold back
   * every read_committed reader of their partitions (enrich's own restore included) until they time
   * out. Taking each such id over with {@code initTransactions()} is what a restarted producer of that id
   * would do: the coordinator aborts an ongoing transaction, or finishes a commit already decided, and
   * answers when the markers are written. Only ids of the given applications are touched, and only
   * while none of their services runs (a live producer of such an id would be fenced).
   *
   * @return how many transactional ids were taken over
   */
  public static int fenceEarlierRuns(Admin admin, String bootstrapServers, Collection<String> applicationIds)
      throws ExecutionException, InterruptedException {
    List<String> ids = admin.listTransactions().all().get().stream()
        // Ongoing only: a commit or abort already decided completes by itself.
        .filter(t -> t.state() == TransactionState.ONGOING)
        .map(TransactionListing::transactionalId)
        .filter(id -> applicationIds.stream().anyMatch(app -> id.startsWith(app + "-")))
        .toList();
    // All at once: each take-over waits for its abort markers, and the services wait for all of them.
    List<CompletableFuture<Void>> takeovers = ids.stream()
        .map(id -> CompletableFuture.runAsync(() -> takeOver(bootstrapServers, id), task -> new Thread(task, "take-over").start()))
        .toList();
    try {
      CompletableFuture.allOf(takeovers.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
    if (!ids.isEmpty()) {
      log.info("took over {} transactional ids an earlier run left open: {}", ids.size(), ids);
    }
    return ids.size();
  }

  /** What a restarted producer of {@code transactionalId} does first: fences the old one, ending its transaction. */
  private static void takeOver(String bootstrapServers, String transactionalId) {
    Map<String, Object> config = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
        ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
        ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, Failover.RETRY_BACKOFF_MAX_MS);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
    }
  }

  /**
   * Ends the transactions a restarted broker left hanging before the stack's producers start again
   * (see {@link #beforeStart}): polls until nothing is left to wait for, or {@code timeout} has passed
   * (then the background {@link #watch} carries on). A broker whose coordinators are still loading
   * answers with errors: that is waited out too.
   *
   * @return how many transactions were ended here
   */
  public static int settleBeforeStart(Admin admin, String bootstrapServers, Duration timeout) throws InterruptedException {
    long t0 = System.nanoTime();
    long deadline = t0 + timeout.toNanos();
    int ended = 0;
    List<Open> waiting = List.of();
    String lastError = null;
    while (true) {
      try {
        waiting = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Open open : openTransactions(admin)) {
          switch (beforeStart(open.producer(), open.coordinator(), now)) {
            case ABORT -> {
              abort(admin, open);
              ended++;
            }
            case COMMIT -> {
              if (commit(bootstrapServers, open)) {
                ended++;
              } else {
                waiting.add(open);
              }
            }
            case WAIT -> waiting.add(open);
            case NONE -> { }
          }
        }
        lastError = null;
        if (waiting.isEmpty()) {
          log.info("open transactions settled before the services start in {} ms ({} ended here)",
              (System.nanoTime() - t0) / 1_000_000, ended);
          return ended;
        }
      } catch (ExecutionException e) {
        lastError = e.getCause().toString();
      }
      if (System.nanoTime() > deadline) {
        log.warn("open transactions not settled after {}: still waiting for {}{}; starting anyway", timeout,
            waiting.stream().map(o -> o.partition() + " (" + (o.coordinator() == null ? "?" : o.coordinator().state()) + ")").toList(),
            lastError == null ? "" : ", last error " + lastError);
        return ended;
      }
      Thread.sleep(250);
    }
  }

  /**
   * Sends the broker (the partition's leader: the embedded broker is the only one) the commit marker
   * its coordinator failed to write, over one plain connection: WriteTxnMarkers is the request the
   * coordinator itself uses, and Admin#abortTransaction uses it too, for aborts only.
   */
  static Errors writeCommitMarker(String bootstrapServers, Open open) {
    String[] hostPort = bootstrapServers.split(",")[0].split(":");
    short version = ApiKeys.WRITE_TXN_MARKERS.latestVersion();
    WriteTxnMarkersRequest request = new WriteTxnMarkersRequest.Builder(List.of(new WriteTxnMarkersRequest.TxnMarkerEntry(
        open.producer().producerId(), (short) open.producer().producerEpoch(), open.producer().coordinatorEpoch().orElse(-1),
        TransactionResult.COMMIT, List.of(open.partition()), (short) 0))).build(version);
    ByteBuffer body = request.serializeWithHeader(new RequestHeader(ApiKeys.WRITE_TXN_MARKERS, version, "newswire-txn-repair", 1));
    try (Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
      socket.setSoTimeout(10_000);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(body.remaining());
      out.write(body.array(), body.arrayOffset() + body.position(), body.remaining());
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] response = new byte[in.readInt()];
      in.readFully(response);
      ByteBuffer buffer = ByteBuffer.wrap(response);
      ResponseHeader.parse(buffer, ApiKeys.WRITE_TXN_MARKERS.responseHeaderVersion(version));
      return WriteTxnMarkersResponse.parse(new ByteBufferAccessor(buffer), version).errorsByProducerId()
          .getOrDefault(open.producer().producerId(), Map.of()).getOrDefault(open.partition(), Errors.UNKNOWN_SERVER_ERROR);
    } catch (IOException | RuntimeException e) {
      log.debug("writing the commit marker to {} failed", open.partition(), e);
      return Errors.forException(e);
    }
  }

  /** Partitions with an open transaction, each joined to its coordinator's description of that producer. */
  static List<Open> openTransactions(Admin admin) throws ExecutionException, InterruptedException {
    List<TopicPartition> partitions = new ArrayList<>();
    var topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
    admin.describeTopics(topics).allTopicNames().get().values().forEach(t ->
        t.partitions().forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition()))));
    List<Map.Entry<TopicPartition, ProducerState>> open = new ArrayList<>();
    admin.describeProducers(partitions).all().get().forEach((tp, state) -> state.activeProducers().stream()
        .filter(p -> p.currentTransactionStartOffset().isPresent())
        .forEach(p -> open.add(Map.entry(tp, p))));
    if (open.isEmpty()) {
      return List.of();
    }
    Map<Long, String> idsByProducer = admin.listTransactions().all().get().stream()
        .collect(Collectors.toMap(TransactionListing::producerId, TransactionListing::transactionalId, (a, b) -> a));
    List<String> ids = open.stream().map(e -> idsByProducer.get(e.getValue().producerId()))
        .filter(id -> id != null).distinct().toList();
    Map<String, TransactionDescription> described = ids.isEmpty() ? Map.of()
        : admin.describeTransactions(ids).all().get();
    Function<Long, TransactionDescription> coordinator = pid -> {
      String id = idsByProducer.get(pid);
      return id == null ? null : described.get(id);
    };
    return open.stream().map(e -> new Open(e.getKey(), e.getValue(), coordinator.apply(e.getValue().producerId())))
        .toList();
  }
}
