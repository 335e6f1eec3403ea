package dev.dialtone.ui.editor;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.ui.editor.history.VersionCanvas;
import dev.dialtone.ui.editor.properties.PropertyPanel;

/**
 * Shows a published version, or a comparison of two, on the editor's canvas instead of the draft:
 * the canvas and the property panel are read-only and the banner says what is shown, until the
 * person goes back to the draft, which stays as it was.
 */
final class VersionViewing implements VersionCanvas {

  private final DraftEditor editor;
  private final FlowCanvas canvas;
  private final PropertyPanel properties;
  private final VersionBanner banner;
  private final boolean canEdit;

  VersionViewing(
      DraftEditor editor,
      FlowCanvas canvas,
      PropertyPanel properties,
      VersionBanner banner,
      boolean canEdit) {
    this.editor = editor;
    this.canvas = canvas;
    this.properties = properties;
    this.banner = banner;
    this.canEdit = canEdit;
    banner.addBackListener(back -> backToDraft());
  }

  @Override
  public void showVersion(int version, FlowDocument document) {
    readOnly("Version " + version + " (read-only)", false);
    editor.showVersion(document);
  }

  @Override
  public void showComparison(String title, FlowDocument from, FlowDocument to, FlowDiff diff) {
    readOnly(title + " (read-only)", true);
    editor.showComparison(from, to, diff);
  }

  @Override
  public void focusNode(String nodeId) {
    canvas.focusNode(nodeId);
  }

  void backToDraft() {
    leave();
    editor.backToDraft();
  }

  /** Another draft is loaded: the canvas and panel are editable again (for editors). */
  void leave() {
    banner.hide();
    canvas.setReadOnly(!canEdit);
    properties.setReadOnly(!canEdit);
  }

  private void readOnly(String what, boolean comparison) {
    banner.show(what, comparison);
    canvas.setReadOnly(true);
    properties.setReadOnly(true);
  }
}
