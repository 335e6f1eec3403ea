package dev.dialtone.ui.editor.history;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.Publication;
import dev.dialtone.runtime.flows.VersionSummary;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The History tab: every published version of the flow with who published it, when, why and how
 * many calls ran on it; a version can be compared with the working copy or, by editors, rolled back
 * to (published again as a new version).
 */
// Under assets/: Vaadin's security configuration serves it to the page like styles.css.
@StyleSheet("assets/history.css")
public final class HistoryPanel extends Div {

  private final transient VersionHistory history;
  private final transient Supplier<FlowDocument> draft;
  private final boolean canEdit;
  private final Div list = new Div();
  private final Paragraph empty = new Paragraph("Not published yet: versions appear here.");
  private final DiffList diff;
  private final CompareBar compare = new CompareBar(this::compare);
  private final transient VersionCanvas canvas;
  private UUID flowId;

  public HistoryPanel(
      VersionHistory history, boolean canEdit, Supplier<FlowDocument> draft, VersionCanvas canvas) {
    this.history = history;
    this.canEdit = canEdit;
    this.draft = draft;
    this.canvas = canvas;
    this.diff = new DiffList(canvas::focusNode);
    setId("history-panel");
    addClassName("history-panel");
    list.setId("history-versions");
    list.addClassName("history-versions");
    empty.addClassName("history-empty");
    add(empty, compare, list, diff);
    // A tab's content is attached only while the tab is shown: opening it reads the history fresh.
    addAttachListener(attach -> refresh());
  }

  /** Shows another flow's history (the editor opened a different flow). */
  public void load(UUID flowId) {
    this.flowId = flowId;
    diff.clear();
    if (isAttached()) {
      refresh();
    }
  }

  public Registration addRolledBackListener(ComponentEventListener<RolledBackEvent> listener) {
    return addListener(RolledBackEvent.class, listener);
  }

  /** Newest first; the newest is what runs, so it has nothing to roll back to. */
  private void refresh() {
    if (flowId == null) {
      return;
    }
    List<VersionSummary> versions = history.versions(flowId);
    list.removeAll();
    for (VersionSummary version : versions) {
      VersionRow row =
          new VersionRow(
              version,
              () -> open(version.version()),
              () -> compare(version.version(), CompareBar.DRAFT));
      if (canEdit && version != versions.getFirst()) {
        row.allowRollback(() -> confirmRollback(version.version()));
      }
      list.add(row);
    }
    empty.setVisible(versions.isEmpty());
    compare.offer(versions.stream().map(VersionSummary::version).toList());
  }

  private void open(int version) {
    try {
      canvas.showVersion(version, history.document(flowId, version));
    } catch (InvalidInputException e) {
      Messages.error("Version " + version + " cannot be shown: " + e.getMessage());
    }
  }

  /**
   * Lists what changed from one version to another ({@link CompareBar#DRAFT}: the draft) and shows
   * it on the canvas.
   */
  private void compare(int fromVersion, int toVersion) {
    try {
      FlowDocument from = document(fromVersion);
      FlowDocument to = document(toVersion);
      FlowDiff changes = history.diff(from, to);
      String title = name(fromVersion) + " → " + name(toVersion).toLowerCase(Locale.ROOT);
      diff.show(title, DiffLines.of(changes));
      canvas.showComparison(title, from, to, changes);
    } catch (InvalidInputException e) {
      Messages.error(name(fromVersion) + " cannot be compared: " + e.getMessage());
    }
  }

  private FlowDocument document(int version) {
    return version == CompareBar.DRAFT ? draft.get() : history.document(flowId, version);
  }

  private static String name(int version) {
    return version == CompareBar.DRAFT ? "Draft" : "Version " + version;
  }

  private void confirmRollback(int version) {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Roll back to version " + version + "?",
            "Version "
                + version
                + " is published again as a new version. Calls already running finish on their"
                + " version; the draft stays as it is.",
            "Roll back",
            yes -> rollback(version));
    confirm.setId("rollback-confirm");
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  private void rollback(int version) {
    try {
      Publication publication = history.rollback(flowId, version);
      String running = publication.runningMessage();
      Messages.success(
          "Version "
              + version
              + " published again as version "
              + publication.version()
              + (running.isEmpty() ? "" : ". " + running));
      refresh();
      fireEvent(new RolledBackEvent(this, publication));
    } catch (InvalidInputException e) {
      Messages.error("Not rolled back: " + e.getMessage());
    }
  }

  /** A version was published again; the editor shows the new published version. */
  public static final class RolledBackEvent extends ComponentEvent<HistoryPanel> {
    private final transient Publication publication;

    RolledBackEvent(HistoryPanel source, Publication publication) {
      super(source, false);
      this.publication = publication;
    }

    public Publication publication() {
      return publication;
    }
  }
}
