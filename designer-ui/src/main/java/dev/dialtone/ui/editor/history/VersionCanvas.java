package dev.dialtone.ui.editor.history;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;

/** What the History tab asks of the canvas beside it. */
public interface VersionCanvas {

  /** Shows a published version read-only instead of the draft. */
  void showVersion(int version, FlowDocument document);

  /**
   * Shows {@code to} read-only with what changed since {@code from} marked; {@code title} says
   * which two ("Version 1 → version 2").
   */
  void showComparison(String title, FlowDocument from, FlowDocument to, FlowDiff diff);

  /** Selects a node and centres it. */
  void focusNode(String nodeId);
}
