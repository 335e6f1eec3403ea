package dev.dialtone.telephony.ari;

import dev.dialtone.telephony.HangupCause;

/** Q.850 cause codes (as ARI reports them) in the words of the call lifecycle, and back. */
final class HangupCauses {

  private HangupCauses() {}

  /** Why a channel that was up ended. */
  static HangupCause ofAnswered(Integer q850) {
    int code = q850 == null ? 16 : q850;
    return switch (code) {
      case 0, 16, 31 -> HangupCause.NORMAL;
      case 17 -> HangupCause.BUSY;
      case 18, 19, 21 -> HangupCause.NOANSWER;
      default -> HangupCause.FAILED;
    };
  }

  /** Why an outbound channel failed before it was answered. */
  static HangupCause ofUnanswered(Integer q850) {
    int code = q850 == null ? 0 : q850;
    return switch (code) {
      case 17 -> HangupCause.BUSY;
      // no user responding, no answer, rejected: the far end never took the call
      case 18, 19, 21 -> HangupCause.NOANSWER;
      default -> HangupCause.FAILED;
    };
  }

  /**
   * Why an outbound channel failed before it was answered, from the Dial event's status when it has
   * one: a Local channel whose dialplan says Busy() is destroyed with cause 0 (unknown), and only
   * the Dial event tells busy from no answer.
   */
  static HangupCause ofUnanswered(String dialStatus, Integer q850) {
    return switch (dialStatus) {
      case "BUSY" -> HangupCause.BUSY;
      case "NOANSWER" -> HangupCause.NOANSWER;
      case "CONGESTION", "CHANUNAVAIL", "INVALIDARGS" -> HangupCause.FAILED;
      default -> ofUnanswered(q850);
    };
  }

  /** The reason ARI's hangup command takes. */
  static String ariReason(HangupCause cause) {
    return switch (cause) {
      case NORMAL, CANCEL, TIMEOUT, DIALOUT -> "normal";
      case BUSY -> "busy";
      case NOANSWER -> "no_answer";
      case FAILED -> "congestion";
    };
  }
}
