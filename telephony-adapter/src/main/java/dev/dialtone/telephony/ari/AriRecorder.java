package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.LiveRecording;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Recordings through ARI: live ones on a channel, stored ones as WAV files on Asterisk. */
final class AriRecorder {

  private final Map<String, LiveChannel> channels;
  private final Recordings recordings;
  private final Commands commands;

  AriRecorder(Map<String, LiveChannel> channels, Recordings recordings, Commands commands) {
    this.channels = channels;
    this.recordings = recordings;
    this.commands = commands;
  }

  CompletableFuture<RecordedAudio> record(String channelId, RecordingRequest request) {
    if (!channels.containsKey(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    Recordings.Recording recording = recordings.open(channelId, request);
    commands
        .<LiveRecording>onChannel(
            channelId,
            "record",
            ari -> {
              var command =
                  ari.channels()
                      .record(channelId, request.name(), "wav")
                      .setMaxDurationSeconds(seconds(request.maxDuration()))
                      .setBeep(request.beep())
                      .setIfExists("overwrite")
                      .setTerminateOn(
                          request.finishKeys().isEmpty() ? "none" : request.finishKeys());
              if (request.endOfSilence() != null) {
                command.setMaxSilenceSeconds(seconds(request.endOfSilence()));
              }
              return command.execute();
            })
        .exceptionally(
            error -> {
              recording.done.completeExceptionally(error);
              return null;
            });
    return recording.done;
  }

  // ARI counts in whole seconds; rounding down could make "at most 0.5 s" mean "no limit"
  private static int seconds(Duration duration) {
    return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  CompletableFuture<Void> stop(String recordingName) {
    String lane = recordings.get(recordingName).map(r -> r.channelId).orElse(recordingName);
    recordings
        .get(recordingName)
        .ifPresent(r -> r.end = r.end == null ? RecordedAudio.End.STOPPED : r.end);
    return commands.other(
        lane,
        "stop recording",
        ari -> {
          ari.recordings().stop(recordingName).execute();
          return null;
        });
  }

  CompletableFuture<byte[]> audio(String recordingName) {
    return commands.other(
        recordingName,
        "fetch recording",
        ari -> ari.recordings().getStoredFile(recordingName).execute());
  }

  CompletableFuture<Void> delete(String recordingName) {
    return commands.other(
        recordingName,
        "delete recording",
        ari -> {
          ari.recordings().deleteStored(recordingName).execute();
          return null;
        });
  }
}
