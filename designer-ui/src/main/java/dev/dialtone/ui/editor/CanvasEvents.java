package dev.dialtone.ui.editor;

import dev.dialtone.ui.editor.CanvasEdit.EdgeRef;
import dev.dialtone.ui.editor.CanvasEdit.NodePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads what the browser's canvas reports ({@code event.detail} of its {@code canvas-edit} and
 * {@code canvas-selection} events). The browser is not trusted: anything malformed is refused as
 * empty, never thrown.
 *
 * <pre>
 * canvas-edit:      {"kind":"add","type":"talk","x":120,"y":80}
 *                   {"kind":"move","positions":[{"nodeId":"menu","x":200,"y":80}]}
 *                   {"kind":"arrange","positions":[…]} (auto layout of unplaced nodes on open)
 *                   {"kind":"connect","from":"menu","port":"next","to":"key"}
 *                   {"kind":"delete","nodeIds":["key"],"edges":[{"from":"a","port":"next","to":"b"}]}
 *                   {"kind":"copy","nodeIds":["menu","key"]}
 *                   {"kind":"paste"}  {"kind":"undo"}  {"kind":"redo"}
 * canvas-selection: {"nodeIds":["menu"],"edges":[{"from":"a","port":"next","to":"b"}]}
 * </pre>
 */
final class CanvasEvents {

  /** More than any flow has: a bigger list is not from our canvas. */
  static final int MAX_ITEMS = 10_000;

  private static final int MAX_TEXT = 200;

  record Selection(List<String> nodeIds, List<EdgeRef> edges) {}

  private CanvasEvents() {}

  static Optional<CanvasEdit> edit(JsonNode detail) {
    if (detail == null || !detail.isObject()) {
      return Optional.empty();
    }
    String kind = text(detail.get("kind")).orElse("");
    try {
      return Optional.ofNullable(
          switch (kind) {
            case "add" ->
                new CanvasEdit.AddNode(
                    required(text(detail.get("type"))),
                    required(integer(detail.get("x"))),
                    required(integer(detail.get("y"))));
            case "move" -> new CanvasEdit.MoveNodes(required(positions(detail.get("positions"))));
            case "arrange" -> new CanvasEdit.Arrange(required(positions(detail.get("positions"))));
            case "connect" ->
                new CanvasEdit.Connect(
                    required(text(detail.get("from"))),
                    required(text(detail.get("port"))),
                    required(text(detail.get("to"))));
            case "delete" ->
                new CanvasEdit.Delete(
                    required(texts(detail.get("nodeIds"))), required(edges(detail.get("edges"))));
            case "copy" -> new CanvasEdit.Copy(required(texts(detail.get("nodeIds"))));
            case "paste" -> new CanvasEdit.Paste();
            case "undo" -> new CanvasEdit.Undo();
            case "redo" -> new CanvasEdit.Redo();
            default -> null;
          });
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  static Optional<Selection> selection(JsonNode detail) {
    if (detail == null || !detail.isObject()) {
      return Optional.empty();
    }
    Optional<List<String>> nodeIds = texts(detail.get("nodeIds"));
    Optional<List<EdgeRef>> edges = edges(detail.get("edges"));
    return nodeIds.isPresent() && edges.isPresent()
        ? Optional.of(new Selection(nodeIds.get(), edges.get()))
        : Optional.empty();
  }

  private static Optional<String> text(JsonNode node) {
    return node != null
            && node.isString()
            && !node.stringValue().isBlank()
            && node.stringValue().length() <= MAX_TEXT
        ? Optional.of(node.stringValue())
        : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode node) {
    if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
      return Optional.empty();
    }
    double value = Math.rint(node.doubleValue());
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
        ? Optional.empty()
        : Optional.of((int) value);
  }

  private static Optional<List<String>> texts(JsonNode node) {
    return list(node, CanvasEvents::text);
  }

  private static Optional<List<EdgeRef>> edges(JsonNode node) {
    return list(
        node,
        edge -> {
          if (edge == null || !edge.isObject()) {
            return Optional.empty();
          }
          Optional<String> from = text(edge.get("from"));
          Optional<String> port = text(edge.get("port"));
          Optional<String> to = text(edge.get("to"));
          return from.isPresent() && port.isPresent() && to.isPresent()
              ? Optional.of(new EdgeRef(from.get(), port.get(), to.get()))
              : Optional.empty();
        });
  }

  private static Optional<List<NodePosition>> positions(JsonNode node) {
    Optional<List<NodePosition>> positions =
        list(
            node,
            position -> {
              if (position == null || !position.isObject()) {
                return Optional.empty();
              }
              Optional<String> id = text(position.get("nodeId"));
              Optional<Integer> x = integer(position.get("x"));
              Optional<Integer> y = integer(position.get("y"));
              return id.isPresent() && x.isPresent() && y.isPresent()
                  ? Optional.of(new NodePosition(id.get(), x.get(), y.get()))
                  : Optional.empty();
            });
    return positions.filter(list -> !list.isEmpty());
  }

  /** Every element read, or empty when the node is not an array or one element is malformed. */
  private static <T> Optional<List<T>> list(
      JsonNode node, java.util.function.Function<JsonNode, Optional<T>> element) {
    if (node == null || !node.isArray() || node.size() > MAX_ITEMS) {
      return Optional.empty();
    }
    List<T> values = new ArrayList<>(node.size());
    for (JsonNode item : node.values()) {
      Optional<T> value = element.apply(item);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    return Optional.of(values);
  }

  private static <T> T required(Optional<T> value) {
    return value.orElseThrow(Malformed::new);
  }

  /** Unwinds the parse of one malformed detail; never leaves this class. */
  private static final class Malformed extends RuntimeException {
    Malformed() {
      super(null, null, false, false);
    }
  }
}
