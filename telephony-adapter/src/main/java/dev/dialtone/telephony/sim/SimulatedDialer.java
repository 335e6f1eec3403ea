package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Outbound calls on the simulated telephony: rings the virtual phone at the destination's address
 * and plays its behaviour out on the clock. No phone at that address: the call fails at once.
 */
final class SimulatedDialer {

  /** What the dialer tells the telephony; all on the clock thread, so in order per channel. */
  interface Outcomes {
    void progress(String channelId, DialProgress progress);

    /** The channel failed or its far end hung up: it is gone. */
    void ended(String channelId, HangupCause cause, boolean remote);

    /** The channel still waits for this step (not hung up, not failed). */
    boolean waiting(String channelId);
  }

  private final VirtualPhones phones;
  private final ScheduledExecutorService clock;
  private final Outcomes outcomes;

  SimulatedDialer(VirtualPhones phones, ScheduledExecutorService clock, Outcomes outcomes) {
    this.phones = phones;
    this.clock = clock;
    this.outcomes = outcomes;
  }

  void dial(Dial dial, SimulatedChannel channel) {
    clock.execute(() -> ring(dial, channel));
  }

  private void ring(Dial dial, SimulatedChannel channel) {
    String id = dial.channelId();
    Optional<VirtualPhone> phone = phones.find(dial.destination().target());
    if (phone.isEmpty()) {
      fail(id, HangupCause.FAILED);
      return;
    }
    outcomes.progress(id, DialProgress.ringing());
    later(dial.timeout(), () -> unanswered(id, channel, HangupCause.DIALOUT));
    VirtualPhone behaviour = phone.get();
    switch (behaviour.behavior()) {
      case ANSWER -> later(behaviour.after(), () -> answer(id, channel, behaviour.talk()));
      case BUSY -> later(behaviour.after(), () -> unanswered(id, channel, HangupCause.BUSY));
      case REJECT -> later(behaviour.after(), () -> unanswered(id, channel, HangupCause.NOANSWER));
      case NOANSWER -> {}
    }
  }

  private void answer(String id, SimulatedChannel channel, Duration talk) {
    if (!outcomes.waiting(id) || channel.isAnswered()) {
      return;
    }
    channel.answer();
    outcomes.progress(id, DialProgress.answered());
    if (talk != null) {
      later(
          talk,
          () -> {
            if (outcomes.waiting(id)) {
              outcomes.ended(id, HangupCause.NORMAL, true);
            }
          });
    }
  }

  private void unanswered(String id, SimulatedChannel channel, HangupCause cause) {
    if (outcomes.waiting(id) && !channel.isAnswered()) {
      fail(id, cause);
    }
  }

  private void fail(String id, HangupCause cause) {
    outcomes.progress(id, DialProgress.failed(cause));
    outcomes.ended(id, cause, false);
  }

  private void later(Duration delay, Runnable step) {
    clock.schedule(step, delay.toMillis(), TimeUnit.MILLISECONDS);
  }
}
