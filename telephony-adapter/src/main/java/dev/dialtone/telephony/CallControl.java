package dev.dialtone.telephony;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The call-control port: what the runtime asks of a telephony system, independent of Asterisk. The
 * simulated telephony and the ARI adapter implement all of it, so the runtime never needs a special
 * case for either.
 *
 * <p>No call blocks the calling thread, so thousands of legs can wait at once. Every command
 * returns a future; a command on a channel that is gone (hung up, or never existed) fails with
 * {@link ChannelGoneException} — a hang-up, never a technical error.
 *
 * <p>Events reach the {@link CallEventListener} in order per channel and never on a network I/O
 * thread (see the listener for what it may do there).
 */
public interface CallControl {

  /** Registers the single receiver of call events. */
  void listen(CallEventListener listener);

  /** Answers an incoming channel (it arrives ringing). */
  CompletableFuture<Void> answer(String channelId);

  /**
   * Speaks text to the channel. Completes when the caller has heard it all, or when {@link
   * #stopMedia} cut it short; fails with {@link ChannelGoneException} when the channel went first.
   */
  CompletableFuture<Void> speak(String channelId, Speech speech);

  /** Plays an audio file ({@code sound:} name or http(s) URL); completes like {@link #speak}. */
  CompletableFuture<Void> play(String channelId, URI media);

  /**
   * Stops what the channel hears now (barge-in): the playing medium's future completes normally at
   * once. Completes also when nothing was playing.
   */
  CompletableFuture<Void> stopMedia(String channelId);

  /**
   * Records what the caller says. Completes with the recording when it finished — by its maximum
   * duration, the finish key, the end-of-silence time, {@link #stopRecording}, or the caller
   * hanging up (then with what was recorded so far) — and the listener hears {@link
   * CallEventListener#onRecordingFinished} as well.
   */
  CompletableFuture<RecordedAudio> record(String channelId, RecordingRequest request);

  /** Ends a recording started by {@link #record} early; its future completes with the audio. */
  CompletableFuture<Void> stopRecording(String recordingName);

  /** The stored audio of a finished recording, as a WAV file. */
  CompletableFuture<byte[]> recordingAudio(String recordingName);

  /** Deletes a finished recording from the telephony system's storage. */
  CompletableFuture<Void> deleteRecording(String recordingName);

  /**
   * Places an outbound call on the channel id the runtime chose (so that no event can arrive for a
   * channel it does not know yet). Completes once the telephony system accepted the call; what
   * happens next arrives as {@link CallEventListener#onDialProgress} events for that channel:
   * ringing, then answered or failed (busy, noanswer, failed, or dialout when the dial timeout ran
   * out).
   */
  CompletableFuture<Void> originate(Dial dial);

  /** Creates a mixing bridge with the id the runtime chose. */
  CompletableFuture<Void> createBridge(String bridgeId);

  CompletableFuture<Void> addToBridge(String bridgeId, String channelId);

  CompletableFuture<Void> removeFromBridge(String bridgeId, String channelId);

  /** Destroys a bridge; channels still in it stay up. Completes also when it was gone already. */
  CompletableFuture<Void> destroyBridge(String bridgeId);

  /**
   * Hangs up from our side (no hang-up event follows); pending media and recordings on the channel
   * end. Completes also when the channel was gone already.
   */
  CompletableFuture<Void> hangup(String channelId, HangupCause cause);
}
