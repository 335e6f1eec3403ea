package dev.dialtone.runtime.calls;

import java.util.List;

/**
 * Takes part in the journal's transaction for call-record changes, e.g. to write an outbox row that
 * must commit or roll back with the change it reports. Runs on the journal's thread: it must stay
 * cheap (a few statements per batch, never a network call).
 */
public interface CallChangeHook {

  /**
   * Called with a batch's changes, in order, before they are applied (the stored records still show
   * the state before them).
   *
   * @return what to do once the changes are applied, still in the same transaction
   */
  Runnable beforeApply(List<CallChange> changes);
}
