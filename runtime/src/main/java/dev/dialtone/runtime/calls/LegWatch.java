package dev.dialtone.runtime.calls;

import dev.dialtone.runtime.legs.CallLeg;

/**
 * Hears what happens to legs that something else orchestrates (a groupcall's chained legs and its
 * master): an outbound leg answered, or any leg ended. Called on the leg's own queue.
 */
public interface LegWatch {

  LegWatch NONE =
      new LegWatch() {
        @Override
        public void answered(CallLeg leg) {}

        @Override
        public void ended(CallLeg leg, HangupReason reason, HangupBy by) {}
      };

  void answered(CallLeg leg);

  void ended(CallLeg leg, HangupReason reason, HangupBy by);
}
