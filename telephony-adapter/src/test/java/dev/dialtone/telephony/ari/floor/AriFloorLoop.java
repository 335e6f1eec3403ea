package dev.dialtone.telephony.ari.floor;

import ch.loway.oss.ari4java.ARI;
import ch.loway.oss.ari4java.AriVersion;
import ch.loway.oss.ari4java.generated.models.ChannelDtmfReceived;
import ch.loway.oss.ari4java.generated.models.Message;
import ch.loway.oss.ari4java.generated.models.PlaybackFinished;
import ch.loway.oss.ari4java.generated.models.StasisStart;
import ch.loway.oss.ari4java.tools.ARIException;
import ch.loway.oss.ari4java.tools.AriCallback;
import ch.loway.oss.ari4java.tools.RestException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The floor: a minimal hand-written ari4java application issuing the benchmark flow's commands
 * (answer, welcome, on a key the thanks prompt, then hang up) with no engine, journal or routing.
 * Lives beside the adapter because only this module may import ari4java.
 */
public final class AriFloorLoop implements AutoCloseable {

  private final ARI ari;
  private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
  private final Set<String> thanksPlaybacks = ConcurrentHashMap.newKeySet();

  public AriFloorLoop(URI url, String app, String user, String password) throws ARIException {
    ari = ARI.build(url.toString(), app, user, password, AriVersion.ARI_10_0_0, false);
    ari.eventsCallback(
        new AriCallback<>() {
          @Override
          public void onSuccess(Message message) {
            work.execute(() -> handle(message));
          }

          @Override
          public void onFailure(RestException e) {
            System.err.println("floor: events failed: " + e);
          }
        });
  }

  private void handle(Message message) {
    try {
      switch (message) {
        case StasisStart start -> {
          String channel = start.getChannel().getId();
          ari.channels().answer(channel).execute();
          ari.channels().play(channel, "sound:bench-welcome").execute();
        }
        case ChannelDtmfReceived dtmf -> {
          String channel = dtmf.getChannel().getId();
          String playback = "thanks-" + channel;
          thanksPlaybacks.add(playback);
          ari.channels().play(channel, "sound:bench-thanks").setPlaybackId(playback).execute();
        }
        case PlaybackFinished finished -> {
          String playback = finished.getPlayback().getId();
          if (thanksPlaybacks.remove(playback)) {
            String channel = finished.getPlayback().getTarget_uri().substring("channel:".length());
            ari.channels().hangup(channel).setReason("normal").execute();
          }
        }
        default -> {}
      }
    } catch (RestException e) {
      System.err.println("floor: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    work.shutdownNow();
    ari.cleanup();
  }
}
