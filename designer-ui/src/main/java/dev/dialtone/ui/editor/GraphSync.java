package dev.dialtone.ui.editor;

/**
 * Remembers which graph the browser has, so the next one is sent as a patch. A patch is only worth
 * it while it is smaller than the graph; a new flow (or a browser that lost track) gets the whole
 * graph.
 */
final class GraphSync {

  private CanvasGraph sent;
  private long revision;

  /** What to send so the browser draws {@code wanted}; null when it already does. */
  GraphUpdate next(CanvasGraph wanted) {
    if (wanted.equals(sent)) {
      return null;
    }
    GraphUpdate update;
    if (sent == null) {
      update = GraphUpdate.full(revision + 1, wanted);
    } else {
      GraphUpdate patch = GraphUpdate.patch(revision, sent, wanted);
      update =
          patch.size() * 2 < wanted.nodes().size() + wanted.edges().size()
              ? patch
              : GraphUpdate.full(revision + 1, wanted);
    }
    sent = wanted;
    revision = update.revision();
    return update;
  }

  /** The browser's copy is gone (reattached) or out of step: the next update is the whole graph. */
  void forget() {
    sent = null;
  }
}
