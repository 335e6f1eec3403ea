package dev.dialtone.flow.nodes;

import java.util.List;
import java.util.Optional;

/**
 * The node types the compiler knows. Adding a type means adding it to {@link #STANDARD} (and a
 * lowering to {@code dev.dialtone.flow.lower.Lowerings}); nothing else switches on type names.
 */
public final class NodeCatalogue {

  private static final NodeCatalogue STANDARD =
      new NodeCatalogue(
          List.of(
              new StartNode(),
              new TalkNode(),
              new PlayNode(),
              new DigitsNode(),
              new BranchNode(),
              new GotoNode(),
              new HangupNode()));

  private final List<NodeType> types;

  public NodeCatalogue(List<NodeType> types) {
    this.types = List.copyOf(types);
  }

  public static NodeCatalogue standard() {
    return STANDARD;
  }

  public List<NodeType> types() {
    return types;
  }

  public Optional<NodeType> find(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return types.stream().map(NodeType::name).toList();
  }
}
