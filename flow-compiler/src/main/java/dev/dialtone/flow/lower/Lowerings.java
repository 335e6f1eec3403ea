package dev.dialtone.flow.lower;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The lowering of every node type on the class path, found with {@link ServiceLoader}: a lowering
 * annotated {@code @AutoService(NodeLowering.class)} registers itself at compile time, so a new
 * node type edits no list here.
 */
public final class Lowerings {

  private static final List<NodeLowering> STANDARD =
      ServiceLoader.load(NodeLowering.class, NodeLowering.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private Lowerings() {}

  public static List<NodeLowering> standard() {
    return STANDARD;
  }
}
