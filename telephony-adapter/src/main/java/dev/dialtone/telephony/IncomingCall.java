package dev.dialtone.telephony;

import java.util.Map;

/**
 * A call that reached the telephony system and waits for the runtime.
 *
 * @param arguments what the dialplan (or the simulator) attached to the call, like Stasis
 *     application arguments; e.g. which draft a test call should run
 */
public record IncomingCall(
    String channelId, String from, String to, Map<String, String> arguments) {

  public IncomingCall {
    arguments = Map.copyOf(arguments);
  }

  public String argument(String name) {
    return arguments.get(name);
  }
}
