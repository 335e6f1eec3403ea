package dev.dialtone.ui.editor;

import java.util.List;

/**
 * What a person did on the canvas that changes the flow. The canvas only reports these; the editor
 * applies them to its working copy of the draft and sends the canvas the graph that results.
 */
public sealed interface CanvasEdit {

  /** A node of {@code type} dropped from the palette at canvas position (x, y). */
  record AddNode(String type, int x, int y) implements CanvasEdit {}

  /** Nodes dragged to new positions (reported once, when the drag ends). */
  record MoveNodes(List<NodePosition> positions) implements CanvasEdit {
    public MoveNodes {
      positions = List.copyOf(positions);
    }
  }

  /**
   * Positions the canvas's auto layout gave nodes the document had none for (an imported flow),
   * when it was opened. Not an edit of the person's: nothing to undo, and no unsaved change.
   */
  record Arrange(List<NodePosition> positions) implements CanvasEdit {
    public Arrange {
      positions = List.copyOf(positions);
    }
  }

  /** A wire dragged from {@code from}'s {@code port} to {@code to}. */
  record Connect(String from, String port, String to) implements CanvasEdit {}

  /** Delete key or the editor's delete button: these nodes (with their wires) and these wires. */
  record Delete(List<String> nodeIds, List<EdgeRef> edges) implements CanvasEdit {
    public Delete {
      nodeIds = List.copyOf(nodeIds);
      edges = List.copyOf(edges);
    }
  }

  /** Ctrl+C on these selected nodes. */
  record Copy(List<String> nodeIds) implements CanvasEdit {
    public Copy {
      nodeIds = List.copyOf(nodeIds);
    }
  }

  /** Ctrl+V. */
  record Paste() implements CanvasEdit {}

  /** Ctrl+Z. */
  record Undo() implements CanvasEdit {}

  /** Ctrl+Shift+Z (or Ctrl+Y). */
  record Redo() implements CanvasEdit {}

  record NodePosition(String nodeId, int x, int y) {}

  /** A wire as the document has it. */
  record EdgeRef(String from, String port, String to) {}
}
