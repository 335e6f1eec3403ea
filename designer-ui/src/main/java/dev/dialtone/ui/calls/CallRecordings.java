package dev.dialtone.ui.calls;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.ui.recordings.AudioPlayer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A call's recordings: each with a player and a WAV download. Redrawn only when the set of
 * recordings changed, so a live call's refreshes do not stop one that is playing.
 */
class CallRecordings extends Div {

  private List<UUID> shown;

  CallRecordings() {
    setId("call-recordings");
    addClassName("call-recordings");
  }

  /**
   * @param audio serves a recording's WAV (the view reads it through the recordings service)
   */
  void show(List<Recording> recordings, Function<Recording, DownloadHandler> audio) {
    List<UUID> ids = recordings.stream().map(Recording::id).toList();
    if (ids.equals(shown)) {
      return;
    }
    shown = ids;
    removeAll();
    for (Recording recording : recordings) {
      add(row(recording, audio.apply(recording)));
    }
    if (recordings.isEmpty()) {
      add(new Paragraph("None."));
    }
  }

  private static Div row(Recording recording, DownloadHandler audio) {
    // Node ids come from flow documents: set as text, never as HTML.
    Span caption =
        new Span("Node " + recording.nodeId() + ", " + seconds(recording.durationMs()) + " s");
    AudioPlayer player = new AudioPlayer();
    player.getElement().setAttribute("preload", "metadata"); // shows its length before playing
    player.play(audio);
    Anchor download = new Anchor(audio, AttachmentType.DOWNLOAD, "Download WAV");
    download.addClassName("recording-download");
    Div row = new Div(caption, player, download);
    row.addClassName("call-recording");
    row.getElement().setAttribute("data-recording", recording.id().toString());
    return row;
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
