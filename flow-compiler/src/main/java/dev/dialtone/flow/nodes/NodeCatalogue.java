package dev.dialtone.flow.nodes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The node types the compiler knows. The standard catalogue is every {@link NodeType} on the class
 * path, found with {@link ServiceLoader} (a type annotated {@code @AutoService(NodeType.class)}
 * registers itself at compile time) and ordered by {@link NodeType#paletteOrder()}; nothing
 * switches on type names.
 */
public final class NodeCatalogue {

  private static final NodeCatalogue STANDARD =
      new NodeCatalogue(
          ServiceLoader.load(NodeType.class, NodeType.class.getClassLoader()).stream()
              .map(ServiceLoader.Provider::get)
              .sorted(Comparator.comparingInt(NodeType::paletteOrder))
              .toList());

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
