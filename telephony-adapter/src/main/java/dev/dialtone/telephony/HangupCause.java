package dev.dialtone.telephony;

/** Why a channel ended, in the words of the call lifecycle (hangup_reason). */
public enum HangupCause {
  NORMAL,
  FAILED,
  BUSY,
  CANCEL,
  TIMEOUT,
  NOANSWER,
  DIALOUT
}
