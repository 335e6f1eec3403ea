package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.DigitsNode;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.legs.DigitRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * digits: waits for the caller's keys (those typed during the prompt count first) and stores them
 * in the node's variable once the prompts before it have been heard; a timeout stores what was
 * typed so far, possibly nothing; nothing at all leaves a {@code no_input} line with the timeout in
 * the transcript. A key pressed during those prompts stops them (barge-in) unless the node's {@code
 * barge_in} is false.
 */
public class DigitsWorker implements NodeWorker {

  private final ScheduledExecutorService timer;

  public DigitsWorker(ScheduledExecutorService dialtoneTimer) {
    this.timer = dialtoneTimer;
  }

  @Override
  public String jobType() {
    return JobTypes.forNodeType(DigitsNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    NodeOptions options = job.options();
    String finish = options.string("finish_key", "#");
    DigitRequest request =
        new DigitRequest(
            (int) options.number("max_digits", 1),
            finish.isEmpty() ? null : finish.charAt(0),
            Duration.ofMillis(options.number("timeout_ms", 5000)));
    String variable = options.string("variable", "digits");
    job.leg().bargeIn(options.flag("barge_in", true));
    // The caller gets the whole timeout after the last prompt, not while it still plays.
    job.leg()
        .mediaIdle()
        .thenCompose(
            idle -> {
              job.started();
              return job.leg().collectDigits(request, timer);
            })
        .whenComplete(
            (digits, error) -> {
              // The caller is no longer waited for: from here until the next prompt is dead air.
              job.leg().silenceBegan();
              boolean silent = error == null && (digits == null || digits.isEmpty());
              if (silent) {
                // Without this line the transcript jumps from the prompt to what came next, and
                // nobody can tell the caller stayed silent.
                job.transcript(
                    CallEventType.NO_INPUT, String.valueOf(request.timeout().toMillis()));
              }
              job.finish(
                  error,
                  digits == null || digits.isEmpty() ? "timeout" : "digits:" + digits,
                  error == null ? Map.of(variable, digits) : Map.of());
            });
  }
}
