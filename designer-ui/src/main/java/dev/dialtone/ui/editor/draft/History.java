package dev.dialtone.ui.editor.draft;

import dev.dialtone.flow.model.FlowDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over whole documents (they are immutable, so a step costs one reference). Steps
 * with the same merge key in a row (typing into one field) undo as one.
 */
final class History {

  static final int LIMIT = 200;

  private final Deque<FlowDocument> undo = new ArrayDeque<>();
  private final Deque<FlowDocument> redo = new ArrayDeque<>();
  private String lastKey;

  /** Records that {@code before} was replaced; {@code mergeKey} null never merges. */
  void changed(FlowDocument before, String mergeKey) {
    redo.clear();
    if (mergeKey != null && Objects.equals(mergeKey, lastKey) && !undo.isEmpty()) {
      return; // the step already on the stack restores the state before the first keystroke
    }
    undo.push(before);
    if (undo.size() > LIMIT) {
      undo.removeLast();
    }
    lastKey = mergeKey;
  }

  FlowDocument undo(FlowDocument current) {
    lastKey = null;
    if (undo.isEmpty()) {
      return current;
    }
    redo.push(current);
    return undo.pop();
  }

  FlowDocument redo(FlowDocument current) {
    lastKey = null;
    if (redo.isEmpty()) {
      return current;
    }
    undo.push(current);
    return redo.pop();
  }

  boolean canUndo() {
    return !undo.isEmpty();
  }

  boolean canRedo() {
    return !redo.isEmpty();
  }

  void clear() {
    undo.clear();
    redo.clear();
    lastKey = null;
  }
}
