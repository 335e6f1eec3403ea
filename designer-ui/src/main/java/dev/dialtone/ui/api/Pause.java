package dev.dialtone.ui.api;

/**
 * Waits for a while; the API's requests run on virtual threads, so a wait holds no core. Time is
 * passed in, so tests advance a clock instead of sleeping.
 */
@FunctionalInterface
interface Pause {

  void nanos(long nanos) throws InterruptedException;

  /** Waits; false when interrupted (the server is stopping), with the interrupt kept. */
  default boolean await(long nanos) {
    try {
      nanos(nanos);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Pause sleeping() {
    return nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }
}
