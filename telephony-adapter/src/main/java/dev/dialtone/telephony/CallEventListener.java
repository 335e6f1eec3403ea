package dev.dialtone.telephony;

/**
 * Receives what happens on channels. Events for one channel arrive in order, one at a time, and
 * never on a network I/O thread. Implementations must still not block the delivering thread: work
 * that touches a database or the flow engine (routing, deploying, starting an instance) is handed
 * to an executor of the runtime's own.
 */
public interface CallEventListener {

  /** A call reached the telephony system and rings, waiting for {@link CallControl#answer}. */
  void onIncoming(IncomingCall call);

  void onDtmf(String channelId, char digit);

  /** How an outbound channel placed by {@link CallControl#originate} gets on. */
  void onDialProgress(String channelId, DialProgress progress);

  /** The far end hung up (not called for hang-ups we asked for). */
  void onRemoteHangup(String channelId, HangupCause cause);

  /** A recording started by {@link CallControl#record} finished. */
  void onRecordingFinished(String channelId, RecordedAudio recording);
}
