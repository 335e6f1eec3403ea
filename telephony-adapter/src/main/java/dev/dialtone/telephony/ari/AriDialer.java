package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Channel;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Outbound channels: originate on the runtime's channel id into our Stasis application, and the
 * dial timeout. Ringing, answer and failure arrive as events (see {@link AriEvents}).
 */
final class AriDialer implements AutoCloseable {

  private final AriSettings settings;
  private final Map<String, LiveChannel> channels;
  private final Commands commands;
  private final ChannelLanes lanes;
  private final Supplier<CallEventListener> listener;
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("ari-dial-timeouts").daemon().unstarted(r));

  AriDialer(
      AriSettings settings,
      Map<String, LiveChannel> channels,
      Commands commands,
      ChannelLanes lanes,
      Supplier<CallEventListener> listener) {
    this.settings = settings;
    this.channels = channels;
    this.commands = commands;
    this.lanes = lanes;
    this.listener = listener;
  }

  CompletableFuture<Void> originate(Dial dial) {
    String endpoint;
    try {
      endpoint = settings.dialTemplate().endpointFor(dial.destination());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    LiveChannel channel = new LiveChannel(dial.channelId(), true);
    if (channels.putIfAbsent(dial.channelId(), channel) != null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("channel id " + dial.channelId() + " is in use"));
    }
    // Our timer, not Asterisk's, decides "dialout": Asterisk's timeout is a second longer.
    channel.dialTimeout(
        timers.schedule(
            () -> lanes.submit(dial.channelId(), () -> timedOut(channel)),
            dial.timeout().toMillis(),
            TimeUnit.MILLISECONDS));
    String appArgs =
        String.join(
            ",",
            dial.arguments().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList());
    return commands
        .<Channel>onChannel(
            dial.channelId(),
            "originate",
            ari -> {
              var command =
                  ari.channels()
                      .originate(endpoint)
                      .setChannelId(dial.channelId())
                      .setApp(settings.app())
                      .setTimeout((int) dial.timeout().toSeconds() + 1);
              if (!appArgs.isEmpty()) {
                command.setAppArgs(appArgs);
              }
              if (dial.callerId() != null && !dial.callerId().isBlank()) {
                command.setCallerId(dial.callerId());
              }
              return command.execute();
            })
        .<Void>thenApply(created -> null)
        .whenComplete(
            (ignored, error) -> {
              if (error != null) {
                channels.remove(dial.channelId(), channel);
                channel.markEnded();
              }
            });
  }

  private void timedOut(LiveChannel channel) {
    if (channel.isAnswered() || !channel.markEnded()) {
      return;
    }
    channels.remove(channel.id(), channel);
    channel.hungUpLocally();
    commands.hangup(channel.id(), HangupCause.DIALOUT);
    listener.get().onDialProgress(channel.id(), DialProgress.failed(HangupCause.DIALOUT));
  }

  @Override
  public void close() {
    timers.shutdownNow();
  }
}
