package dev.dialtone.telephony;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The call-control port: what the runtime asks of a telephony system, independent of Asterisk.
 *
 * <p>Every media operation returns a future that completes when the caller has heard the whole
 * thing, or fails with {@link ChannelGoneException} when the channel is gone first. No call blocks
 * the calling thread, so thousands of legs can wait at once.
 */
public interface CallControl {

  /** Registers the single receiver of call events (incoming calls, key presses, hang-ups). */
  void listen(CallEventListener listener);

  CompletableFuture<Void> answer(String channelId);

  CompletableFuture<Void> speak(String channelId, Speech speech);

  CompletableFuture<Void> play(String channelId, URI media);

  /**
   * Hangs up from our side; pending media on the channel fail with {@link ChannelGoneException}.
   */
  CompletableFuture<Void> hangup(String channelId, HangupCause cause);
}
