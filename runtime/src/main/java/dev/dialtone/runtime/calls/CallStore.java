package dev.dialtone.runtime.calls;

import java.util.List;

/**
 * Where the {@link CallJournal} keeps what happens on calls: the database in the application, or
 * nowhere for the offline scenario runner, whose only reader is a {@link CallObserver}.
 */
public interface CallStore {

  /** Keeps nothing: every change still reaches the journal's observers. */
  CallStore NONE =
      new CallStore() {
        @Override
        public void applyCalls(List<CallChange> changes) {}

        @Override
        public void appendEvents(List<CallEvent> events) {}

        @Override
        public void appendSteps(List<CallStep> steps) {}

        @Override
        public void finishSteps(List<StepEnd> ends) {}
      };

  void applyCalls(List<CallChange> changes);

  void appendEvents(List<CallEvent> events);

  void appendSteps(List<CallStep> steps);

  void finishSteps(List<StepEnd> ends);

  /** The call records and trace tables. */
  static CallStore of(CallRepository calls, CallTraceRepository trace) {
    return new CallStore() {
      @Override
      public void applyCalls(List<CallChange> changes) {
        calls.apply(changes);
      }

      @Override
      public void appendEvents(List<CallEvent> events) {
        trace.appendEvents(events);
      }

      @Override
      public void appendSteps(List<CallStep> steps) {
        trace.appendSteps(steps);
      }

      @Override
      public void finishSteps(List<StepEnd> ends) {
        trace.finishSteps(ends);
      }
    };
  }
}
