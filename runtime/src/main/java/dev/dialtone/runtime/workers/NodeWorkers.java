package dev.dialtone.runtime.workers;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds every {@link NodeWorker} in this package — the same classes the Spring runtime's component
 * scan picks up — and builds each through its one public constructor from a bean factory's beans.
 * The offline runtime uses it, so a new node type runs there without being listed anywhere.
 */
public final class NodeWorkers {

  private NodeWorkers() {}

  /** The worker classes, by name, so the order is the same on every run. */
  public static List<Class<? extends NodeWorker>> classes() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(NodeWorker.class));
    return scanner.findCandidateComponents(NodeWorker.class.getPackageName()).stream()
        .map(
            candidate ->
                ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), NodeWorker.class.getClassLoader())
                    .asSubclass(NodeWorker.class))
        .sorted(Comparator.comparing(Class::getName))
        .<Class<? extends NodeWorker>>map(type -> type)
        .toList();
  }

  /** One instance of every worker, its constructor arguments taken from {@code beans}. */
  public static List<NodeWorker> create(AutowireCapableBeanFactory beans) {
    return classes().stream()
        .map(
            type ->
                (NodeWorker)
                    beans.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false))
        .toList();
  }
}
