package dev.dialtone.runtime.calls;

import dev.dialtone.runtime.legs.CallLeg;
import java.time.Instant;

/**
 * Hears what happens to legs that something else orchestrates (a groupcall's chained legs and its
 * master): an outbound leg answered, or any leg ended. Called on the leg's own queue.
 */
public interface LegWatch {

  LegWatch NONE =
      new LegWatch() {
        @Override
        public void answered(CallLeg leg, Instant at) {}

        @Override
        public void ended(CallLeg leg, HangupReason reason, HangupBy by) {}
      };

  /**
   * @param at when the telephony's answer event arrived (before the hop to the leg's queue)
   */
  void answered(CallLeg leg, Instant at);

  void ended(CallLeg leg, HangupReason reason, HangupBy by);
}
