package dev.dialtone.runtime.cluster;

import dev.dialtone.runtime.cluster.OpenCalls.OpenCall;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the calls a runtime instance left open when it stopped or died: each record ends {@code
 * failed} by {@code local}, and its process instance is cancelled so that nothing waits for a leg
 * that no longer exists.
 */
public class CallRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(CallRecovery.class);

  private final OpenCalls openCalls;
  private final CamundaClient client;

  public CallRecovery(OpenCalls openCalls, CamundaClient client) {
    this.openCalls = openCalls;
    this.client = client;
  }

  /** Returns how many call records it closed. */
  public int recover(String runtimeInstance) {
    int closed = 0;
    for (OpenCall call : openCalls.of(runtimeInstance)) {
      if (openCalls.close(call.callId(), Instant.now())) {
        closed++;
      }
      if (call.processInstanceKey() != null) {
        cancel(call);
      }
    }
    if (closed > 0) {
      LOG.warn("closed {} calls left open by runtime instance {}", closed, runtimeInstance);
    }
    return closed;
  }

  private void cancel(OpenCall call) {
    client
        .newCancelInstanceCommand(call.processInstanceKey())
        .send()
        .whenComplete(
            (ok, error) -> {
              // NOT_FOUND: the instance had ended already, which is what we want
              if (error != null && !error.getMessage().contains("NOT_FOUND")) {
                LOG.warn(
                    "could not cancel the instance of call {}: {}",
                    call.callId(),
                    error.toString());
              }
            });
  }
}
