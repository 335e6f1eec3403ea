package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.ARI;
import ch.loway.oss.ari4java.tools.RestException;
import dev.dialtone.telephony.ChannelGoneException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Turns ari4java's asynchronous requests into futures that complete on the channel's lane (never on
 * a Netty thread), with a 404 on a channel meaning the channel is gone.
 */
final class Commands {

  /** Issues one request through the callback it is given. */
  @FunctionalInterface
  interface Request<T> {
    T send(ARI ari) throws RestException;
  }

  private final AriConnection connection;
  private final ChannelLanes lanes;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ari-command-", 0).factory());

  Commands(AriConnection connection, ChannelLanes lanes) {
    this.connection = connection;
    this.lanes = lanes;
  }

  /** A command about a channel: 404 fails it with {@link ChannelGoneException}. */
  <T> CompletableFuture<T> onChannel(String channelId, String what, Request<T> request) {
    return send(channelId, what, request, true);
  }

  /** A command about something else (a bridge, a playback, a stored recording). */
  <T> CompletableFuture<T> other(String laneKey, String what, Request<T> request) {
    return send(laneKey, what, request, false);
  }

  private <T> CompletableFuture<T> send(
      String laneKey, String what, Request<T> request, boolean channel) {
    CompletableFuture<T> result = new CompletableFuture<>();
    threads.execute(
        () -> {
          try {
            T value = request.send(connection.ari());
            lanes.submit(laneKey, () -> result.complete(value));
          } catch (RestException e) {
            RuntimeException error =
                channel && e.getCode() == 404
                    ? new ChannelGoneException(laneKey)
                    : new AriCommandException(what, e.getCode(), e.getMessage(), e);
            lanes.submit(laneKey, () -> result.completeExceptionally(error));
          } catch (RuntimeException e) {
            AriCommandException error = new AriCommandException(what, 0, e.getMessage(), e);
            lanes.submit(laneKey, () -> result.completeExceptionally(error));
          }
        });
    return result;
  }

  /** The same future, with "not found" counting as done (the thing is gone either way). */
  static CompletableFuture<Void> goneIsDone(CompletableFuture<Void> command) {
    return command.handle(
        (ignored, error) -> {
          if (error != null && !isNotFound(error)) {
            throw new java.util.concurrent.CompletionException(error);
          }
          return null;
        });
  }

  /** Hangs a channel up; a channel that is gone already counts as hung up. */
  CompletableFuture<Void> hangup(String channelId, dev.dialtone.telephony.HangupCause cause) {
    return goneIsDone(
        onChannel(
            channelId,
            "hangup",
            ari -> {
              ari.channels().hangup(channelId).setReason(HangupCauses.ariReason(cause)).execute();
              return null;
            }));
  }

  void close() {
    threads.shutdownNow();
  }

  static boolean isNotFound(Throwable error) {
    Throwable cause = error;
    while (cause != null) {
      if (cause instanceof ChannelGoneException
          || cause instanceof AriCommandException ace && ace.status() == 404) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }
}
