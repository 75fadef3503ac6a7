package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
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
}
