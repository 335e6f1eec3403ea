package dev.dialtone.runtime.recordings;

/**
 * Takes part in the transaction that stores a recording, e.g. to write the webhook outbox row that
 * must commit with it, so a receiver hears of every stored recording once and of no other.
 */
public interface RecordingHook {

  RecordingHook NONE = recording -> () -> {};

  /**
   * Called after the recording's row is inserted, in the same transaction.
   *
   * @return what to do once the transaction committed (e.g. wake the delivery worker)
   */
  Runnable stored(Recording recording);
}
