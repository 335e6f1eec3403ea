package dev.dialtone.runtime.simulator;

import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The virtual phones that outbound calls on the simulated telephony ring (a groupcall's
 * destinations, "Call a phone"); a destination no phone serves fails with {@code failed}.
 */
public class VirtualPhoneService {

  /** An E.164 number or an endpoint such as {@code PJSIP/alice}: what a destination targets. */
  private static final Pattern ADDRESS = Pattern.compile("[+A-Za-z0-9_.@/\\-]{1,128}");

  private static final long MAX_MS = Duration.ofHours(1).toMillis();

  private final SimulatedTelephony telephony;

  public VirtualPhoneService(SimulatedTelephony telephony) {
    this.telephony = telephony;
  }

  /** Adds the phone, or replaces the one at its address. */
  public VirtualPhone put(PhoneRequest request) {
    if (request.address() == null || !ADDRESS.matcher(request.address()).matches()) {
      throw SimulatorInputException.expected(
          "address",
          request.address(),
          "an E.164 number or an endpoint of up to 128 letters, digits, '+', '_', '.', '@', '/', '-'");
    }
    VirtualPhone.Behavior behavior = behavior(request.behavior());
    VirtualPhone phone =
        new VirtualPhone(
            request.address(),
            behavior,
            duration("after_ms", request.afterMs()),
            duration("talk_ms", request.talkMs()));
    telephony.phones().put(phone);
    return phone;
  }

  public List<VirtualPhone> list() {
    return telephony.phones().all().stream()
        .sorted(Comparator.comparing(VirtualPhone::address))
        .toList();
  }

  public void remove(String address) {
    if (!telephony.phones().remove(address)) {
      throw new NotFoundException("there is no virtual phone at " + address);
    }
  }

  private static VirtualPhone.Behavior behavior(String text) {
    try {
      return VirtualPhone.Behavior.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw SimulatorInputException.expected(
          "behavior", text, "one of 'answer', 'busy', 'noanswer', 'reject'");
    }
  }

  private static Duration duration(String field, Long ms) {
    if (ms == null) {
      return null;
    }
    if (ms < 0 || ms > MAX_MS) {
      throw SimulatorInputException.expected(
          field, String.valueOf(ms), "a number of milliseconds from 0 to " + MAX_MS);
    }
    return Duration.ofMillis(ms);
  }
}
