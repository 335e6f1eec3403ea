package dev.dialtone.flow.validate;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.nodes.KnownGroups;
import dev.dialtone.flow.nodes.NodeCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that keeps a parsed draft from compiling. Problems come in a stable order: document,
 * then nodes, then edges and ports, then reachability.
 */
public final class FlowValidator {

  private final NodeCatalogue catalogue;
  private final List<FlowCheck> checks;

  public FlowValidator(NodeCatalogue catalogue) {
    this(catalogue, KnownGroups.UNCHECKED);
  }

  public FlowValidator(NodeCatalogue catalogue, KnownGroups groups) {
    this.catalogue = catalogue;
    this.checks =
        List.of(
            new DocumentCheck(),
            new NodeIdCheck(),
            new OptionCheck(),
            new ReferenceCheck(groups),
            new StartCheck(),
            new EdgeCheck(),
            new PortCheck(),
            new ReachabilityCheck(),
            new InstantLoopCheck());
  }

  public List<Problem> validate(FlowDocument document) {
    FlowGraph graph = new FlowGraph(document, catalogue);
    List<Problem> problems = new ArrayList<>();
    checks.forEach(check -> check.check(graph, problems));
    return List.copyOf(problems);
  }
}
