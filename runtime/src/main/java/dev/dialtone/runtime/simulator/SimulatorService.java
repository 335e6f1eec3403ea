package dev.dialtone.runtime.simulator;

import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.E164;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.telephony.UnknownChannelException;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Plays the caller on the simulated telephony: dial in, press keys, hang up. */
public class SimulatorService {

  private static final Pattern CALLER = Pattern.compile("[+A-Za-z0-9_.\\-]{1,64}");

  private final SimulatedTelephony telephony;
  private final CallLegRegistry legs;

  public SimulatorService(SimulatedTelephony telephony, CallLegRegistry legs) {
    this.telephony = telephony;
    this.legs = legs;
  }

  /** A caller dials {@code to}; returns the call id (whether or not the call could be routed). */
  /** Puts virtual phones in place (a phone at the same address is replaced). */
  public void putPhones(List<VirtualPhone> phones) {
    phones.forEach(telephony.phones()::put);
  }

  public UUID call(String from, String to) {
    requireField(
        "from", from, CALLER, "a caller id of up to 64 letters, digits, '+', '_', '.', '-'");
    if (!E164.isValid(to)) {
      throw SimulatorInputException.expected(
          "to", to, "an E.164 number: '+' then 2 to 15 digits, no leading 0");
    }
    return place(from, to, Map.of());
  }

  /** Places a simulated call carrying extra arguments (a test call names its draft this way). */
  public UUID place(String from, String to, Map<String, String> arguments) {
    UUID callId = UUID.randomUUID();
    Map<String, String> all = new HashMap<>(arguments);
    all.put(CallLifecycle.CALL_ID_ARGUMENT, callId.toString());
    telephony.placeCall(from, to, all);
    return callId;
  }

  public void pressDigits(UUID callId, String digits) {
    if (digits == null || digits.isEmpty() || digits.length() > 32) {
      throw SimulatorInputException.expected("digits", digits, "1 to 32 keys of 0-9, *, #, A-D");
    }
    String channel = liveLeg(callId).channelId();
    try {
      telephony.pressDigits(channel, digits);
    } catch (UnknownChannelException e) {
      throw notLive(callId);
    } catch (IllegalArgumentException e) {
      throw new SimulatorInputException("digits", e.getMessage());
    }
  }

  public void hangup(UUID callId) {
    try {
      telephony.hangupByCaller(liveLeg(callId).channelId());
    } catch (UnknownChannelException e) {
      throw notLive(callId);
    }
  }

  private CallLeg liveLeg(UUID callId) {
    return legs.byCallId(callId).orElseThrow(() -> notLive(callId));
  }

  /** The call ended (or never was): a caller can no longer act on it. */
  private static ConflictException notLive(UUID callId) {
    return new ConflictException("call_not_live", "call " + callId + " is not in progress");
  }

  private static void requireField(String field, String value, Pattern pattern, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw SimulatorInputException.expected(field, value, expected);
    }
  }
}
