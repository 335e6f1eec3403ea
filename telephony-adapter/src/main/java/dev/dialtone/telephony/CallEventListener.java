package dev.dialtone.telephony;

/**
 * Receives what happens on channels. Implementations are called off any network I/O thread and must
 * not block for long: hand work on to an executor or complete futures.
 */
public interface CallEventListener {

  void onIncoming(IncomingCall call);

  void onDtmf(String channelId, char digit);

  /** The far end hung up (not called for hang-ups we asked for). */
  void onRemoteHangup(String channelId, HangupCause cause);
}
