package dev.dialtone.ui.editor;

import java.util.List;

/**
 * What the canvas draws, as it is sent to the browser: boxes at positions with their output ports,
 * and wires from a port to a node.
 */
public record CanvasGraph(List<CanvasNode> nodes, List<CanvasEdge> edges) {

  public CanvasGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * One box.
   *
   * @param colour the type's accent colour from the compiler's catalogue (CSS hex); grey for an
   *     unknown type
   * @param summary one line saying what the node does, e.g. the text it speaks
   * @param ports its output ports, in display order (none for hangup)
   * @param problems what is wrong with the node, empty when nothing
   * @param placed false when the document has no position for the node: the canvas lays it out
   */
  public record CanvasNode(
      String id,
      String type,
      String colour,
      String summary,
      int x,
      int y,
      boolean hasInput,
      List<String> ports,
      List<String> problems,
      boolean placed) {

    public CanvasNode {
      ports = List.copyOf(ports);
      problems = List.copyOf(problems);
    }
  }

  /** A wire from {@code source}'s {@code port} to {@code target}; the id is unique in the graph. */
  public record CanvasEdge(String id, String source, String port, String target) {}
}
