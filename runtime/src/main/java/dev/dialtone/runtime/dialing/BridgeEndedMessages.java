package dev.dialtone.runtime.dialing;

import dev.dialtone.flow.Messages;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.runtime.legs.CallLeg;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the caller's process that its groupcall is over: message {@value #NAME}, correlated by the
 * call id, with {@code dial_outcome} ({@code answered} | {@code no_answer}) and {@code
 * answered_call_id}. The flow waits for it in a message catch event, so a bridge of an hour holds
 * no job; the time to live covers a message that beats the catch event's opening.
 */
public class BridgeEndedMessages implements DialOutcomes {

  public static final String NAME = Messages.BRIDGE_ENDED;
  public static final String OUTCOME_VARIABLE = ProcessVariables.DIAL_OUTCOME;
  public static final String ANSWERED_VARIABLE = ProcessVariables.ANSWERED_CALL_ID;

  private static final Logger LOG = LoggerFactory.getLogger(BridgeEndedMessages.class);
  private static final Duration TTL = Duration.ofMinutes(1);

  private final CamundaClient client;

  public BridgeEndedMessages(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void finished(CallLeg master, DialResult result) {
    client
        .newPublishMessageCommand()
        .messageName(NAME)
        .correlationKey(master.callId().toString())
        .timeToLive(TTL)
        .variables(
            Map.of(
                OUTCOME_VARIABLE,
                result.outcome().name().toLowerCase(Locale.ROOT),
                ANSWERED_VARIABLE,
                result.answeredCallId() == null ? "" : result.answeredCallId().toString()))
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null) {
                LOG.error("could not tell call {} its groupcall ended", master.callId(), error);
              }
            });
  }
}
