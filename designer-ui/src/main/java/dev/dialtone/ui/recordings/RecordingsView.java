package dev.dialtone.ui.recordings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;

/** What record nodes recorded, newest first: select one to play it; editors may delete it. */
@Route("recordings")
@PageTitle("Recordings · Dialtone")
@PermitAll
public class RecordingsView extends Main {

  private static final int PAGE = 200;

  private final transient RecordingService recordings;
  private final Grid<Recording> grid = new Grid<>(Recording.class, false);
  private final AudioPlayer player = new AudioPlayer();
  private final Span playing = new Span("Select a recording to play it.");
  private final Button delete = new Button("Delete");

  public RecordingsView(RecordingService recordings, CurrentUser user) {
    this.recordings = recordings;
    addClassName("page");
    configureGrid();
    configurePlayer(user.canEdit());
    add(new Div(new H2("Recordings")), playerBar(user.canEdit()), grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("recordings-grid");
    grid.addColumn(Recording::createdAt).setHeader("Recorded at").setAutoWidth(true);
    grid.addColumn(r -> seconds(r.durationMs()) + " s").setHeader("Length").setAutoWidth(true);
    grid.addColumn(Recording::nodeId).setHeader("Node").setAutoWidth(true);
    grid.addColumn(Recording::endReason).setHeader("Ended by").setAutoWidth(true);
    grid.addColumn(r -> r.callId().toString()).setHeader("Call").setAutoWidth(true);
    grid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));
  }

  private void configurePlayer(boolean canEdit) {
    player.setId("recording-player");
    playing.setId("recording-playing");
    delete.setId("recording-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    delete.setEnabled(false);
    delete.setVisible(canEdit);
    delete.addClickListener(event -> deleteSelected());
  }

  private Div playerBar(boolean canEdit) {
    Div bar = new Div(playing, player);
    if (canEdit) {
      bar.add(delete);
    }
    bar.addClassName("recording-player-bar");
    return bar;
  }

  private void refresh() {
    grid.setItems(recordings.list(null, 0, PAGE).recordings());
  }

  private void select(Recording recording) {
    delete.setEnabled(recording != null);
    if (recording == null) {
      return;
    }
    // Text set as text, never as HTML: node ids come from flow documents.
    playing.setText("Node " + recording.nodeId() + ", " + seconds(recording.durationMs()) + " s");
    player.play(RecordingAudio.of(recordings, recording));
  }

  private void deleteSelected() {
    Recording selected = grid.asSingleSelect().getValue();
    if (selected == null) {
      return;
    }
    recordings.delete(selected.id());
    Messages.success("Recording deleted");
    playing.setText("Select a recording to play it.");
    refresh();
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3)
        .setScale(1, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
