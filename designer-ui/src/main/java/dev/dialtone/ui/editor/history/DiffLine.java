package dev.dialtone.ui.editor.history;

/**
 * One entry of a diff as the History panel lists it.
 *
 * @param nodeId the node to centre when the entry is clicked; null for a change of the flow itself
 * @param kind added, removed or changed: the entry's colour
 * @param text what changed, old → new
 */
record DiffLine(String nodeId, Kind kind, String text) {

  enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }
}
