package dev.dialtone.ui.editor.draft;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasEdit;
import java.util.List;

/**
 * The editor's working copy of a flow's draft: every canvas edit and property change is applied
 * here, can be undone and redone, and is stored only when the person saves. Knows nothing of
 * Vaadin, so its behaviour is tested without a browser.
 */
public final class Draft {

  static final int PASTE_OFFSET = 40;

  private final History history = new History();
  private FlowDocument current;
  private FlowDocument saved;
  private Clipboard clipboard = Clipboard.EMPTY;
  private int pastes;
  private List<String> lastAdded = List.of();

  public Draft(FlowDocument stored) {
    this.current = stored;
    this.saved = stored;
  }

  public FlowDocument document() {
    return current;
  }

  /** Unsaved changes: the working copy differs from what was last loaded or saved. */
  public boolean isDirty() {
    return !current.equals(saved);
  }

  /** The stored draft is now {@code stored} (after a save); history is kept. */
  public void saved(FlowDocument stored) {
    this.saved = stored;
    this.current = stored;
  }

  /** Applies one canvas edit; true when the document changed. */
  public boolean apply(CanvasEdit edit) {
    lastAdded = List.of();
    return switch (edit) {
      case CanvasEdit.AddNode add -> {
        FlowDocument next = DraftEdits.addNode(current, add.type(), add.x(), add.y());
        lastAdded = List.of(next.nodes().getLast().id());
        yield change(next, null);
      }
      case CanvasEdit.MoveNodes move -> change(DraftEdits.move(current, move.positions()), null);
      case CanvasEdit.Arrange arrange -> arrange(arrange.positions());
      case CanvasEdit.Connect c ->
          change(DraftEdits.connect(current, c.from(), c.port(), c.to()), null);
      case CanvasEdit.Delete d -> change(DraftEdits.delete(current, d.nodeIds(), d.edges()), null);
      case CanvasEdit.Copy copy -> copy(copy.nodeIds());
      case CanvasEdit.Paste paste -> paste();
      case CanvasEdit.Undo undo -> restore(history.undo(current));
      case CanvasEdit.Redo redo -> restore(history.redo(current));
    };
  }

  /** A property panel change of node {@code oldId}; changes to one node in a row undo as one. */
  public boolean replaceNode(String oldId, FlowNode updated) {
    lastAdded = List.of();
    return change(DraftEdits.replaceNode(current, oldId, updated), "node:" + updated.id());
  }

  /** The ids of the nodes the last edit added (a drop or a paste), to select them. */
  public List<String> lastAdded() {
    return lastAdded;
  }

  public boolean canUndo() {
    return history.canUndo();
  }

  public boolean canRedo() {
    return history.canRedo();
  }

  private boolean copy(List<String> nodeIds) {
    Clipboard copied = Clipboard.of(current, nodeIds);
    if (!copied.isEmpty()) {
      clipboard = copied;
      pastes = 0;
    }
    return false;
  }

  private boolean paste() {
    if (clipboard.isEmpty()) {
      return false;
    }
    pastes++;
    int offset = PASTE_OFFSET * pastes;
    DraftEdits.Pasted pasted = DraftEdits.paste(current, clipboard, offset, offset);
    boolean changed = change(pasted.document(), null);
    lastAdded = pasted.newIds();
    return changed;
  }

  /**
   * Places nodes that had no position. Only those: a node the person placed keeps its place. The
   * saved copy gets the same places when it lacked them too, so opening an imported flow leaves
   * nothing unsaved; the places are stored with the next save.
   */
  private boolean arrange(List<CanvasEdit.NodePosition> positions) {
    List<CanvasEdit.NodePosition> unplaced =
        positions.stream().filter(p -> isUnplaced(current, p.nodeId())).toList();
    if (unplaced.isEmpty()) {
      return false;
    }
    boolean clean = current.equals(saved);
    current = DraftEdits.move(current, unplaced);
    if (clean) {
      saved = current;
    }
    return true;
  }

  private static boolean isUnplaced(FlowDocument doc, String nodeId) {
    return doc.node(nodeId).map(n -> !n.hasPosition()).orElse(false);
  }

  private boolean change(FlowDocument next, String mergeKey) {
    if (next.equals(current)) {
      return false;
    }
    history.changed(current, mergeKey);
    current = next;
    return true;
  }

  private boolean restore(FlowDocument document) {
    boolean changed = !document.equals(current);
    current = document;
    return changed;
  }
}
