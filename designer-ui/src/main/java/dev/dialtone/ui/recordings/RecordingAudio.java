package dev.dialtone.ui.recordings;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingService;
import java.io.ByteArrayInputStream;

/**
 * A recording's WAV served through the Vaadin session (so the page's login covers it), for the
 * Recordings screen's player and a call page's players and download links.
 */
public final class RecordingAudio {

  private RecordingAudio() {}

  /** Reads the audio when the browser asks for it, not before. */
  public static DownloadHandler of(RecordingService recordings, Recording recording) {
    return DownloadHandler.fromInputStream(
        event -> {
          byte[] wav = recordings.audio(recording.id());
          return new DownloadResponse(
              new ByteArrayInputStream(wav),
              "recording-" + recording.id() + ".wav",
              "audio/wav",
              wav.length);
        });
  }
}
